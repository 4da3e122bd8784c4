// Service worker registration and the update flow: a new version waits; the app shows "update
// available" and activates it only between verifications (never during one).

import { useEffect, useState } from 'preact/hooks';
import { SW_MESSAGE } from '../sw/messages';

let waiting: ServiceWorker | null = null;
const listeners = new Set<() => void>();
let requestedHere = false;
let pendingReload = false;
let idle = false;
let reloading = false;
const UPDATE_CHECK_MS = 60 * 60 * 1000;

function reload(): void {
  if (reloading) return;
  reloading = true;
  window.location.reload();
}

/** The app says whether it is idle (on its first screen, nothing running or shown). */
export function setIdle(value: boolean): void {
  idle = value;
  if (idle && pendingReload) reload();
}

export function registerServiceWorker(): void {
  if (!('serviceWorker' in navigator) || import.meta.env.DEV) return;
  window.addEventListener('load', async () => {
    try {
      const registration = await navigator.serviceWorker.register('/sw.js', { scope: '/' });
      const track = (worker: ServiceWorker | null) => {
        if (!worker) return;
        const check = () => {
          if (worker.state === 'installed' && navigator.serviceWorker.controller) {
            waiting = worker;
            for (const l of listeners) l();
          }
        };
        worker.addEventListener('statechange', check);
        check();
      };
      track(registration.waiting);
      registration.addEventListener('updatefound', () => track(registration.installing));
      // A desk tablet can stay open for days: look for a new version hourly and when the network
      // returns (the browser otherwise checks only on navigation).
      const look = () => void registration.update().catch(() => {});
      setInterval(look, UPDATE_CHECK_MS);
      window.addEventListener('online', look);
      // The new version takes over every window at once. The window whose button was pressed
      // reloads now; any other reloads only when it is idle (its first screen), so a
      // verification or a result on screen in another window (a desk tablet beside a browser
      // tab) is never cut off.
      // A status list on an origin this page's CSP does not name (a trust list newer than the
      // cached page): the shell is refreshed, and this window reloads once it is idle.
      globalThis.document?.addEventListener('securitypolicyviolation', (e) => {
        if (e.effectiveDirective === 'connect-src') refreshShellThenReload();
      });
      navigator.serviceWorker.addEventListener('controllerchange', () => {
        if (!waiting && !requestedHere) return;
        pendingReload = true;
        if (requestedHere || idle) reload();
      });
    } catch {
      // no service worker (private mode, http): the app still works online
    }
  });
}

export function useUpdateAvailable(): boolean {
  const [available, setAvailable] = useState(waiting !== null);
  useEffect(() => {
    const l = () => setAvailable(waiting !== null);
    listeners.add(l);
    return () => {
      listeners.delete(l);
    };
  }, []);
  return available;
}

let shellAsked = false;

/** Asks the service worker for the shell's current headers; reloads when idle if they changed. */
function refreshShellThenReload(): void {
  const controller = navigator.serviceWorker.controller;
  if (!controller || shellAsked) return;
  shellAsked = true;
  const channel = new MessageChannel();
  channel.port1.onmessage = (event) => {
    // Unchanged (offline, or blocked for another reason): asked again at the next violation.
    if (event.data !== SW_MESSAGE.shellRefreshed) {
      shellAsked = false;
      return;
    }
    pendingReload = true;
    if (idle) reload();
  };
  controller.postMessage(SW_MESSAGE.refreshShell, [channel.port2]);
}

/** Called by the app only when no verification is running. */
export function applyUpdate(): void {
  requestedHere = true;
  waiting?.postMessage(SW_MESSAGE.skipWaiting);
}
