// Step 10 (PROFILE §5, §6): REVOKED, SUSPENDED, DELETED, STATUS_UNAVAILABLE; the newest usable
// list decides and `statusCheckedAt` is its iat. Also §4: signers sharing a kid.
import { beforeAll, describe, expect, it } from 'vitest';
import { coseKeyMap, readCoseKey } from '../../core/cose-key';
import type { Signer, VerifyContext, VerifyResult } from '../../core/types';
import { generateKeyPair } from '../../issuer/folder/keys';
import type { StatusListSpec } from '../../issuer/lists/status-list-token';
import { type SignerSpec, signTrustList } from '../../issuer/lists/trust-list-token';
import {
  addStatusList,
  context,
  issueUrl,
  makeWorld,
  NOW,
  ORIGIN,
  readTrusted,
  type World,
} from '../helpers/world';
import { flow, run, steps } from './support/result';

type Lists = [Record<number, number>, Partial<StatusListSpec>][];
async function withLists(lists: Lists, adjust?: Parameters<typeof makeWorld>[0]): Promise<World> {
  const w = await makeWorld(adjust);
  for (const [statuses, overrides] of lists) await addStatusList(w, statuses, overrides);
  return w;
}
async function check(w: World, ctx: Partial<VerifyContext> = {}): Promise<VerifyResult> {
  return run(await issueUrl(w), context(w, ctx));
}

describe('REVOKED, SUSPENDED, DELETED (step 10): invalid, statusCheckedAt = the list iat', () => {
  it.each([
    [1, 'REVOKED'],
    [2, 'SUSPENDED'],
    [3, 'DELETED'],
  ] as const)('status %i → %s', async (status, code) => {
    const r = await check(await withLists([[{ 7: status, 8: 0 }, {}]]));
    expect(r).toMatchObject({ verdict: 'invalid', reasons: [code], statusCheckedAt: '2026-09-21T14:03:20Z' });
    expect(flow(r)).toBe(steps(`P*9 ${code} P`));
    expect(r.checks[9]).toEqual({ step: 10, name: 'status', result: 'fail', code });
    expect(r.credential).toBeDefined();
  });
  it('a neighbouring entry does not leak (idx 6 and 8 revoked, 7 valid)', async () => {
    expect((await check(await withLists([[{ 6: 1, 8: 3 }, {}]]))).verdict).toBe('valid');
  });
});

describe('STATUS_UNAVAILABLE (step 10): indeterminate, no statusCheckedAt', () => {
  const twoKeysWorld = async (): Promise<[World, Partial<VerifyContext>]> => {
    const w = await withLists([[{}, {}]]);
    const narrowed = { ...w.spec, statusSigners: [{ key: w.statusKey, uris: [`${ORIGIN}/other/`] }] };
    const tl = await readTrusted(await signTrustList(narrowed, w.anchor), w.anchor);
    return [w, context(w, { trustList: tl })];
  };
  const cases: [string, () => Promise<[World, Partial<VerifyContext>?]>][] = [
    ['no list at all', async () => [await withLists([])]],
    ['no statusLists callback', async () => [await withLists([[{}, {}]]), { statusLists: undefined }]],
    [
      'the uri is not in the trust list statusLists',
      async () => [
        await withLists([[{}, {}]], (spec) => {
          spec.statusLists = [`${ORIGIN}/status/2`];
        }),
      ],
    ],
    [
      'only a list for another uri is offered',
      async () => {
        const w = await withLists([[{}, { uri: `${ORIGIN}/status/2` }]], (spec) => {
          spec.statusLists.push(`${ORIGIN}/status/2`);
        });
        return [w, { statusLists: () => w.statusLists }];
      },
    ],
    [
      'the list has expired (now == exp)',
      async () => [await withLists([[{}, { iat: NOW - 1000, exp: NOW }]])],
    ],
    ['the list is too short for idx 7', async () => [await withLists([[{}, { size: 4 }]])]],
    [
      'two newest lists with the same iat and different entries',
      async () => [
        await withLists([
          [{ 7: 0 }, {}],
          [{ 7: 0, 9: 1 }, {}],
          [{}, { iat: NOW - 5000 }],
        ]),
      ],
    ],
    ['its status signer no longer covers the uri', twoKeysWorld],
    [
      'its status signer is no longer in the trust list',
      async () => {
        const w = await withLists([[{}, {}]]);
        const other = await generateKeyPair();
        const spec = { ...w.spec, statusSigners: [{ key: other, uris: [`${ORIGIN}/status/`] }] };
        return [
          w,
          context(w, { trustList: await readTrusted(await signTrustList(spec, w.anchor), w.anchor) }),
        ];
      },
    ],
  ];
  it.each(cases)('%s', async (_, make) => {
    const [w, ctx] = await make();
    const r = await check(w, ctx);
    expect(r).toMatchObject({ verdict: 'indeterminate', reasons: ['STATUS_UNAVAILABLE'] });
    expect(flow(r)).toBe(steps('P*9 STATUS_UNAVAILABLE P'));
    expect(r.statusCheckedAt).toBeUndefined();
    expect(r.credential).toBeDefined();
  });
});

