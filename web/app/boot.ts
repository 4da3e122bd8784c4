// Start-up: trust list (stored or bundled, then the network), clock floor, cached status lists;
// refresh when the network returns; ask for persistent storage.
import { loadStatusLists } from '../features/status/status-store';
import { loadClock } from '../features/trust/clock';
import { loadTrustList, refreshTrustList, trustState } from '../features/trust/trust-store';

let started: Promise<void> | undefined;

export function boot(): Promise<void> {
  started ??= (async () => {
    await loadClock();
    const state = await loadTrustList();
    if (state.list) await loadStatusLists(state.list);
    void navigator.storage?.persist?.().catch(() => false);
    window.addEventListener('online', () => void refreshOnline());
    await refreshOnline();
  })();
  return started;
}

async function refreshOnline(): Promise<void> {
  if (await refreshTrustList()) {
    const list = trustState().list;
    if (list) await loadStatusLists(list);
  }
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
