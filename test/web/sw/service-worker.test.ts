// Fix: a new version's service worker deleted every `dqc-` cache but its own on activation,
// the shared-file cache among them, so a file shared into the app while an update took over
// was lost before the page could pick it up.
import { afterEach, expect, it, vi } from 'vitest';
import { SW_MESSAGE } from '../../../web/sw/messages';

function fakeWorkerScope(cacheNames: string[], onDemand: string[] = []) {
  const stored = new Set(cacheNames);
  const put = vi.fn(async (_path: string, _response: Response) => {});
  const caches = {
    keys: vi.fn(async () => [...stored]),
    delete: vi.fn(async (name: string) => stored.delete(name)),
    open: vi.fn(async (name: string) => {
      stored.add(name);
      return { addAll: vi.fn(async () => {}), put };
    }),
    match: vi.fn(async () => undefined),
  };
  const scope = Object.assign(new EventTarget(), {
    __DQC_PRECACHE__: { version: 'v2', files: [], onDemand, messages: SW_MESSAGE },
    put,
    clients: { claim: vi.fn(async () => {}) },
    location: { origin: 'http://localhost' },
    skipWaiting: vi.fn(async () => {}),
  });
  vi.stubGlobal('self', scope);
  vi.stubGlobal('caches', caches);
  return { scope, stored };
}

async function dispatchExtendable(target: EventTarget, type: string): Promise<void> {
  const pending: Promise<unknown>[] = [];
  target.dispatchEvent(
    Object.assign(new Event(type), { waitUntil: (p: Promise<unknown>) => pending.push(p) }),
  );
  await Promise.all(pending);
}

afterEach(() => {
  vi.unstubAllGlobals();
  vi.resetModules();
});

it('activation removes older versions’ caches and keeps a shared file waiting for the page', async () => {
  const { scope, stored } = fakeWorkerScope(['dqc-v1', 'dqc-share', 'someone-else']);
  await import('../../../web/sw/service-worker');
  await dispatchExtendable(scope, 'install');
  await dispatchExtendable(scope, 'activate');
  expect([...stored].sort()).toEqual(['dqc-share', 'dqc-v2', 'someone-else']);
  expect(scope.clients.claim).toHaveBeenCalled();
});

it('a file kept on demand (the record font) is cached when first fetched; others are not', async () => {
  const { scope } = fakeWorkerScope(['dqc-v2'], ['/assets/NotoSansJP-x.ttf']);
  vi.stubGlobal(
    'fetch',
    vi.fn(async () => new Response('font')),
  );
  await import('../../../web/sw/service-worker');
  const fetchOf = async (path: string) => {
    let answer: Promise<Response> | undefined;
    scope.dispatchEvent(
      Object.assign(new Event('fetch'), {
        request: new Request(`http://localhost${path}`),
        respondWith: (r: Promise<Response>) => {
          answer = r;
        },
        waitUntil: () => {},
      }),
    );
    await answer;
    await new Promise((r) => setTimeout(r, 0));
  };
  await fetchOf('/assets/NotoSansJP-x.ttf');
  expect(scope.put).toHaveBeenCalledTimes(1);
  expect(scope.put.mock.calls[0]?.[0]).toBe('/assets/NotoSansJP-x.ttf');
  await fetchOf('/assets/app-1.js');
  expect(scope.put).toHaveBeenCalledTimes(1);
});
