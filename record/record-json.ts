// The verification record's JSON (PROFILE §9): the file `dqc-record.json` embedded in the record
// PDF. It carries the §6 result the verifier showed and the signed evidence it used (the URL as
// read, the trust-list token, the status-list token that decided step 10), so the check can be
// re-run years later. A minimal record keeps no birth date, no name and no evidence: it states
// what was found but cannot be re-checked. A record of a wallet presentation (PROFILE §8.9,
// wallet-record.ts) holds the §8.6 result instead, with five dqc elements and no evidence.
import { rfc3339 } from '../core/credential-view';
import type { IdentityMatch } from '../core/mdoc/identity';
import type { WalletResult } from '../core/mdoc/types';
import type { ReasonCode, Verdict } from '../core/reasons';
import type { Check, CredentialView } from '../core/types';
import type { DocumentItem, DocumentResult, ItemComparison } from '../reading/pdf/document-result';

export const RECORD_VERSION = 1;
/** PROFILE §9: the one embedded file, `AFRelationship /Data`. */
export const RECORD_FILE_NAME = 'dqc-record.json';
/** A record's JSON is bounded: anything larger is not read (unverifiable). */
export const MAX_RECORD_JSON_BYTES = 2 * 1024 * 1024;
/** PROFILE §9: each operator text ≤ 200 (Unicode scalar values, as §3 counts lengths). */
export const MAX_OPERATOR_TEXT = 200;
/** The employer's retention period is one short phrase (page only: §9's JSON has no member for it). */
export const MAX_RETENTION_TEXT = 40;

/** PROFILE §9 minimal form: `result.credential` keeps only dqc 1, 2, 5, 7 and cti. */
export interface MinimalCredential {
  cti: string;
  dqc: { '1': number; '2': string; '5': string; '7': string };
}

/**
 * §6.1's `document` in a minimal record: the verdict, and the comparisons of the items a minimal
 * record keeps (資格名称, 登録番号, 交付機関) — nothing about the name, the birth date or the photo.
 */
export interface MinimalDocument {
  verdict: Verdict;
  reasons: ReasonCode[];
  items: Partial<Record<DocumentItem, ItemComparison>>;
}

/** The items a minimal record keeps (PROFILE §9: dqc 2, 5, 7), by §6.1's names. */
export const MINIMAL_ITEMS: readonly DocumentItem[] = ['資格名称', '登録番号', '交付機関'];

/** The §6 result object, with §6.1's `document` when the code was read from a PDF. */
export interface RecordedResult {
  verdict: Verdict;
  reasons: ReasonCode[];
  checks: Check[];
  credential?: CredentialView | MinimalCredential;
  statusCheckedAt?: string;
  trustListSeq: number | null;
  document?: DocumentResult | MinimalDocument;
}

export interface RecordEvidence {
  /** The URL exactly as read (the QR text). */
  credential: string;
  /** base64url of the trust-list token used. */
  trustList: string;
  /** base64url of the status-list token that decided step 10 (absent when none did). */
  statusList?: string;
}

export interface RecordApp {
  name: string;
  version: string;
  build: string;
}

export interface RecordOperator {
  checker?: string;
  office?: string;
  note?: string;
}

/** The record of a QR, image, PDF, paste or link check: the §6 result and its evidence. */
export interface RecordJson {
  record: 1;
  /** RFC 3339 UTC: the verifier's clock at the check. */
  checkedAt: string;
  result: RecordedResult;
  evidence?: RecordEvidence;
  minimal?: true;
  app: RecordApp;
  operator?: RecordOperator;
}

/**
 * PROFILE §8.9: the §8.6 result of a wallet presentation, its `mdoc.elements` holding only the dqc
 * elements a record keeps, with the §8.7 result on it (§8.7: `identity` "on the DQC's result").
 */
export interface RecordedWalletResult extends WalletResult {
  identity?: IdentityMatch;
  /** Never: §6.1's document check is for codes read from a PDF. */
  document?: undefined;
}

/** PROFILE §8.9: a record of a wallet presentation — no `evidence` (the response is not kept). */
export interface WalletRecordJson {
  record: 1;
  checkedAt: string;
  result: RecordedWalletResult;
  minimal?: true;
  app: RecordApp;
  operator?: RecordOperator;
}

