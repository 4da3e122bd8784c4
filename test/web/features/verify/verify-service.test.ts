// Fix: a signer added to the trust list while the app was open gave 「無効です（発行元を確認でき
// ません）」 for its genuine certificates until the next half-hourly refresh. Online, such a
// failure now asks for the trust list again before the verdict is shown.
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { TrustList } from '../../../../core/types';
import type { KeyPair } from '../../../../issuer/folder/keys';
import { issueUrl, makeWorld, NOW } from '../../../helpers/world';

const held = vi.hoisted(() => ({ list: null as TrustList | null, newer: null as TrustList | null }));
const refreshTrustList = vi.hoisted(() => vi.fn(async () => false));

vi.mock('../../../../web/features/trust/trust-store', () => ({
  trustState: () => ({ list: held.list }),
  refreshTrustList,
}));
vi.mock('../../../../web/features/status/status-store', () => ({
  statusListsFor: () => [],
  needsRefresh: () => false,
  refreshStatusList: async () => false,
}));
vi.mock('../../../../web/features/trust/clock', () => ({
  clockLooksWrong: () => false,
  largestSeenIat: () => 0,
}));
vi.mock('../../../../web/features/log/log-store', () => ({ recordCheck: async () => {} }));

let url: string;
let before: TrustList;
let after: TrustList;
const net = { onLine: true };

beforeAll(async () => {
  before = (await makeWorld()).trustList;
  // The same service, a trust list later: one more signer, who issues the certificate.
  let added: KeyPair | undefined;
  const later = await makeWorld((spec, [extra]) => {
    added = extra;
    spec.seq = 2;
    spec.signers.push({ ...(spec.signers[0] as (typeof spec.signers)[number]), key: extra as KeyPair });
  });
  after = later.trustList;
  url = await issueUrl(later, {}, added as KeyPair);
  vi.stubGlobal('navigator', net);
  vi.useFakeTimers({ now: NOW * 1000, toFake: ['Date'] });
});

beforeEach(() => {
  held.list = before;
  refreshTrustList.mockReset();
  refreshTrustList.mockImplementation(async () => {
    held.list = after;
    return true;
  });
});

describe('verifyText and a trust list that changed while the app was open', () => {
  it('online: asks for the trust list again and verifies with the newer one', async () => {
    const { verifyText } = await import('../../../../web/features/verify/verify-service');
    const outcome = await verifyText(url, 'paste');
    expect(refreshTrustList).toHaveBeenCalledTimes(1);
    expect(outcome.result.reasons).not.toContain('UNKNOWN_SIGNER');
    expect(outcome.result.checks[4]).toMatchObject({ name: 'signer', result: 'pass' });
  });

  it('offline: the held list decides (nothing to ask)', async () => {
    net.onLine = false;
    const { verifyText } = await import('../../../../web/features/verify/verify-service');
    const outcome = await verifyText(url, 'paste');
    net.onLine = true;
    expect(refreshTrustList).not.toHaveBeenCalled();
    expect(outcome.result).toMatchObject({ verdict: 'invalid', reasons: ['UNKNOWN_SIGNER'] });
  });
});
