// needsRefresh: online, a list fetched less than a minute ago decides without a round trip (a desk
// checking card after card; a check right after start-up), unless its own caching time
// (iat + ttl, PROFILE §5) is over; an older fetch, or none, is asked for first. Offline, only a
// missing list would be asked for.
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { StatusList } from '../../../../core/types';
import { addStatusList, makeWorld, NOW, STATUS_URI, type World } from '../../../helpers/world';

const fetched = vi.hoisted(() => ({ bytes: new Uint8Array(0) as Uint8Array, at: 0 }));
vi.mock('../../../../web/features/status/fetch-signed', () => ({
  fetchSigned: async () => ({ bytes: fetched.bytes, fetchedAt: fetched.at }),
}));
vi.mock('../../../../web/storage/db', () => ({ database: async () => Promise.reject(new Error('no db')) }));
vi.mock('../../../../web/features/trust/clock', () => ({ noteIat: async () => {} }));

let world: World;
let list: StatusList;

beforeAll(async () => {
  world = await makeWorld();
  list = await addStatusList(world, {}, { iat: NOW - 600, ttl: 3600 });
  fetched.bytes = list.bytes;
});

afterEach(() => {
  vi.unstubAllGlobals();
  vi.resetModules();
});

async function storeFetchedAt(atMs: number) {
  vi.stubGlobal('navigator', { onLine: true });
  fetched.at = atMs;
  const store = await import('../../../../web/features/status/status-store');
  expect(await store.refreshStatusList(STATUS_URI, world.trustList)).toBe(true);
  return store;
}

describe('needsRefresh', () => {
  it('asks for a list never fetched', async () => {
    vi.stubGlobal('navigator', { onLine: true });
    const { needsRefresh } = await import('../../../../web/features/status/status-store');
    expect(needsRefresh(STATUS_URI, NOW * 1000)).toBe(true);
  });

  it('a list fetched under a minute ago decides at once; a minute later it is asked for again', async () => {
    const { needsRefresh, FRESH_MS } = await storeFetchedAt(NOW * 1000);
    expect(needsRefresh(STATUS_URI, NOW * 1000 + 1_000)).toBe(false);
    expect(needsRefresh(STATUS_URI, NOW * 1000 + FRESH_MS - 1)).toBe(false);
    expect(needsRefresh(STATUS_URI, NOW * 1000 + FRESH_MS)).toBe(true);
  });

  it('past iat + ttl the list is asked for even if fetched a moment ago', async () => {
    const ttlEnd = (list.iat + list.ttl) * 1000;
    const { needsRefresh } = await storeFetchedAt(ttlEnd - 1_000);
    expect(needsRefresh(STATUS_URI, ttlEnd - 500)).toBe(false);
    expect(needsRefresh(STATUS_URI, ttlEnd)).toBe(true);
  });

  it('offline: a held list is not asked for, a missing one is', async () => {
    const { needsRefresh } = await storeFetchedAt(NOW * 1000 - 3_600_000);
    vi.stubGlobal('navigator', { onLine: false });
    expect(needsRefresh(STATUS_URI, NOW * 1000)).toBe(false);
    expect(needsRefresh('https://dqcv.example.jp/status/9', NOW * 1000)).toBe(true);
  });
});