/** Either kind of record, as a filed record is read back. */
export type AnyRecordJson = RecordJson | WalletRecordJson;

/** A §8.6 result carries `docType` (null when steps 1–3 failed); a §6 result never does. */
export const isWalletRecord = (json: AnyRecordJson): json is WalletRecordJson => 'docType' in json.result;

export interface RecordInput {
  /** Seconds since the epoch: the `now` the verification ran with. */
  checkedAt: number;
  result: RecordedResult;
  /** Absent when the check had no trust list (nothing signed to keep). */
  evidence?: RecordEvidence;
  minimal?: boolean;
  app: RecordApp;
  operator?: RecordOperator;
}

/** Unicode scalar values, as PROFILE §3 counts lengths. */
export const textLength = (s: string) => [...s].length;

/**
 * Operator text as it is kept: line breaks and tabs become one space, other control characters
 * go, the ends are trimmed. Empty text is absent.
 */
export function cleanOperatorText(text: string | undefined): string | undefined {
  if (text === undefined) return undefined;
  const cleaned = text
    .replace(/[\r\n\t\u2028\u2029]+/g, ' ')
    .replace(/\p{Cc}/gu, '')
    .trim();
  return cleaned === '' ? undefined : cleaned;
}

/** The operator member, or undefined when nothing was typed. Throws RangeError past 200. */
export function operatorOf(typed: RecordOperator | undefined): RecordOperator | undefined {
  const out: RecordOperator = {};
  for (const key of ['checker', 'office', 'note'] as const) {
    const text = cleanOperatorText(typed?.[key]);
    if (text === undefined) continue;
    if (textLength(text) > MAX_OPERATOR_TEXT)
      throw new RangeError(`operator.${key} is longer than ${MAX_OPERATOR_TEXT} characters`);
    out[key] = text;
  }
  return Object.keys(out).length > 0 ? out : undefined;
}

/** PROFILE §9 minimal form of a result: only dqc 1, 2, 5, 7 and cti; no printed PDF values. */
export function minimalResult(result: RecordedResult): RecordedResult {
  const { credential, document, ...rest } = result;
  const out: RecordedResult = { ...rest };
  if (credential) {
    const d = credential.dqc;
    out.credential = { cti: credential.cti, dqc: { '1': d['1'], '2': d['2'], '5': d['5'], '7': d['7'] } };
  }
  // What a PDF printed where it differed may be a name or a birth date: only the verdict and the
  // comparisons of the kept items stay.
  if (document)
    out.document = {
      verdict: document.verdict,
      reasons: document.reasons,
      items: Object.fromEntries(
        MINIMAL_ITEMS.flatMap((i) => (document.items[i] ? [[i, document.items[i]]] : [])),
      ),
    };
  return out;
}

/** The members after `result` (PROFILE §9's order): minimal, app, operator. */
export function recordTail(
  input: Pick<RecordInput, 'minimal' | 'app' | 'operator'>,
): Pick<RecordJson, 'minimal' | 'app' | 'operator'> {
  const tail: Pick<RecordJson, 'minimal' | 'app' | 'operator'> = {
    app: { name: input.app.name, version: input.app.version, build: input.app.build },
  };
  const operator = operatorOf(input.operator);
  if (operator) tail.operator = operator;
  return input.minimal === true ? { minimal: true, ...tail } : tail;
}

/** The record's JSON, members in PROFILE §9's order. */
export function makeRecordJson(input: RecordInput): RecordJson {
  const minimal = input.minimal === true;
  // Built member by member so the JSON reads in the profile's order.
  const json = {
    record: RECORD_VERSION,
    checkedAt: rfc3339(input.checkedAt),
    result: minimal ? minimalResult(input.result) : structuredClone(input.result),
  } as RecordJson;
  if (!minimal && input.evidence) json.evidence = { ...input.evidence };
  return { ...json, ...recordTail(input) };
}

/** The embedded file's bytes: UTF-8 JSON, indented so a person can read it. */
export const recordJsonBytes = (json: AnyRecordJson): Uint8Array =>
  new TextEncoder().encode(`${JSON.stringify(json, null, 2)}\n`);
