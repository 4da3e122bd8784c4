// The record of a wallet presentation (PROFILE §8.9, §9): the §8.6 result with only the dqc
// elements a record keeps (qualification_code, qualification_name, name, registration_number,
// issuing_body; a minimal record drops the name too), no My Number Card element, the §8.7 result,
// and no `evidence` — the response is not kept, so the record re-checks as `unverifiable`.
// A record may only keep what the holder's wallet was told would be kept: the call must have
// been made for a record (intentToRetain true for exactly those five elements, §8.9), and only
// elements asked with intentToRetain true are kept.
import { rfc3339 } from '../core/credential-view';
import { DQC_DOCTYPE, DQC_NAMESPACE, DQC_RECORD_ELEMENTS } from '../core/mdoc/doctypes';
import type { IdentityMatch } from '../core/mdoc/identity';
import type { DocRequest, ElementValue, WalletResult } from '../core/mdoc/types';
import {
  RECORD_VERSION,
  type RecordApp,
  type RecordedWalletResult,
  type RecordOperator,
  recordTail,
  type WalletRecordJson,
} from './record-json';

export interface WalletRecordInput {
  /** Seconds since the epoch: the `now` the wallet answer was verified with. */
  checkedAt: number;
  /** The §8.6 result of the dqc Document. */
  result: WalletResult;
  /** The request of the call that gave the result (PROFILE §8.3): what the holder was told. */
  asked: DocRequest;
  /** The §8.7 result, when the identity check ran beside it. */
  identity?: IdentityMatch;
  minimal?: boolean;
  app: RecordApp;
  operator?: RecordOperator;
}

/** The elements a wallet record keeps (§8.9); a minimal one keeps dqc 1, 2, 5, 7 only (§9). */
export const walletRecordElements = (minimal: boolean): readonly string[] =>
  minimal ? DQC_RECORD_ELEMENTS.filter((e) => e !== 'name') : DQC_RECORD_ELEMENTS;

/** PROFILE §8.9: a dqc request made for a record — intentToRetain true for exactly the five. */
export function madeForRecord(asked: DocRequest): boolean {
  if (asked.docType !== DQC_DOCTYPE) return false;
  const retained = Object.entries(asked.nameSpaces).flatMap(([ns, items]) =>
    Object.entries(items).flatMap(([element, retain]) => (retain ? [`${ns}/${element}`] : [])),
  );
  const wanted = DQC_RECORD_ELEMENTS.map((e) => `${DQC_NAMESPACE}/${e}`);
  return retained.length === wanted.length && wanted.every((w) => retained.includes(w));
}

/** The §8.6 result as a record keeps it: members in §8.6's order, then `identity` (§8.7). */
export function walletRecordResult(
  result: WalletResult,
  minimal: boolean,
  identity?: IdentityMatch,
): RecordedWalletResult {
  const out = {
    docType: result.docType,
    verdict: result.verdict,
    reasons: [...result.reasons],
    checks: result.checks.map((c) => ({ ...c })),
  } as RecordedWalletResult;
  const m = result.mdoc;
  // Only a dqc's elements, only the kept ones: never a My Number Card element (§8.9).
  if (m && m.docType === DQC_DOCTYPE) {
    const all = m.elements[DQC_NAMESPACE] ?? {};
    const kept: Record<string, ElementValue> = {};
    for (const element of walletRecordElements(minimal))
      if (all[element] !== undefined) kept[element] = structuredClone(all[element]);
    out.mdoc = {
      docType: m.docType,
      signed: m.signed,
      validFrom: m.validFrom,
      validUntil: m.validUntil,
      issuer: m.issuer,
      dsSerial: m.dsSerial,
      ...(m.status && { status: { idx: m.status.idx, uri: m.status.uri } }),
      elements: { [DQC_NAMESPACE]: kept },
    };
  }
  if (result.statusCheckedAt !== undefined) out.statusCheckedAt = result.statusCheckedAt;
  out.trustListSeq = result.trustListSeq;
  if (identity)
    out.identity = {
      result: identity.result,
      ...(identity.mismatch && { mismatch: [...identity.mismatch] }),
      ...(identity.reason && { reason: identity.reason }),
    };
  return out;
}

/**
 * The record's JSON (PROFILE §9's member order, no `evidence`). Throws RangeError when the call
 * was not made for a record: the holder was told nothing would be kept.
 */
export function makeWalletRecordJson(input: WalletRecordInput): WalletRecordJson {
  if (!madeForRecord(input.asked))
    throw new RangeError('the wallet call was not made for a record (PROFILE §8.9: intentToRetain)');
  const minimal = input.minimal === true;
  return {
    record: RECORD_VERSION,
    checkedAt: rfc3339(input.checkedAt),
    result: walletRecordResult(input.result, minimal, input.identity),
    ...recordTail(input),
  } as WalletRecordJson;
}
