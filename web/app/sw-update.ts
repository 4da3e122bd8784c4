// Service worker registration and the update flow: a new version waits; the app shows "update
// available" and activates it only between verifications (never during one).
import { useEffect, useState } from 'preact/hooks';

let waiting: ServiceWorker | null = null;
const listeners = new Set<() => void>();

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
      let reloading = false;
      navigator.serviceWorker.addEventListener('controllerchange', () => {
        if (!reloading && waiting) {
          reloading = true;
          window.location.reload();
        }
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

/** Called by the app only when no verification is running. */
export function applyUpdate(): void {
  waiting?.postMessage('SKIP_WAITING');
}
