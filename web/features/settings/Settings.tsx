// Settings: language, trust list and status list ages, "prepare for offline", desk mode, log.
import { useEffect, useState } from 'preact/hooks';
import { useLang } from '../../app/lang';
import {
  DEFAULT_DESK_SETTINGS,
  type DeskSettings,
  loadDeskSettings,
  saveDeskSettings,
} from '../desk/desk-settings';
import {
  clearLog,
  DEFAULT_LOG_SETTINGS,
  type LogSettings,
  logCsv,
  logSettings,
  readLog,
  saveLogSettings,
} from '../log/log-store';
import { allHeldLists, onStatusChange, prepareOffline } from '../status/status-store';
import { serverSkew } from '../trust/clock';
import { onTrustChange, trustState } from '../trust/trust-store';
import { formatTime } from '../verify/format-time';

function useTick(subscribe: (l: () => void) => () => void): void {
  const [, set] = useState(0);
  useEffect(() => subscribe(() => set((n) => n + 1)), [subscribe]);
}

export function Settings({ onDeskChange }: { onDeskChange: (s: DeskSettings) => void }) {
  const { t, lang, setLang } = useLang();
  useTick(onTrustChange);
  useTick(onStatusChange);
  const trust = trustState();
  const [preparing, setPreparing] = useState<string | null>(null);
  const [desk, setDesk] = useState<DeskSettings>(DEFAULT_DESK_SETTINGS);
  const [log, setLog] = useState<LogSettings>(DEFAULT_LOG_SETTINGS);
  const [logCount, setLogCount] = useState(0);
  useEffect(() => {
    void loadDeskSettings().then(setDesk);
    void logSettings().then(setLog);
    void readLog()
      .then((e) => setLogCount(e.length))
      .catch(() => {});
  }, []);
  const when = (ms: number | null) => (ms ? formatTime(ms, lang) : t.never);
  const updateDesk = (next: DeskSettings) => {
    setDesk(next);
    onDeskChange(next);
    void saveDeskSettings(next);
  };
  const updateLog = (next: LogSettings) => {
    setLog(next);
    void saveLogSettings(next);
  };
  const skew = serverSkew();
  return (
    <div class="settings">
      <h1>{t.settingsTitle}</h1>
      <section>
        <h2>{t.language}</h2>
        <button type="button" onClick={() => setLang(lang === 'ja' ? 'en' : 'ja')}>
          {t.switchLanguage}
        </button>
      </section>
      <section>
        <h2>{t.trustTitle}</h2>
        {trust.list ? (
          <dl class="facts">
            <dt>{t.trustVersion}</dt>
            <dd data-testid="trust-seq">{trust.list.seq}</dd>
            <dt>{t.trustSource}</dt>
            <dd>{trust.source === 'bundled' ? t.trustSourceBundled : t.trustSourceNetwork}</dd>
            <dt>{t.trustFetchedAt}</dt>
            <dd>{when(trust.fetchedAt)}</dd>
            <dt>{t.trustExpires}</dt>
            <dd>{when(trust.list.exp * 1000)}</dd>
          </dl>
        ) : (
          <p>{t.trustNone}</p>
        )}
      </section>
      <section>
        <h2>{t.statusTitle}</h2>
        <table class="lists">
          <thead>
            <tr>
              <th scope="col">{t.statusListUri}</th>
              <th scope="col">{t.statusListFetched}</th>
              <th scope="col">{t.statusListExpires}</th>
            </tr>
          </thead>
          <tbody>
            {(trust.list?.statusLists ?? []).map((uri) => {
              const held = allHeldLists().find((h) => h.lists[0]?.uri === uri);
              return (
                <tr key={uri}>
                  <td>{uri}</td>
                  <td>{when(held?.fetchedAt ?? null)}</td>
                  <td>{when(held?.lists[0] ? held.lists[0].exp * 1000 : null)}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
        <button
          type="button"
          class="primary"
          disabled={!trust.list || preparing === t.preparing}
          onClick={async () => {
            if (!trust.list) return;
            setPreparing(t.preparing);
            const { ok, all } = await prepareOffline(trust.list);
            setPreparing(t.prepared(ok, all));
          }}
        >
          {t.prepareOffline}
        </button>
        {preparing && (
          <p role="status" data-testid="prepare-result">
            {preparing}
          </p>
        )}
      </section>
      <section>
        <h2>{t.clockTitle}</h2>
        <p>{skew === null ? t.clockUnknown : Math.abs(skew) <= 300 ? t.clockOk : t.clockSkew(skew)}</p>
      </section>
      <section>
        <h2>{t.deskSettings}</h2>
        <label class="field">
          {t.deskReturnAfter}
          <input
            type="number"
            min={2}
            max={60}
            value={desk.returnAfterSeconds}
            onChange={(e) =>
              updateDesk({
                ...desk,
                returnAfterSeconds: Math.min(
                  60,
                  Math.max(2, Number((e.target as HTMLInputElement).value) || 6),
                ),
              })
            }
          />
        </label>
        <label class="check-field">
          <input
            type="checkbox"
            checked={desk.sound}
            onChange={() => updateDesk({ ...desk, sound: !desk.sound })}
          />
          {t.deskSound}
        </label>
        <label class="check-field">
          <input
            type="checkbox"
            checked={desk.vibrate}
            onChange={() => updateDesk({ ...desk, vibrate: !desk.vibrate })}
          />
          {t.deskVibrate}
        </label>
      </section>
      <section>
        <h2>{t.logTitle}</h2>
        <label class="check-field">
          <input
            type="checkbox"
            checked={log.enabled}
            onChange={() => updateLog({ ...log, enabled: !log.enabled })}
          />
          {t.logEnable}
        </label>
        <label class="field">
          {t.logRetention}
          <input
            type="number"
            min={1}
            max={365}
            value={log.retentionDays}
            onChange={(e) =>
              updateLog({
                ...log,
                retentionDays: Math.min(365, Math.max(1, Number((e.target as HTMLInputElement).value) || 30)),
              })
            }
          />
        </label>
        <p>{t.logCount(logCount)}</p>
        <button
          type="button"
          onClick={async () => {
            const blob = new Blob([logCsv(await readLog())], { type: 'text/csv' });
            const a = document.createElement('a');
            a.href = URL.createObjectURL(blob);
            a.download = 'dqc-log.csv';
            a.click();
            URL.revokeObjectURL(a.href);
          }}
        >
          {t.logExport}
        </button>
        <button
          type="button"
          onClick={async () => {
            await clearLog();
            setLogCount(0);
          }}
        >
          {t.logClear}
        </button>
      </section>
    </div>
  );
}
