// The check list points at the failure (issue 15): the ✕ is in the row a person looks for.
import { describe, expect, it } from 'vitest';
import type { ReasonCode, Verdict } from '../../../../core/reasons';
import { STEPS, type StepName } from '../../../../core/steps';
import type { VerifyResult } from '../../../../core/types';
import { checkRows } from '../../../../web/features/verify/check-rows';

/** A result whose steps before `failing` passed, `failing` failed with `code`, the rest skipped. */
function failedAt(failing: StepName, code: ReasonCode, verdict: Verdict = 'invalid'): VerifyResult {
  const at = STEPS.indexOf(failing);
  return {
    verdict,
    reasons: [code],
    trustListSeq: 1,
    checks: STEPS.map((name, i) => ({
      step: i + 1,
      name,
      result: i < at || name === 'trust' ? 'pass' : i === at ? 'fail' : 'skipped',
      ...(i === at ? { code } : {}),
    })),
  };
}
const row = (result: VerifyResult, name: string) => checkRows(result).find((r) => r.name === name);

describe('checkRows', () => {
  it('puts a revoked or out-of-date signing certificate under 発行元, not 有効期間', () => {
    for (const code of ['SIGNER_REVOKED', 'SIGNER_NOT_VALID'] as const) {
      const result = failedAt('time', code);
      expect(row(result, 'issuer')).toEqual({ name: 'issuer', result: 'fail', code, unsure: false });
      expect(row(result, 'time')?.result).toBe('skipped');
    }
  });

  it('marks an unknown signer ✕ under 発行元 and leaves the steps not reached skipped', () => {
    const result = failedAt('signer', 'UNKNOWN_SIGNER');
    expect(row(result, 'issuer')).toMatchObject({ result: 'fail', code: 'UNKNOWN_SIGNER' });
    // The code's claims (step 7) were never read: the row is not claimed to have passed.
    for (const name of ['code', 'signature', 'time', 'status'])
      expect(row(result, name)?.result).toBe('skipped');
  });

  it('keeps expiry under 有効期間 and revocation under 取消・停止', () => {
    expect(row(failedAt('time', 'EXPIRED'), 'time')).toMatchObject({ result: 'fail', code: 'EXPIRED' });
    expect(row(failedAt('status', 'REVOKED'), 'status')).toMatchObject({ result: 'fail', code: 'REVOKED' });
    expect(row(failedAt('url', 'UNTRUSTED_HOST'), 'code')).toMatchObject({ result: 'fail' });
  });

  it('marks a status that could not be had as unsure, not as a plain failure', () => {
    const result = failedAt('status', 'STATUS_UNAVAILABLE', 'indeterminate');
    expect(row(result, 'status')).toMatchObject({ result: 'fail', unsure: true });
  });

  it('with no trust list at all, says so in the trust row though every step was skipped', () => {
    const result: VerifyResult = {
      verdict: 'indeterminate',
      reasons: ['TRUST_LIST_UNAVAILABLE'],
      trustListSeq: null,
      checks: STEPS.map((name, i) => ({ step: i + 1, name, result: 'skipped' })),
    };
    expect(row(result, 'trust')).toMatchObject({
      result: 'fail',
      code: 'TRUST_LIST_UNAVAILABLE',
      unsure: true,
    });
  });

  it('adds the document row for a PDF', () => {
    const ok = failedAt('trust', 'CLOCK_SUSPECT');
    const items = {
      資格名称: 'matches',
      氏名: 'differs',
      生年月日: 'matches',
      登録番号: 'matches',
      交付機関: 'matches',
      写真: 'unchecked',
    } as const;
    const rows = checkRows(ok, { document: { verdict: 'invalid', reasons: ['DOCUMENT_MISMATCH'], items } });
    expect(rows.at(-1)).toEqual({ name: 'document', result: 'fail', code: 'DOCUMENT_MISMATCH' });
    expect(checkRows(ok).some((r) => r.name === 'document')).toBe(false);
  });
});
