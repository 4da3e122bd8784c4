// The reason codes and headline texts of PROFILE §6, copied from the profile's tables (they are
// the contract). Each code is produced by a real token through verify() in reasons-*.test.ts:
//   reasons-url: MALFORMED_URL, UNTRUSTED_HOST, MALFORMED_ENCODING
//   reasons-cose: MALFORMED_COSE, UNSUPPORTED_ALG, UNKNOWN_SIGNER, BAD_SIGNATURE
//   reasons-claims: MALFORMED_CLAIMS
//   reasons-signer-time: ISSUER_MISMATCH, QUALIFICATION_NOT_ALLOWED, SIGNER_NOT_VALID,
//     SIGNER_REVOKED, NOT_YET_VALID, EXPIRED
//   reasons-status: REVOKED, SUSPENDED, DELETED, STATUS_UNAVAILABLE
//   reasons-trust-clock: TRUST_LIST_EXPIRED, TRUST_LIST_UNAVAILABLE, CLOCK_SUSPECT
import { describe, expect, it } from 'vitest';
import { headline, REASON_CODES, REASONS, type ReasonCode } from '../../core/reasons';
import type { StepName, VerifyResult } from '../../core/types';
import { assertInvariants, STEPS, steps } from './support/result';

const MALFORMED: [string, string] = [
  '二次元コードの内容が正しくありません',
  'the QR code content is malformed',
];
const NOT_ENTITLED: [string, string] = [
  '発行元が正しくありません',
  'the issuer is not entitled to issue this',
];
/** PROFILE §6, second table. */
const PROFILE_REASONS: Record<ReasonCode, [string, string]> = {
  MALFORMED_URL: MALFORMED,
  MALFORMED_ENCODING: MALFORMED,
  MALFORMED_COSE: MALFORMED,
  MALFORMED_CLAIMS: MALFORMED,
  UNTRUSTED_HOST: ['確認ページのURLが正しくありません', 'the verification URL is not a trusted site'],
  UNSUPPORTED_ALG: ['対応していない署名方式です', 'unsupported signature algorithm'],
  UNKNOWN_SIGNER: ['発行元を確認できません', 'unknown issuer key'],
  BAD_SIGNATURE: ['改ざんされています', 'the data has been altered'],
  ISSUER_MISMATCH: NOT_ENTITLED,
  QUALIFICATION_NOT_ALLOWED: NOT_ENTITLED,
  SIGNER_NOT_VALID: ['署名用証明書の有効期間外です', 'signing certificate not valid at issuance'],
  SIGNER_REVOKED: ['署名用証明書が失効しています', 'signing certificate revoked'],
  NOT_YET_VALID: ['発行日が未来です', 'issued in the future'],
  EXPIRED: ['有効期限が切れています', 'expired'],
  REVOKED: ['取消されています', 'revoked'],
  SUSPENDED: ['一時停止されています', 'suspended'],
  DELETED: ['削除されています', 'deleted'],
  STATUS_UNAVAILABLE: ['失効情報を取得できません', 'status could not be checked'],
  TRUST_LIST_EXPIRED: ['信頼リストの有効期限が切れています', 'trust list expired'],
  TRUST_LIST_UNAVAILABLE: ['信頼リストを取得できません', 'trust list unavailable'],
  CLOCK_SUSPECT: ['端末の時刻が正しくありません', 'device clock is wrong'],
  // PROFILE §6.1, second table.
  DOCUMENT_MISMATCH: [
    'PDFの記載内容が署名データと一致しません',
    "the PDF's printed details differ from the signed data",
  ],
  PHOTO_MISMATCH: ['PDFの写真が署名データと一致しません', "the PDF's photo differs from the signed data"],
};
const CODES = Object.keys(PROFILE_REASONS) as ReasonCode[];

describe('reason codes (PROFILE §6, §6.1)', () => {
  it('are exactly the 21 codes of §6 and the 2 of §6.1', () => {
    expect(CODES).toHaveLength(23);
    expect([...REASON_CODES].sort()).toEqual([...CODES].sort());
  });
  it.each(CODES)('%s has the profile texts', (code) => {
    const [ja, en] = PROFILE_REASONS[code];
    expect(REASONS[code]).toEqual({ ja, en });
  });
});

