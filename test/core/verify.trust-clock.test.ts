// Step 11 and the trust data (PROFILE §6): TRUST_LIST_EXPIRED, TRUST_LIST_UNAVAILABLE,
// CLOCK_SUSPECT, and the order of reasons for `indeterminate`.
import { beforeAll, describe, expect, it } from 'vitest';
import { headline } from '../../core/reasons';
import type { VerifyContext } from '../../core/types';
import { verify } from '../../core/verify';
import type { CredentialInput } from '../../issuer/issuing/credential';
import type { StatusListSpec } from '../../issuer/lists/status-list-token';
import { addStatusList, context, issueUrl, makeWorld, NOW, type World } from '../helpers/world';
import { flow, run, steps } from './support/result';

async function worldAt(
  trust: { iat?: number; exp?: number },
  lists: [Record<number, number>, Partial<StatusListSpec>][],
): Promise<World> {
  const w = await makeWorld((spec) => Object.assign(spec, trust));
  for (const [statuses, overrides] of lists) await addStatusList(w, statuses, overrides);
  return w;
}
async function check(w: World, input: Partial<CredentialInput> = {}, ctx: Partial<VerifyContext> = {}) {
  return run(await issueUrl(w, input), context(w, ctx));
}

let current: World;
let expired: World;
beforeAll(async () => {
  current = await worldAt({}, [[{}, {}]]);
  expired = await worldAt({ exp: NOW }, [[{ 9: 1 }, {}]]);
});

describe('TRUST_LIST_EXPIRED (step 11)', () => {
  it('now == the trust list exp: indeterminate, steps 1–10 still pass', async () => {
    const r = await check(expired);
    expect(r).toMatchObject({ verdict: 'indeterminate', reasons: ['TRUST_LIST_EXPIRED'], trustListSeq: 1 });
    expect(flow(r)).toBe(steps('P*10 TRUST_LIST_EXPIRED'));
    expect(r.checks[10]).toEqual({ step: 11, name: 'trust', result: 'fail', code: 'TRUST_LIST_EXPIRED' });
    expect(r.credential).toBeDefined();
    expect(r.statusCheckedAt).toBe('2026-09-21T14:03:20Z');
  });
  it('never turns invalid into indeterminate (REVOKED)', async () => {
    const r = await check(expired, { status: { idx: 9, uri: 'https://dqcv.example.jp/status/1' } });
    expect(r).toMatchObject({ verdict: 'invalid', reasons: ['REVOKED'] });
    expect(flow(r)).toBe(steps('P*9 REVOKED TRUST_LIST_EXPIRED'));
  });
  it('never turns invalid into indeterminate (MALFORMED_URL)', async () => {
    const r = await run('https://dqcv.example.jp/x/', context(expired));
    expect(r).toMatchObject({ verdict: 'invalid', reasons: ['MALFORMED_URL'] });
    expect(flow(r)).toBe(steps('MALFORMED_URL S*9 TRUST_LIST_EXPIRED'));
  });
  it('one second before exp the list is current', async () => {
    expect((await check(expired, {}, { now: NOW - 1 })).verdict).toBe('valid');
  });
});

describe('TRUST_LIST_UNAVAILABLE (no verified trust list)', () => {
  const inputs: [string, () => Promise<string>][] = [
    ['a genuine credential', () => issueUrl(current)],
    ['a revoked-looking garbage URL', async () => 'https://dqcv.example.jp/w/?c=AAAA'],
    ['the empty string', async () => ''],
    ['a non-string input', async () => 42 as unknown as string],
  ];
  it.each(inputs)('%s: all 11 checks skipped, trustListSeq null', async (_, input) => {
    const r = await run(await input(), context(current, { trustList: null }));
    expect(r).toEqual({
      verdict: 'indeterminate',
      reasons: ['TRUST_LIST_UNAVAILABLE'],
      checks: r.checks,
      trustListSeq: null,
    });
    expect(flow(r)).toBe(steps('S*11'));
    expect(headline(r.verdict, r.reasons, 'ja')).toBe('確認できません（信頼リストを取得できません）');
  });
});

