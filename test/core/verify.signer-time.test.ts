// Steps 8 and 9 (PROFILE §4, §6): ISSUER_MISMATCH, QUALIFICATION_NOT_ALLOWED, SIGNER_NOT_VALID,
// SIGNER_REVOKED, NOT_YET_VALID, EXPIRED — issued by the issuer modules, checked through verify().
import { beforeAll, describe, expect, it } from 'vitest';
import type { VerifyResult } from '../../core/types';
import type { CredentialInput } from '../../issuer/issuing/credential';
import type { SignerSpec } from '../../issuer/lists/trust-list-token';
import { addStatusList, context, issueUrl, makeWorld, NOW, type World } from '../helpers/world';
import { flow, run, steps } from './support/result';

const DAY = 86400;
async function worldWith(signer: Partial<SignerSpec>): Promise<World> {
  const w = await makeWorld((spec) => {
    Object.assign(spec.signers[0] as SignerSpec, signer);
  });
  await addStatusList(w, { 7: 0 });
  return w;
}
async function check(w: World, overrides: Partial<CredentialInput>): Promise<VerifyResult> {
  return run(await issueUrl(w, overrides), context(w));
}
function expectInvalid(r: VerifyResult, code: string, compactFlow: string): void {
  expect(r.verdict).toBe('invalid');
  expect(r.reasons).toEqual([code]);
  expect(flow(r)).toBe(steps(compactFlow));
  expect(r.credential).toBeDefined(); // steps 6 and 7 passed
}

let plain: World;
beforeAll(async () => {
  plain = await worldWith({});
});

describe('ISSUER_MISMATCH (step 8): 9 and 10 still run', () => {
  it.each([
    ['another iss', 'jp.example.mlit'],
    ['iss in another case', 'JP.example.mhlw'],
  ])('%s', async (_, iss) => {
    const r = await check(plain, { iss });
    expectInvalid(r, 'ISSUER_MISMATCH', 'P*7 ISSUER_MISMATCH P P P');
    expect(r.statusCheckedAt).toBeDefined();
    expect(r.checks[7]).toEqual({ step: 8, name: 'issuer', result: 'fail', code: 'ISSUER_MISMATCH' });
  });
  it('a failing step 8 does not stop step 9; the first failure gives the reason', async () => {
    const r = await check(plain, { iss: 'x', exp: NOW });
    expectInvalid(r, 'ISSUER_MISMATCH', 'P*7 ISSUER_MISMATCH EXPIRED S P');
  });
  it('comes before QUALIFICATION_NOT_ALLOWED', async () => {
    expectInvalid(await check(plain, { iss: 'x', code: 2 }), 'ISSUER_MISMATCH', 'P*7 ISSUER_MISMATCH P P P');
  });
});

describe('QUALIFICATION_NOT_ALLOWED (step 8)', () => {
  let limited: World;
  let none: World;
  beforeAll(async () => {
    limited = await worldWith({ quals: [2, 1000] });
    none = await worldWith({ quals: [] });
  });
  const cases: [string, () => World, Partial<CredentialInput>][] = [
    ['a code outside quals', () => limited, {}],
    ['an issuer-local code outside quals', () => limited, { code: 1001, qualificationName: '独自' }],
    ['quals [] allows no code', () => none, {}],
    ['quals [] allows no issuer-local code', () => none, { code: 1000, qualificationName: '独自' }],
    ["a name that is not code 1's ja", () => plain, { qualificationName: '社会福祉士' }],
    ['a name with a trailing space', () => plain, { qualificationName: '介護福祉士 ' }],
    ["code 84's row with code 1's name", () => plain, { code: 84 }],
  ];
  it.each(cases)('%s', async (_, w, overrides) => {
    const r = await check(w(), overrides);
    expectInvalid(r, 'QUALIFICATION_NOT_ALLOWED', 'P*7 QUALIFICATION_NOT_ALLOWED P P P');
  });
  it.each([
    ['code 2 with its ja under quals [2, 1000]', { code: 2, qualificationName: '社会福祉士' }],
    ['issuer-local 1000 with any name under quals [2, 1000]', { code: 1000, qualificationName: '独自資格' }],
  ] as [string, Partial<CredentialInput>][])('allows %s', async (_, overrides) => {
    expect((await check(limited, overrides)).verdict).toBe('valid');
  });
});

describe('SIGNER_NOT_VALID, SIGNER_REVOKED, NOT_YET_VALID, EXPIRED (step 9): step 10 skipped', () => {
  let expiredSigner: World;
  let revoked: World;
  let revokedNow: World;
  let revokedLater: World;
  beforeAll(async () => {
    expiredSigner = await worldWith({ nbf: NOW - 100 * DAY, exp: NOW - 10 * DAY });
    revoked = await worldWith({ revoked: NOW - 10 });
    revokedNow = await worldWith({ revoked: NOW });
    revokedLater = await worldWith({ revoked: NOW + 1 });
  });
  const cases: [string, string, () => World, Partial<CredentialInput>][] = [
    ['iat before the signer nbf', 'SIGNER_NOT_VALID', () => plain, { iat: NOW - 366 * DAY }],
    ['iat after the signer exp', 'SIGNER_NOT_VALID', () => expiredSigner, { iat: NOW - 9 * DAY }],
    [
      'iat before nbf beats revoked and expired',
      'SIGNER_NOT_VALID',
      () => revoked,
      { iat: NOW - 366 * DAY, exp: NOW },
    ],
    [
      'signer revoked before now (credential older)',
      'SIGNER_REVOKED',
      () => revoked,
      { iat: NOW - 30 * DAY },
    ],
    ['signer revoked exactly now', 'SIGNER_REVOKED', () => revokedNow, {}],
    [
      'revoked beats NOT_YET_VALID and EXPIRED',
      'SIGNER_REVOKED',
      () => revoked,
      { iat: NOW + 301, exp: NOW },
    ],
    ['iat 301 s in the future', 'NOT_YET_VALID', () => plain, { iat: NOW + 301 }],
    ['NOT_YET_VALID beats EXPIRED', 'NOT_YET_VALID', () => plain, { iat: NOW + 301, exp: NOW }],
    ['now == exp counts as expired', 'EXPIRED', () => plain, { exp: NOW }],
    ['exp in the past', 'EXPIRED', () => plain, { exp: NOW - DAY }],
    [
      'expired while the signer expired later',
      'EXPIRED',
      () => expiredSigner,
      { iat: NOW - 20 * DAY, exp: NOW - 15 * DAY },
    ],
  ];
  it.each(cases)('%s → %s', async (_, code, w, overrides) => {
    const r = await check(w(), overrides);
    expectInvalid(r, code, `P*8 ${code} S P`);
    expect(r.checks[8]).toEqual({ step: 9, name: 'time', result: 'fail', code });
    expect(r.statusCheckedAt).toBeUndefined();
  });

  const valid: [string, () => World, Partial<CredentialInput>][] = [
    ['iat == signer nbf', () => plain, { iat: NOW - 365 * DAY }],
    ['iat == signer exp (signer since expired)', () => expiredSigner, { iat: NOW - 10 * DAY }],
    ['signer revoked one second from now', () => revokedLater, {}],
    ['iat exactly 300 s in the future', () => plain, { iat: NOW + 300 }],
    ['exp one second from now', () => plain, { exp: NOW + 1 }],
  ];
  it.each(valid)('valid: %s', async (_, w, overrides) => {
    const r = await check(w(), overrides);
    expect(r.verdict).toBe('valid');
    expect(flow(r)).toBe(steps('P*11'));
  });
});