describe('headline (PROFILE §6, first table)', () => {
  it('valid', () => {
    expect(headline('valid', [], 'ja')).toBe('有効です');
    expect(headline('valid', [], 'en')).toBe('Valid');
  });
  it.each(CODES)('invalid with %s', (code) => {
    const [ja, en] = PROFILE_REASONS[code];
    expect(headline('invalid', [code], 'ja')).toBe(`無効です（${ja}）`);
    expect(headline('invalid', [code], 'en')).toBe(`Invalid (${en})`);
  });
  it.each(CODES)('indeterminate with %s', (code) => {
    const [ja, en] = PROFILE_REASONS[code];
    expect(headline('indeterminate', [code], 'ja')).toBe(`確認できません（${ja}）`);
    expect(headline('indeterminate', [code], 'en')).toBe(`Cannot be confirmed (${en})`);
  });
  it('shows the first reason', () => {
    const reasons: ReasonCode[] = ['TRUST_LIST_EXPIRED', 'CLOCK_SUSPECT'];
    expect(headline('indeterminate', reasons, 'ja')).toBe(
      '確認できません（信頼リストの有効期限が切れています）',
    );
    expect(headline('indeterminate', reasons, 'en')).toBe('Cannot be confirmed (trust list expired)');
  });
  it('uses full-width parentheses in Japanese', () => {
    expect(headline('invalid', ['EXPIRED'], 'ja')).toBe('無効です（有効期限が切れています）');
  });
});

describe('the result checker used by every verify() test is not vacuous', () => {
  const result = (codes: string, extra: Partial<VerifyResult> = {}): VerifyResult => ({
    verdict: 'valid',
    reasons: [],
    trustListSeq: 1,
    checks: codes.split(' ').map((t, i) => ({
      step: i + 1,
      name: STEPS[i] as StepName,
      ...(t === 'P'
        ? { result: 'pass' }
        : t === 'S'
          ? { result: 'skipped' }
          : { result: 'fail', code: t as ReasonCode }),
    })),
    ...extra,
  });
  const credential = {} as VerifyResult['credential'];
  it('accepts a consistent result', () => {
    expect(() =>
      assertInvariants(result(steps('P*11'), { credential, statusCheckedAt: '2026-09-21T14:03:20Z' })),
    ).not.toThrow();
  });
  it.each([
    [
      'step 10 run after NOT_YET_VALID',
      result(steps('P*8 NOT_YET_VALID P P'), { verdict: 'invalid', reasons: ['NOT_YET_VALID'], credential }),
    ],
    [
      'step 10 skipped after CLOCK_SUSPECT in step 9',
      result(steps('P*8 CLOCK_SUSPECT S CLOCK_SUSPECT'), {
        verdict: 'indeterminate',
        reasons: ['CLOCK_SUSPECT'],
        credential,
      }),
    ],
    [
      'a credential without step 7',
      result(steps('P*6 MALFORMED_CLAIMS S*3 P'), {
        verdict: 'invalid',
        reasons: ['MALFORMED_CLAIMS'],
        credential,
      }),
    ],
    [
      'valid with a failure',
      result(steps('P*9 REVOKED P'), { credential, statusCheckedAt: '2026-09-21T14:03:20Z' }),
    ],
    [
      'soft reasons out of order',
      result(steps('P*9 STATUS_UNAVAILABLE TRUST_LIST_EXPIRED'), {
        verdict: 'indeterminate',
        reasons: ['TRUST_LIST_EXPIRED', 'STATUS_UNAVAILABLE'],
        credential,
      }),
    ],
    [
      'a time not in RFC 3339 UTC',
      result(steps('P*11'), { credential, statusCheckedAt: '2026-09-21T14:03:20.000Z' }),
    ],
  ])('rejects %s', (_, r) => {
    expect(() => assertInvariants(r)).toThrow();
  });
});
