// Fix: a desk that was only ever online at start-up must be ready offline. Start-up (and the
// network coming back, and a refreshed trust list) fetches every status list the trust list
// names, not only the trust list.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';

const world = vi.hoisted(() => ({
  list: { seq: 1, statusLists: ['http://localhost/status/1', 'http://localhost/status/2'] } as {
    seq: number;
    statusLists: string[];
  },
  trustRefreshed: false,
}));
const status = vi.hoisted(() => ({
  loadStatusLists: vi.fn(async (_list: unknown) => {}),
  prepareOffline: vi.fn(async (_list: unknown) => ({ ok: 2, all: 2 })),
}));

vi.mock('../../../web/features/trust/clock', () => ({ loadClock: async () => {} }));
vi.mock('../../../web/features/trust/trust-store', () => ({
  loadTrustList: async () => ({ list: world.list }),
  refreshTrustList: async () => world.trustRefreshed,
  trustState: () => ({ list: world.list }),
}));
vi.mock('../../../web/features/status/status-store', () => status);

const page = new EventTarget();
const net = { onLine: true };

beforeAll(() => {
  vi.useFakeTimers();
  vi.stubGlobal('window', page);
  vi.stubGlobal('navigator', net);
});
afterAll(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe('boot keeps the status lists ready for offline use', () => {
  it('fetches every status list of the trust list at start-up, without a visit to Settings', async () => {
    const { boot } = await import('../../../web/app/boot');
    await boot();
    await vi.waitFor(() => expect(status.prepareOffline).toHaveBeenCalledWith(world.list));
  });

  it('fetches them again, with the new trust list, when the network returns with a newer one', async () => {
    status.prepareOffline.mockClear();
    status.loadStatusLists.mockClear();
    world.list = { seq: 2, statusLists: ['http://localhost/status/3'] };
    world.trustRefreshed = true;
    page.dispatchEvent(new Event('online'));
    await vi.waitFor(() => expect(status.prepareOffline).toHaveBeenCalledWith(world.list));
    expect(status.loadStatusLists).toHaveBeenCalledWith(world.list);
  });

  it('keeps them fresh while the app stays open, and does not try while offline', async () => {
    const { REFRESH_EVERY_MS } = await import('../../../web/app/boot');
    status.prepareOffline.mockClear();
    world.trustRefreshed = false;
    await vi.advanceTimersByTimeAsync(REFRESH_EVERY_MS);
    await vi.waitFor(() => expect(status.prepareOffline).toHaveBeenCalledTimes(1));
    status.prepareOffline.mockClear();
    net.onLine = false;
    await vi.advanceTimersByTimeAsync(REFRESH_EVERY_MS);
    expect(status.prepareOffline).not.toHaveBeenCalled();
  });
});
