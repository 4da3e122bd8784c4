// The check list a person reads (PROFILE §6's eleven steps folded into the rows people look for):
// a failure is shown in the row it concerns — a revoked or out-of-date signing certificate under
// 発行元, not 有効期間; an unknown signer under 発行元 too; a broken code under 二次元コード. A row
// is passed only when every step in it passed; a row whose steps never ran is `skipped` and the
// screen folds it away. `unsure` marks a failure that leaves the result unconfirmed, not invalid.
import type { ReasonCode } from '../../../core/reasons';
import type { Check, StepName, VerifyResult } from '../../../core/types';
import type { PdfReport } from './pdf-report';

export type RowName = 'code' | 'signature' | 'issuer' | 'time' | 'status' | 'trust' | 'document';

export interface CheckRow {
  name: RowName;
  result: 'pass' | 'fail' | 'skipped';
  code?: ReasonCode;
  /** A failure that makes the result 確認できません, not 無効です. */
  unsure?: boolean;
}

const ROW_OF_STEP: Record<StepName, RowName> = {
  url: 'code',
  encoding: 'code',
  cose: 'code',
  alg: 'code',
  claims: 'code',
  signer: 'issuer',
  signature: 'signature',
  issuer: 'issuer',
  time: 'time',
  status: 'status',
  trust: 'trust',
};
const ORDER: RowName[] = ['code', 'signature', 'issuer', 'time', 'status', 'trust'];
/** Step 9's failures that are about the signer, not about the certificate's own dates. */
const SIGNER_CODES: readonly ReasonCode[] = ['SIGNER_NOT_VALID', 'SIGNER_REVOKED'];
const UNSURE: readonly ReasonCode[] = [
  'STATUS_UNAVAILABLE',
  'TRUST_LIST_EXPIRED',
  'TRUST_LIST_UNAVAILABLE',
  'CLOCK_SUSPECT',
];

const rowOfFailure = (check: Check): RowName =>
  check.name === 'time' && check.code && SIGNER_CODES.includes(check.code)
    ? 'issuer'
    : ROW_OF_STEP[check.name];

export function checkRows(result: VerifyResult, pdf?: PdfReport): CheckRow[] {
  const rows = ORDER.map((name): CheckRow => {
    const own = result.checks.filter((c) => ROW_OF_STEP[c.name] === name);
    const failure = result.checks.find((c) => c.result === 'fail' && rowOfFailure(c) === name);
    if (failure?.code)
      return { name, result: 'fail', code: failure.code, unsure: UNSURE.includes(failure.code) };
    // No trust list at all: every step is skipped (§6), and the trust row says why.
    if (name === 'trust' && result.reasons.includes('TRUST_LIST_UNAVAILABLE'))
      return { name, result: 'fail', code: 'TRUST_LIST_UNAVAILABLE', unsure: true };
    const passed = own.length > 0 && own.every((c) => c.result === 'pass');
    return { name, result: passed ? 'pass' : 'skipped' };
  });
  if (pdf) {
    const doc = pdf.document;
    const code = doc.reasons.find((r) => r === 'DOCUMENT_MISMATCH' || r === 'PHOTO_MISMATCH');
    const anyChecked = Object.values(doc.items).some((v) => v !== 'unchecked');
    rows.push(
      code
        ? { name: 'document', result: 'fail', code }
        : { name: 'document', result: anyChecked ? 'pass' : 'skipped' },
    );
  }
  return rows;
}
