// Readiness on the first screen, the camera view and the desk bar: online or offline, and the
// age and expiry of the revocation data held (readiness.ts). Updated as lists arrive, the
// network comes and goes, and every minute (ages move on).
import { useEffect, useState } from 'preact/hooks';
import { useLang } from '../../app/lang';
import { onTrustChange, trustState } from '../trust/trust-store';
import { formatTime } from '../verify/format-time';
import { readiness } from './readiness';
import { onStatusChange, statusListsFor } from './status-store';

export function useOnline(): boolean {
  const [online, setOnline] = useState(() => typeof navigator === 'undefined' || navigator.onLine !== false);
  useEffect(() => {
    const update = () => setOnline(navigator.onLine !== false);
    window.addEventListener('online', update);
    window.addEventListener('offline', update);
    return () => {
      window.removeEventListener('online', update);
      window.removeEventListener('offline', update);
    };
  }, []);
  return online;
}

function useEveryMinute(): number {
  const [now, setNow] = useState(Date.now());
  useEffect(() => {
    const refresh = () => setNow(Date.now());
    const timer = setInterval(refresh, 60_000);
    const offStatus = onStatusChange(refresh);
    const offTrust = onTrustChange(refresh);
    return () => {
      clearInterval(timer);
      offStatus();
      offTrust();
    };
  }, []);
  return now;
}

/** The revocation data line alone (the desk bar's), and its urgency for styling. */
export function useStatusLine(): { text: string; level: 'ok' | 'warn' | 'bad' } {
  const { t, lang } = useLang();
  const now = useEveryMinute();
  const named = trustState().list?.statusLists ?? [];
  const r = readiness(named, statusListsFor, Math.floor(now / 1000));
  if (r.kind === 'missing') return { text: t.statusMissing, level: 'bad' };
  if (r.kind === 'expired') return { text: t.statusExpired(formatTime(r.exp * 1000, lang)), level: 'bad' };
  const until = formatTime(r.exp * 1000, lang);
  const age = t.ageMinutes(Math.max(0, Math.floor((now - r.iat * 1000) / 60_000)));
  const line = t.statusReady(age, until);
  return r.kind === 'soon'
    ? { text: `${line} ${t.statusExpiresSoon(until)}`, level: 'warn' }
    : { text: line, level: 'ok' };
}

export function Readiness() {
  const { t } = useLang();
  const online = useOnline();
  const status = useStatusLine();
  return (
    <div class="readiness" data-testid="readiness">
      <span class={`net net-${online ? 'online' : 'offline'}`}>{online ? t.online : t.offline}</span>
      <span class={`status-line status-${status.level}`} data-testid="readiness-status">
        {status.text}
      </span>
    </div>
  );
}
