// Settings → the optional desk log: on/off, days kept, CSV export, and deleting it — which asks
// first, because a deleted log cannot be brought back and a desk may need it for its records.
import { useEffect, useRef, useState } from 'preact/hooks';
import { useLang } from '../../app/lang';
import { CheckField, NumberField } from '../settings/fields';
import { japanDateAndTime } from '../verify/format-time';
import {
  clearLog,
  DEFAULT_LOG_SETTINGS,
  type LogSettings,
  logCsv,
  logSettings,
  readLog,
  saveLogSettings,
} from './log-store';

export function LogSection() {
  const { t } = useLang();
  const [log, setLog] = useState<LogSettings>(DEFAULT_LOG_SETTINGS);
  const [count, setCount] = useState(0);
  const [confirming, setConfirming] = useState(false);
  const [cleared, setCleared] = useState(false);
  const clearButton = useRef<HTMLButtonElement>(null);
  const cancelButton = useRef<HTMLButtonElement>(null);
  const clearedNote = useRef<HTMLParagraphElement>(null);
  // The safe answer gets the focus, and the focus comes back to the button that asked.
  useEffect(() => {
    if (confirming) cancelButton.current?.focus();
  }, [confirming]);
  useEffect(() => {
    if (cleared) clearedNote.current?.focus();
  }, [cleared]);
  const cancel = () => {
    setConfirming(false);
    clearButton.current?.focus();
  };
  useEffect(() => {
    void logSettings().then(setLog);
    void readLog()
      .then((e) => setCount(e.length))
      .catch(() => {});
  }, []);
  const update = (next: LogSettings) => {
    setLog(next);
    void saveLogSettings(next);
  };
  const exportCsv = async () => {
    const blob = new Blob([logCsv(await readLog(), t)], { type: 'text/csv;charset=utf-8' });
    const a = document.createElement('a');
    a.href = URL.createObjectURL(blob);
    a.download = `dqc-log-${japanDateAndTime(Date.now())[0].replaceAll('/', '')}.csv`;
    a.click();
    URL.revokeObjectURL(a.href);
  };
  return (
    <section>
      <h2>{t.logTitle}</h2>
      <CheckField
        label={t.logEnable}
        checked={log.enabled}
        onToggle={() => update({ ...log, enabled: !log.enabled })}
      />
      <NumberField
        label={t.logRetention}
        min={1}
        max={365}
        value={log.retentionDays}
        fallback={30}
        onChange={(retentionDays) => update({ ...log, retentionDays })}
      />
      <p data-testid="log-count">{t.logCount(count)}</p>
      <div class="actions">
        <button type="button" onClick={() => void exportCsv()}>
          {t.logExport}
        </button>
        <button
          type="button"
          ref={clearButton}
          disabled={count === 0}
          aria-expanded={confirming}
          onClick={() => {
            setCleared(false);
            setConfirming(true);
          }}
        >
          {t.logClear}
        </button>
      </div>
      {confirming && (
        <div class="confirm" role="alertdialog" aria-labelledby="log-clear-question">
          <p id="log-clear-question">{t.logClearConfirm(count)}</p>
          <div class="actions">
            <button
              type="button"
              class="danger"
              onClick={async () => {
                await clearLog().catch(() => {});
                setCount(0);
                setConfirming(false);
                setCleared(true);
              }}
            >
              {t.logClearYes}
            </button>
            <button type="button" ref={cancelButton} onClick={cancel}>
              {t.logClearNo}
            </button>
          </div>
        </div>
      )}
      {cleared && (
        <p role="status" tabIndex={-1} ref={clearedNote}>
          {t.logCleared}
        </p>
      )}
    </section>
  );
}
