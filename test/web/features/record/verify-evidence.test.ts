// verifyText keeps what the verification used (Outcome.evidence): when a fresher status list was
// fetched and the code verified again, the record's evidence is that last verification's — the
// list that decided the verdict shown — not the one held before.
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { encodeBase64Url } from '../../../../core/bytes';
import type { StatusList, TrustList } from '../../../../core/types';
import { EMPTY_FORM, recordJsonFor } from '../../../../web/features/record/record-request';
import { addStatusList, issueUrl, makeWorld, NOW } from '../../../helpers/world';

const held = vi.hoisted(() => ({
  trust: null as TrustList | null,
  lists: [] as StatusList[],
  fresh: null as StatusList | null,
}));

vi.mock('../../../../web/features/trust/trust-store', () => ({
  trustState: () => ({ list: held.trust }),
  refreshTrustList: async () => false,
}));
vi.mock('../../../../web/features/status/status-store', () => ({
  statusListsFor: () => held.lists,
  needsRefresh: () => true,
  refreshStatusList: async () => {
    if (!held.fresh) return false;
    held.lists = [held.fresh];
    return true;
  },
}));
vi.mock('../../../../web/features/status/fetch-signed', () => ({ networkAway: () => false }));
vi.mock('../../../../web/features/trust/clock', () => ({
  clockLooksWrong: () => false,
  largestSeenIat: () => 0,
}));
vi.mock('../../../../web/features/log/log-store', () => ({ recordCheck: async () => {} }));

let url: string;
let older: StatusList;
let fresher: StatusList;

beforeAll(async () => {
  const world = await makeWorld();
  held.trust = world.trustList;
  older = await addStatusList(world, { 7: 0 }, { iat: NOW - 3600 });
  fresher = await addStatusList(world, { 7: 1 }, { iat: NOW - 60 });
  url = await issueUrl(world);
  vi.stubGlobal('navigator', { onLine: true });
  vi.useFakeTimers({ now: NOW * 1000, toFake: ['Date'] });
});

describe('Outcome.evidence', () => {
  it('is the last verification’s: the fetched list that decided, with the text as read', async () => {
    held.lists = [older];
    held.fresh = fresher;
    const { verifyText } = await import('../../../../web/features/verify/verify-service');
    const outcome = await verifyText(url, 'paste');
    expect(outcome.result.reasons).toEqual(['REVOKED']);
    expect(outcome.evidence.input).toBe(url);
    expect(outcome.evidence.now).toBe(NOW);
    const json = recordJsonFor(outcome, EMPTY_FORM, { name: 'a', version: '1', build: 'b' });
    expect(json.evidence?.statusList).toBe(encodeBase64Url(fresher.bytes));
    expect(json.evidence?.trustList).toBe(encodeBase64Url(held.trust?.bytes as Uint8Array));
  });

  it('without a fetch, the held list that decided', async () => {
    held.lists = [older];
    held.fresh = null;
    const { verifyText } = await import('../../../../web/features/verify/verify-service');
    const outcome = await verifyText(url, 'paste');
    expect(outcome.result.verdict).toBe('valid');
    const json = recordJsonFor(outcome, EMPTY_FORM, { name: 'a', version: '1', build: 'b' });
    expect(json.evidence?.statusList).toBe(encodeBase64Url(older.bytes));
  });
});
