/// <reference lib="webworker" />
// The verifier's service worker: precaches the app shell and every lazy chunk (QR decoder wasm,
// pdf.js) so the app works offline after the first visit; the record's large font is cached the
// first time a record is made. A new version waits until the page tells it to take over, which
// the page does only between verifications.
export {};

/** Build-time data the plugin writes in (web/build/service-worker-plugin.ts): a classic worker
 * script cannot import, so the message names of web/sw/messages.ts come in this way too. */
declare const self: ServiceWorkerGlobalScope & {
  __DQC_PRECACHE__: {
    version: string;
    files: string[];
    /** Kept once fetched, not at install (web/build/service-worker-plugin.ts ON_DEMAND). */
    onDemand: string[];
    messages: typeof import('./messages').SW_MESSAGE;
  };
};

const PRECACHE = self.__DQC_PRECACHE__;
const CACHE = `dqc-${PRECACHE.version}`;
const MESSAGE = PRECACHE.messages;
/** Where a file shared into the app (Web Share Target) waits for the page to pick it up. */
const SHARE_CACHE = 'dqc-share';

self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(PRECACHE.files)));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      // Older versions' precaches go; a shared file still waiting for the page stays (the
      // share may be what started this update).
      for (const key of await caches.keys())
        if (key.startsWith('dqc-') && key !== CACHE && key !== SHARE_CACHE) await caches.delete(key);
      await self.clients.claim();
    })(),
  );
});

self.addEventListener('message', (event) => {
  if (event.data === MESSAGE.skipWaiting) void self.skipWaiting();
  if (event.data === MESSAGE.refreshShell)
    event.waitUntil(
      refreshShell().then((changed) =>
        event.ports[0]?.postMessage(changed ? MESSAGE.shellRefreshed : MESSAGE.shellSame),
      ),
    );
});

/**
 * The shell's headers come from the status service: its CSP names the status lists' origins
 * from the current trust list (worker/security-headers.ts). A trust list naming a new origin
 * would stay blocked in an installed app until its next release, so the cached shell takes the
 * network's headers, but only for the very same page: a page of another version would refer to
 * files this version's cache does not hold. Resolves whether the headers changed.
 */
async function refreshShell(): Promise<boolean> {
  try {
    const cache = await caches.open(CACHE);
    const [cached, fresh] = await Promise.all([
      cache.match('/'),
      fetch('/', { cache: 'no-store', credentials: 'omit' }),
    ]);
    if (!cached || !fresh.ok || fresh.redirected) return false;
    const same = (await cached.clone().text()) === (await fresh.clone().text());
    const csp = (r: Response) => r.headers.get('content-security-policy');
    if (!same || csp(cached) === csp(fresh)) return false;
    await cache.put('/', fresh);
    return true;
  } catch {
    return false; // offline: the cached shell stays
  }
}

/** Signed data (trust list, status lists) is fetched and cached by the app itself (IndexedDB). */
const isSignedData = (path: string) => path === '/trust-list' || path.startsWith('/status/');

/** A PDF or image shared from another app (manifest share_target): kept for the page, then a redirect. */
async function receiveShare(request: Request): Promise<Response> {
  try {
    const file = (await request.formData()).get('file');
    if (file instanceof File && file.size <= 20 * 1024 * 1024) {
      const cache = await caches.open(SHARE_CACHE);
      const headers = {
        'content-type': file.type || 'application/octet-stream',
        'x-file-name': encodeURIComponent(file.name),
      };
      await cache.put('/shared-file', new Response(file, { headers }));
    }
  } catch {
    // not a form: the page finds nothing and shows its first screen
  }
  return Response.redirect('/?shared=1', 303);
}

self.addEventListener('fetch', (event) => {
  const request = event.request;
  const url = new URL(request.url);
  if (request.method === 'POST' && url.origin === self.location.origin && url.pathname === '/share-target') {
    event.respondWith(receiveShare(request));
    return;
  }
  if (request.method !== 'GET' || url.origin !== self.location.origin || isSignedData(url.pathname)) return;
  if (request.mode === 'navigate') {
    // Every page of the app is the same shell; `?c=` never reaches the network from here.
    event.respondWith(caches.match('/', { cacheName: CACHE }).then((hit) => hit ?? fetch(request)));
    // The next start gets headers as the service sends them now (refreshShell).
    event.waitUntil(refreshShell());
    return;
  }
  event.respondWith(
    caches.match(url.pathname, { cacheName: CACHE }).then((hit) => hit ?? fetchFile(url.pathname, request)),
  );
});

/** From the network; a file kept on demand is stored for next time (offline records). */
async function fetchFile(path: string, request: Request): Promise<Response> {
  const response = await fetch(request);
  if (response.ok && PRECACHE.onDemand.includes(path)) {
    const copy = response.clone();
    void caches.open(CACHE).then((cache) => cache.put(path, copy));
  }
  return response;
}
