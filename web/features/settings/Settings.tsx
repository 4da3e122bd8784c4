// Settings: language, trust list and status list ages, "prepare for offline", desk mode, log.
// A screen of its own with a 閉じる button; Back closes it too (App keeps it in the history).
import { useEffect, useRef, useState } from 'preact/hooks';
import { LanguagePicker } from '../../app/LanguagePicker';
import { useLang } from '../../app/lang';
import {
  DEFAULT_DESK_SETTINGS,
  type DeskSettings,
  loadDeskSettings,
  saveDeskSettings,
} from '../desk/desk-settings';
import { LogSection } from '../log/LogSection';
import { DeskRecordOption } from '../record/DeskRecordOption';
import { allHeldLists, onStatusChange, prepareOffline } from '../status/status-store';
import { serverSkew } from '../trust/clock';
import { onTrustChange, trustState } from '../trust/trust-store';
import { formatTime } from '../verify/format-time';
import { CheckField, NumberField } from './fields';

function useTick(subscribe: (l: () => void) => () => void): void {
  const [, set] = useState(0);
  useEffect(() => subscribe(() => set((n) => n + 1)), [subscribe]);
}

interface Props {
  onDeskChange: (s: DeskSettings) => void;
  onClose: () => void;
}

export function Settings({ onDeskChange, onClose }: Props) {
  const { t, lang } = useLang();
  useTick(onTrustChange);
  useTick(onStatusChange);
  const trust = trustState();
  const [preparing, setPreparing] = useState<string | null>(null);
  const [desk, setDesk] = useState<DeskSettings>(DEFAULT_DESK_SETTINGS);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    void loadDeskSettings().then(setDesk);
    // Opened from the header: the reader starts at the screen's heading, not at <body>.
    heading.current?.focus();
  }, []);
  const when = (ms: number | null) => (ms ? formatTime(ms, lang) : t.never);
  const updateDesk = (next: DeskSettings) => {
    setDesk(next);
    onDeskChange(next);
    void saveDeskSettings(next);
  };
  const skew = serverSkew();
  return (
    <div class="settings">
      <div class="screen-head">
        <h1 tabIndex={-1} ref={heading}>
          {t.settingsTitle}
        </h1>
        <button type="button" onClick={onClose}>
          {t.close}
        </button>
      </div>
      <section>
        <LanguagePicker id="settings-lang" />
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
            <dd class="time">{when(trust.fetchedAt)}</dd>
            <dt>{t.trustExpires}</dt>
            <dd class="time">{when(trust.list.exp * 1000)}</dd>
          </dl>
        ) : (
          <p>{t.trustNone}</p>
        )}
      </section>
      <section>
        <h2>{t.statusTitle}</h2>
        {/* One block per list, not a four-column table: on a phone a table broke dates mid-number. */}
        {(trust.list?.statusLists ?? []).map((uri) => {
          const held = allHeldLists().find((h) => h.lists[0]?.uri === uri);
          return (
            <dl class="facts list-facts" key={uri}>
              <dt>{t.statusListUri}</dt>
              <dd class="uri">{uri}</dd>
              <dt>{t.statusListIssued}</dt>
              <dd class="time">{when(held?.lists[0] ? held.lists[0].iat * 1000 : null)}</dd>
              <dt>{t.statusListFetched}</dt>
              <dd class="time">{when(held?.fetchedAt ?? null)}</dd>
              <dt>{t.statusListExpires}</dt>
              <dd class="time">{when(held?.lists[0] ? held.lists[0].exp * 1000 : null)}</dd>
            </dl>
          );
        })}
        <button
          type="button"
          class="primary"
          disabled={!trust.list || preparing === t.preparing}
          onClick={async () => {
            if (!trust.list) return;
            setPreparing(t.preparing);
            const { ok, all, why } = await prepareOffline(trust.list);
            setPreparing(why ? `${t.prepared(ok, all)}${t.colon}${t.prepareWhy[why]}` : t.prepared(ok, all));
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
        <NumberField
          label={t.deskReturnAfter}
          min={2}
          max={60}
          value={desk.returnAfterSeconds}
          fallback={6}
          onChange={(returnAfterSeconds) => updateDesk({ ...desk, returnAfterSeconds })}
        />
        <CheckField
          label={t.deskSound}
          checked={desk.sound}
          onToggle={() => updateDesk({ ...desk, sound: !desk.sound })}
        />
        <CheckField
          label={t.deskVibrate}
          checked={desk.vibrate}
          onToggle={() => updateDesk({ ...desk, vibrate: !desk.vibrate })}
        />
        <DeskRecordOption />
      </section>
      <LogSection />
    </div>
  );
}
