// Reading a record's JSON back (PROFILE §9) as untrusted input: bounded (2 MiB), strict UTF-8,
// JSON, `record` = 1 (another version is not guessed at), and every member the re-check relies on
// of the right shape. The first problem found is named; nothing throws. A result with `docType` is
// a wallet presentation's (PROFILE §8.9), read by wallet-record-parse.ts.
import { REASON_CODES } from '../core/reasons';
import { STEP_NAMES } from '../core/verify';
import { DOCUMENT_ITEMS } from '../reading/pdf/document-result';
import {
  type AnyRecordJson,
  MAX_OPERATOR_TEXT,
  MAX_RECORD_JSON_BYTES,
  MINIMAL_ITEMS,
  RECORD_VERSION,
  textLength,
} from './record-json';
import { walletRecordProblem } from './wallet-record-parse';

export type RecordParse = { ok: true; json: AnyRecordJson } | { ok: false; problem: string };

const fail = (problem: string): RecordParse => ({ ok: false, problem });
const malformed = (what: string) =>
  fail(`確認記録のデータ（dqc-record.json）の形式が正しくありません（${what}）`);

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const isText = (v: unknown): v is string => typeof v === 'string';
const isUint = (v: unknown): v is number => Number.isSafeInteger(v) && (v as number) >= 0;
const RFC3339_UTC = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/;
const isTime = (v: unknown): v is string => isText(v) && RFC3339_UTC.test(v) && !Number.isNaN(Date.parse(v));
const BASE64URL = /^[A-Za-z0-9_-]+$/;
const VERDICTS = ['valid', 'invalid', 'indeterminate'];
const isReasons = (v: unknown) => Array.isArray(v) && v.every((r) => REASON_CODES.includes(r));

/** What is wrong with a §6 result object (+ §6.1 document), or undefined. */
function resultProblem(r: unknown): string | undefined {
  if (!isObj(r)) return 'result';
  if (!VERDICTS.includes(r.verdict as string)) return 'result.verdict';
  if (!isReasons(r.reasons)) return 'result.reasons';
  const checks = r.checks;
  if (
    !Array.isArray(checks) ||
    checks.length !== STEP_NAMES.length ||
    !checks.every(
      (c, i) =>
        isObj(c) &&
        c.step === i + 1 &&
        c.name === STEP_NAMES[i] &&
        ['pass', 'fail', 'skipped'].includes(c.result as string) &&
        (c.code === undefined || REASON_CODES.includes(c.code as never)),
    )
  )
    return 'result.checks';
  if (!(r.trustListSeq === null || isUint(r.trustListSeq))) return 'result.trustListSeq';
  if (r.statusCheckedAt !== undefined && !isTime(r.statusCheckedAt)) return 'result.statusCheckedAt';
  if (r.credential !== undefined) {
    const c = r.credential;
    if (!isObj(c) || !isText(c.cti) || !isObj(c.dqc)) return 'result.credential';
    const d = c.dqc;
    if (!isUint(d['1']) || !isText(d['2']) || !isText(d['5']) || !isText(d['7']))
      return 'result.credential.dqc';
    if (d['3'] !== undefined && !isText(d['3'])) return 'result.credential.dqc';
  }
  if (r.document !== undefined) {
    const doc = r.document;
    if (
      !isObj(doc) ||
      !VERDICTS.includes(doc.verdict as string) ||
      !isReasons(doc.reasons) ||
      !isObj(doc.items)
    )
      return 'result.document';
    const items = doc.items;
    // A minimal record keeps only the comparisons of the items it keeps (record-json.ts).
    const required = r.credential && 'signer' in (r.credential as Obj) ? DOCUMENT_ITEMS : MINIMAL_ITEMS;
    const known = (i: string) => ['matches', 'differs', 'unchecked'].includes(items[i] as string);
    if (
      !required.every(known) ||
      !Object.keys(items).every((i) => DOCUMENT_ITEMS.includes(i as never) && known(i))
    )
      return 'result.document.items';
  }
  return undefined;
}

function restProblem(j: Obj): string | undefined {
  if (!isTime(j.checkedAt)) return 'checkedAt';
  if (j.minimal !== undefined && j.minimal !== true) return 'minimal';
  if (j.evidence !== undefined) {
    const e = j.evidence;
    if (!isObj(e) || !isText(e.credential) || !isText(e.trustList) || !BASE64URL.test(e.trustList))
      return 'evidence';
    if (e.statusList !== undefined && !(isText(e.statusList) && BASE64URL.test(e.statusList)))
      return 'evidence.statusList';
  }
  const app = j.app;
  if (!isObj(app) || !isText(app.name) || !isText(app.version) || !isText(app.build)) return 'app';
  if (j.operator !== undefined) {
    const o = j.operator;
    if (!isObj(o)) return 'operator';
    for (const key of ['checker', 'office', 'note'])
      if (o[key] !== undefined && !(isText(o[key]) && textLength(o[key]) <= MAX_OPERATOR_TEXT))
        return `operator.${key}`;
  }
  return undefined;
}

/** The record's JSON from the embedded file's bytes. */
export function parseRecordJson(bytes: Uint8Array): RecordParse {
  if (bytes.length > MAX_RECORD_JSON_BYTES)
    return fail(
      `確認記録のデータ（dqc-record.json）が大きすぎます（${MAX_RECORD_JSON_BYTES / 1024 / 1024} MiB まで）`,
    );
  let value: unknown;
  try {
    value = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch {
    return fail('確認記録のデータ（dqc-record.json）が JSON として読めません');
  }
  if (!isObj(value)) return malformed('JSON オブジェクトではありません');
  if (value.record !== RECORD_VERSION) {
    if (value.record === undefined) return malformed('record がありません');
    return fail(
      `確認記録のデータの版（record: ${JSON.stringify(value.record).slice(0, 20)}）に対応していません（対応は ${RECORD_VERSION}）`,
    );
  }
  const wallet = isObj(value.result) && 'docType' in value.result;
  const problem = (wallet ? walletRecordProblem(value) : resultProblem(value.result)) ?? restProblem(value);
  return problem ? malformed(problem) : { ok: true, json: value as unknown as AnyRecordJson };
}
