// Reading a wallet record's `result` back (PROFILE §8.9, §9) as untrusted input: the §8.6 result
// shape (14 checks in step order, wallet codes), an `mdoc` whose elements are only the dqc
// elements a record keeps (a minimal record: without the name) — a birth date or a My Number Card
// element is refused, not shown — the §8.7 `identity`, and no `evidence`. The first problem is
// named; nothing throws.
import { DQC_DOCTYPE, DQC_NAMESPACE } from '../core/mdoc/doctypes';
import { IDENTITY_REASONS, MDOC_REASONS } from '../core/mdoc/reasons';
import { WALLET_STEP_NAMES } from '../core/mdoc/types';
import { REASON_CODES } from '../core/reasons';
import { walletRecordElements } from './wallet-record';

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const isText = (v: unknown): v is string => typeof v === 'string';
const isUint = (v: unknown): v is number => Number.isSafeInteger(v) && (v as number) >= 0;
/** RFC 3339 UTC without fractions: §8.6's times (tdate text) and statusCheckedAt. */
const TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/;
const isTime = (v: unknown): v is string => isText(v) && TIME.test(v) && !Number.isNaN(Date.parse(v));
const WALLET_CODES: readonly string[] = [...REASON_CODES, ...Object.keys(MDOC_REASONS)];
const VERDICTS = ['valid', 'invalid', 'indeterminate'];

function checksProblem(checks: unknown): boolean {
  return (
    !Array.isArray(checks) ||
    checks.length !== WALLET_STEP_NAMES.length ||
    !checks.every(
      (c, i) =>
        isObj(c) &&
        c.step === i + 1 &&
        c.name === WALLET_STEP_NAMES[i] &&
        ['pass', 'fail', 'skipped'].includes(c.result as string) &&
        (c.code === undefined || WALLET_CODES.includes(c.code as string)),
    )
  );
}

function mdocProblem(m: unknown, minimal: boolean): string | undefined {
  if (!isObj(m) || m.docType !== DQC_DOCTYPE) return 'result.mdoc';
  if (![m.signed, m.validFrom, m.validUntil].every(isTime)) return 'result.mdoc';
  if (!isText(m.issuer) || !isText(m.dsSerial) || !/^[0-9a-f]+$/.test(m.dsSerial)) return 'result.mdoc';
  if (m.status !== undefined && !(isObj(m.status) && isUint(m.status.idx) && isText(m.status.uri)))
    return 'result.mdoc.status';
  const elements = m.elements;
  if (!isObj(elements) || Object.keys(elements).some((ns) => ns !== DQC_NAMESPACE))
    return 'result.mdoc.elements';
  const kept = elements[DQC_NAMESPACE] ?? {};
  if (!isObj(kept)) return 'result.mdoc.elements';
  const allowed = walletRecordElements(minimal);
  for (const [element, value] of Object.entries(kept)) {
    // A birth date, or anything else the holder was not told would be kept, is not read.
    if (!allowed.includes(element)) return `result.mdoc.elements.${element.slice(0, 40)}`;
    if (element === 'qualification_code' ? !isUint(value) : !isText(value))
      return `result.mdoc.elements.${element}`;
  }
  return undefined;
}

function identityProblem(identity: unknown): boolean {
  if (!isObj(identity) || !['match', 'mismatch', 'indeterminate'].includes(identity.result as string))
    return true;
  const { mismatch, reason } = identity;
  if (mismatch !== undefined) {
    const ok =
      identity.result === 'mismatch' &&
      Array.isArray(mismatch) &&
      mismatch.length > 0 &&
      mismatch.every((m) => m === 'name' || m === 'birthDate') &&
      new Set(mismatch).size === mismatch.length;
    if (!ok) return true;
  } else if (identity.result === 'mismatch') return true;
  if (
    reason !== undefined &&
    !(identity.result === 'indeterminate' && isText(reason) && reason in IDENTITY_REASONS)
  )
    return true;
  return identity.result === 'indeterminate' && reason === undefined;
}

/** What is wrong with a wallet record (its result, and that it carries no evidence), or undefined. */
export function walletRecordProblem(j: Obj): string | undefined {
  if (j.evidence !== undefined) return 'evidence（ウォレットでの確認の記録には証拠がありません）';
  const r = j.result;
  if (!isObj(r)) return 'result';
  if (!(r.docType === null || isText(r.docType))) return 'result.docType';
  if (!VERDICTS.includes(r.verdict as string)) return 'result.verdict';
  if (!Array.isArray(r.reasons) || !r.reasons.every((c) => WALLET_CODES.includes(c as string)))
    return 'result.reasons';
  if (checksProblem(r.checks)) return 'result.checks';
  if (!(r.trustListSeq === null || isUint(r.trustListSeq))) return 'result.trustListSeq';
  if (r.statusCheckedAt !== undefined && !isTime(r.statusCheckedAt)) return 'result.statusCheckedAt';
  if (r.mdoc !== undefined) {
    const problem = mdocProblem(r.mdoc, j.minimal === true);
    if (problem) return problem;
  }
  if (r.identity !== undefined && identityProblem(r.identity)) return 'result.identity';
  return undefined;
}
