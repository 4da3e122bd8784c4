// Fix: on a network that gives no answer (a captive Wi-Fi, a dead uplink that still says
// "online") every check waited the status fetch's 4 s timeout before the held list decided.
// After one unanswered request the held lists decide at once for a minute; the fetch goes on in
// the background. With no list held, the check still waits: there is nothing else to go on.
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { StatusList, TrustList } from '../../../../core/types';
import { generateKeyPair } from '../../../../issuer/folder/keys';
import { addStatusList, issueUrl, makeWorld, NOW } from '../../../helpers/world';

const held = vi.hoisted(() => ({ trust: null as TrustList | null, lists: [] as StatusList[] }));
const refreshStatusList = vi.hoisted(() => vi.fn((): Promise<boolean> => new Promise(() => {})));
const refreshTrustList = vi.hoisted(() => vi.fn(async () => false));

vi.mock('../../../../web/features/trust/trust-store', () => ({
  trustState: () => ({ list: held.trust }),
  refreshTrustList,
}));
vi.mock('../../../../web/features/status/status-store', () => ({
  statusListsFor: () => held.lists,
  needsRefresh: () => true,
  refreshStatusList,
}));
vi.mock('../../../../web/features/trust/clock', () => ({
  clockLooksWrong: () => false,
  largestSeenIat: () => 0,
  noteServerDate: () => {},
}));
vi.mock('../../../../web/features/log/log-store', () => ({ recordCheck: async () => {} }));

let url: string;
let strangerUrl: string;
let list: StatusList;
let expired: StatusList;

beforeAll(async () => {
  const world = await makeWorld();
  held.trust = world.trustList;
  list = await addStatusList(world, {});
  expired = await addStatusList(world, {}, { iat: NOW - 6 * 86400, exp: NOW - 60 });
  url = await issueUrl(world);
  strangerUrl = await issueUrl(world, {}, await generateKeyPair()); // a signer the list does not name
  vi.stubGlobal('navigator', { onLine: true });
});

afterEach(() => {
  vi.unstubAllGlobals();
  vi.stubGlobal('navigator', { onLine: true });
  vi.useRealTimers();
  vi.resetModules();
  refreshStatusList.mockClear();
  refreshTrustList.mockClear();
});

/** Settles within `ms`, or reports that it was still waiting. */
const within = <T>(p: Promise<T>, ms: number) =>
  Promise.race([p, new Promise<'still waiting'>((r) => setTimeout(() => r('still waiting'), ms))]);

async function unanswered() {
  const { fetchSigned, networkAway } = await import('../../../../web/features/status/fetch-signed');
  vi.stubGlobal(
    'fetch',
    vi.fn(async () => Promise.reject(new TypeError('Failed to fetch'))),
  );
  expect(networkAway()).toBe(false);
  expect(await fetchSigned('/status/1')).toBeNull();
  return { fetchSigned, networkAway };
}

describe('fetchSigned and a network that does not answer', () => {
  it('an unanswered request marks the network away for a minute; any answer ends it', async () => {
    vi.useFakeTimers({ now: NOW * 1000, toFake: ['Date'] });
    const { fetchSigned, networkAway } = await unanswered();
    expect(networkAway()).toBe(true);
    vi.setSystemTime(NOW * 1000 + 59_000);
    expect(networkAway()).toBe(true);
    vi.setSystemTime(NOW * 1000 + 61_000);
    expect(networkAway()).toBe(false);
    await fetchSigned('/status/1');
    expect(networkAway()).toBe(true);
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => new Response('no', { status: 503 })),
    );
    await fetchSigned('/status/1');
    expect(networkAway()).toBe(false); // an error page is an answer: the network is there
  });
});

describe('verifyText while the network is away', () => {
  it('with a list held: decides at once, and still asks for the list in the background', async () => {
    held.lists = [list];
    vi.useFakeTimers({ now: NOW * 1000, toFake: ['Date'] });
    await unanswered();
    const { verifyText } = await import('../../../../web/features/verify/verify-service');
    const outcome = await within(verifyText(url, 'paste'), 2000);
    expect(outcome).not.toBe('still waiting');
    expect(outcome).toMatchObject({ result: { verdict: 'valid' }, unanswered: true, offline: false });
    expect(refreshStatusList).toHaveBeenCalledTimes(1);
  });

  it('with no list held, or only an expired one: waits for the fetch, as before', async () => {
    for (const lists of [[], [expired]]) {
      held.lists = lists;
      vi.useFakeTimers({ now: NOW * 1000, toFake: ['Date'] });
      await unanswered();
      const { verifyText } = await import('../../../../web/features/verify/verify-service');
      expect(await within(verifyText(url, 'paste'), 300)).toBe('still waiting');
      vi.resetModules();
    }
  });

  it('a failure a newer trust list may undo (an unknown signer) still asks for it', async () => {
    held.lists = [list];
    vi.useFakeTimers({ now: NOW * 1000, toFake: ['Date'] });
    await unanswered();
    refreshTrustList.mockImplementationOnce(() => new Promise(() => {}));
    const { verifyText } = await import('../../../../web/features/verify/verify-service');
    expect(await within(verifyText(strangerUrl, 'paste'), 300)).toBe('still waiting');
    expect(refreshTrustList).toHaveBeenCalledTimes(1);
  });

  it('with the network answering: waits for the fetch (a revocation shows at once)', async () => {
    held.lists = [list];
    const { verifyText } = await import('../../../../web/features/verify/verify-service');
    vi.useFakeTimers({ now: NOW * 1000, toFake: ['Date'] });
    expect(await within(verifyText(url, 'paste'), 300)).toBe('still waiting');
  });
});
