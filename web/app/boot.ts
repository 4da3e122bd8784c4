// Start-up: trust list (stored or bundled, then the network), clock floor, cached status lists;
// then, whenever the network is there (start-up, the `online` event, every half hour), the trust
// list and every status list it names are fetched and stored. A reception desk that loses its
// network later is then ready without anyone visiting Settings → 「オフラインに備える」.
import { logSettings, pruneLog } from '../features/log/log-store';
import { loadStatusLists, prepareOffline } from '../features/status/status-store';
import { loadClock } from '../features/trust/clock';
import { loadTrustList, refreshTrustList, trustState } from '../features/trust/trust-store';

/** Status lists are re-signed often; an app left open all day keeps its copies this fresh. */
export const REFRESH_EVERY_MS = 30 * 60 * 1000;

let started: Promise<void> | undefined;
let refreshing: Promise<void> | undefined;

export function boot(): Promise<void> {
  started ??= (async () => {
    await loadClock();
    // Entries past the retention period go at start-up, whether or not anything is logged today.
    void logSettings()
      .then((s) => pruneLog(s.retentionDays))
      .catch(() => {});
    const state = await loadTrustList();
    if (state.list) await loadStatusLists(state.list);
    void navigator.storage?.persist?.().catch(() => false);
    window.addEventListener('online', () => void refreshOnline());
    setInterval(() => void refreshOnline(), REFRESH_EVERY_MS);
    await refreshOnline();
  })();
  return started;
}

/**
 * Fetches the trust list; start-up waits only for that. The status lists follow in the
 * background (each has its own short timeout), so the first screen is not held up by them.
 * Resolves with the status-list fetch, for callers that want to wait for it.
 */
export async function refreshOnline(): Promise<{ lists: Promise<void> }> {
  refreshing ??= (async () => {
    try {
      if (await refreshTrustList()) {
        const list = trustState().list;
        if (list) await loadStatusLists(list);
      }
    } finally {
      refreshing = undefined;
    }
  })();
  await refreshing;
  const list = trustState().list;
  const online = typeof navigator === 'undefined' || navigator.onLine !== false;
  const lists = list && online ? prepareOffline(list).then(() => undefined) : Promise.resolve();
  return { lists: lists.catch(() => undefined) };
}

/**
 * A certificate URL opened directly (`/w/?c=…`, what a phone camera does with the QR): returns
 * the URL to verify and removes `c` from the address bar and history (PROFILE §2).
 */
export function takeDeepLink(): string | null {
  const { pathname, search } = window.location;
  if ((pathname !== '/w/' && pathname !== '/w') || !/[?&]c=/.test(search)) return null;
  const href = window.location.href;
  history.replaceState(null, '', '/w/');
  return href;
}