describe('CLOCK_SUSPECT (step 11, and step 9)', () => {
  it('a seen iat more than 300 s ahead: indeterminate', async () => {
    const r = await check(current, {}, { seenIat: NOW + 301 });
    expect(r).toMatchObject({ verdict: 'indeterminate', reasons: ['CLOCK_SUSPECT'] });
    expect(flow(r)).toBe(steps('P*10 CLOCK_SUSPECT'));
  });
  it('a seen iat exactly 300 s ahead is tolerated', async () => {
    expect((await check(current, {}, { seenIat: NOW + 300 })).verdict).toBe('valid');
  });
  it('a trust list issued more than 300 s ahead', async () => {
    const w = await worldAt({ iat: NOW + 301 }, [[{}, {}]]);
    expect((await check(w)).reasons).toEqual(['CLOCK_SUSPECT']);
  });
  it('a status list whose iat > now + 300: still usable, it decides', async () => {
    const w = await worldAt({}, [[{}, { iat: NOW + 301, exp: NOW + 3600 }]]);
    const r = await check(w);
    expect(r).toMatchObject({
      verdict: 'indeterminate',
      reasons: ['CLOCK_SUSPECT'],
      statusCheckedAt: '2026-09-21T14:18:21Z',
    });
    expect(flow(r)).toBe(steps('P*10 CLOCK_SUSPECT'));
  });
  it('a status list from past the year 275760 (no JS Date reaches it): a result, not a throw', async () => {
    const iat = 9_000_000_000_000;
    const w = await worldAt({}, [[{}, { iat, exp: iat + 3600 }]]);
    // verify() itself, not check(): RFC 3339 has no form for this year (ISO 8601's expanded one).
    const r = await verify(await issueUrl(w), context(w));
    expect(r).toMatchObject({
      verdict: 'indeterminate',
      reasons: ['CLOCK_SUSPECT'],
      statusCheckedAt: '+287168-08-24T16:00:00Z',
    });
  });
  it('a future status list that says REVOKED: invalid', async () => {
    const w = await worldAt({}, [[{ 7: 1 }, { iat: NOW + 301, exp: NOW + 3600 }]]);
    const r = await check(w);
    expect(r).toMatchObject({ verdict: 'invalid', reasons: ['REVOKED'] });
    expect(flow(r)).toBe(steps('P*9 REVOKED CLOCK_SUSPECT'));
  });
  it('a future status list too short to use still counts for the clock', async () => {
    const w = await worldAt({}, [[{}, { iat: NOW + 400, exp: NOW + 3600, size: 4 }]]);
    const r = await check(w);
    expect(r.reasons).toEqual(['STATUS_UNAVAILABLE', 'CLOCK_SUSPECT']);
  });
  it("a credential's own future iat is never counted: NOT_YET_VALID", async () => {
    const r = await check(current, { iat: NOW + 1000 });
    expect(flow(r)).toBe(steps('P*8 NOT_YET_VALID S P'));
  });
  it('NOT_YET_VALID becomes CLOCK_SUSPECT and step 10 still runs', async () => {
    const r = await check(current, { iat: NOW + 1000 }, { seenIat: NOW + 2000 });
    expect(r).toMatchObject({ verdict: 'indeterminate', reasons: ['CLOCK_SUSPECT'] });
    expect(flow(r)).toBe(steps('P*8 CLOCK_SUSPECT P CLOCK_SUSPECT'));
    expect(r.statusCheckedAt).toBeDefined();
  });
  it('…and step 10 can still make it invalid', async () => {
    const w = await worldAt({}, [[{ 7: 2 }, {}]]);
    const r = await check(w, { iat: NOW + 1000 }, { seenIat: NOW + 2000 });
    expect(r).toMatchObject({ verdict: 'invalid', reasons: ['SUSPENDED'] });
    expect(flow(r)).toBe(steps('P*8 CLOCK_SUSPECT SUSPENDED CLOCK_SUSPECT'));
  });
  it('…a future status list alone turns NOT_YET_VALID into CLOCK_SUSPECT', async () => {
    const w = await worldAt({}, [[{}, { iat: NOW + 500, exp: NOW + 3600 }]]);
    const r = await check(w, { iat: NOW + 400 });
    expect(flow(r)).toBe(steps('P*8 CLOCK_SUSPECT P CLOCK_SUSPECT'));
  });
  it('…with exp passed, EXPIRED wins and step 10 is skipped', async () => {
    const r = await check(current, { iat: NOW + 1000, exp: NOW }, { seenIat: NOW + 2000 });
    expect(r).toMatchObject({ verdict: 'invalid', reasons: ['EXPIRED'] });
    expect(flow(r)).toBe(steps('P*8 EXPIRED S CLOCK_SUSPECT'));
  });
  it('never turns invalid into indeterminate', async () => {
    const r = await check(current, { iss: 'x' }, { seenIat: NOW + 5000 });
    expect(r).toMatchObject({ verdict: 'invalid', reasons: ['ISSUER_MISMATCH'] });
  });
});

describe('reasons of an indeterminate result, in order', () => {
  it('STATUS_UNAVAILABLE, TRUST_LIST_EXPIRED, CLOCK_SUSPECT; step 11 shows its first failure', async () => {
    const w = await worldAt({ exp: NOW }, []);
    const r = await check(w, {}, { seenIat: NOW + 1000 });
    expect(r.verdict).toBe('indeterminate');
    expect(r.reasons).toEqual(['STATUS_UNAVAILABLE', 'TRUST_LIST_EXPIRED', 'CLOCK_SUSPECT']);
    expect(flow(r)).toBe(steps('P*9 STATUS_UNAVAILABLE TRUST_LIST_EXPIRED'));
    expect(headline(r.verdict, r.reasons, 'ja')).toBe('確認できません（失効情報を取得できません）');
    expect(headline(r.verdict, r.reasons, 'en')).toBe('Cannot be confirmed (status could not be checked)');
  });
  it('STATUS_UNAVAILABLE, CLOCK_SUSPECT', async () => {
    const w = await worldAt({}, []);
    expect((await check(w, {}, { seenIat: NOW + 1000 })).reasons).toEqual([
      'STATUS_UNAVAILABLE',
      'CLOCK_SUSPECT',
    ]);
  });
  it('TRUST_LIST_EXPIRED, CLOCK_SUSPECT', async () => {
    expect((await check(expired, {}, { seenIat: NOW + 1000 })).reasons).toEqual([
      'TRUST_LIST_EXPIRED',
      'CLOCK_SUSPECT',
    ]);
  });
});