describe('which list decides', () => {
  const cases: [string, Lists, string, string][] = [
    [
      'a cached list past iat + ttl but before exp',
      [[{ 7: 0 }, { iat: NOW - 7200, ttl: 600, exp: NOW + 100 }]],
      'valid',
      '2026-09-21T12:13:20Z',
    ],
    [
      'the newest of two (valid over revoked)',
      [
        [{ 7: 1 }, { iat: NOW - 3000 }],
        [{ 7: 0 }, { iat: NOW - 1000 }],
      ],
      'valid',
      '2026-09-21T13:56:40Z',
    ],
    [
      'the newest of two (revoked over valid), in any order',
      [
        [{ 7: 1 }, { iat: NOW - 1000 }],
        [{ 7: 0 }, { iat: NOW - 3000 }],
      ],
      'invalid',
      '2026-09-21T13:56:40Z',
    ],
    [
      'the newest usable: a newer expired list is passed over',
      [
        [{ 7: 0 }, { iat: NOW - 1000, exp: NOW }],
        [{ 7: 1 }, { iat: NOW - 3000 }],
      ],
      'invalid',
      '2026-09-21T13:23:20Z',
    ],
    [
      'the newest usable: a newer too-short list is passed over',
      [
        [{ 7: 2 }, { iat: NOW - 3000 }],
        [{}, { iat: NOW - 1000, size: 4 }],
      ],
      'invalid',
      '2026-09-21T13:23:20Z',
    ],
    [
      'two newest lists with the same iat and the same entries',
      [
        [{ 7: 0 }, {}],
        [{ 7: 0 }, {}],
      ],
      'valid',
      '2026-09-21T14:03:20Z',
    ],
  ];
  it.each(cases)('%s', async (_, lists, verdict, at) => {
    const r = await check(await withLists(lists));
    expect(r.verdict).toBe(verdict);
    expect(r.statusCheckedAt).toBe(at);
  });
});

describe('signers sharing a kid (PROFILE §4): the first whose key verifies applies', () => {
  let w: World;
  beforeAll(async () => {
    w = await withLists([[{}, {}]], (spec) => {
      const first = spec.signers[0] as SignerSpec;
      spec.signers.push({ ...first, iss: 'jp.example.other', name: '別名義' });
    });
  });
  it('the first entry applies: its name is the verified issuer', async () => {
    const r = await check(w);
    expect(r.verdict).toBe('valid');
    expect(r.credential?.signer).toBe('厚生労働省（テスト）');
  });
  it("the first entry applies even when the second's iss would match", async () => {
    const r = await run(await issueUrl(w, { iss: 'jp.example.other' }), context(w));
    expect(r.reasons).toEqual(['ISSUER_MISMATCH']);
  });
  it('an earlier entry whose key does not verify is passed over', async () => {
    // Not reachable through readTrustList (kid = the key's kid), so the TrustList is edited.
    const stranger = await generateKeyPair();
    const key = await readCoseKey(coseKeyMap(stranger.x, stranger.y));
    if (!key) throw new Error('key');
    const real = w.trustList.signers[0] as Signer;
    const impostor: Signer = { ...real, key, name: '偽', kid: real.kid };
    const trustList = { ...w.trustList, signers: [impostor, ...w.trustList.signers] };
    const r = await run(await issueUrl(w), context(w, { trustList }));
    expect(r.verdict).toBe('valid');
    expect(r.credential?.signer).toBe('厚生労働省（テスト）');
  });
});
