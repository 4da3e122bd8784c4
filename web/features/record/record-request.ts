// From a result on screen to the record's JSON (PROFILE §9): the §6 result the person saw (with
// §6.1's `document` for a code read from a PDF), the evidence the verification itself used
// (verify-service.ts captures it: the text as read, the trust list, the deciding status list),
// the app that checked, and what the employer typed. Pure, so it is tested without a browser.

import { recordEvidence } from '../../../record/evidence';
import type { RecordApp, RecordedResult, RecordJson } from '../../../record/record-json';
import { makeRecordJson } from '../../../record/record-json';
import type { Outcome } from '../verify/verify-service';

/** What the employer fills in (each text ≤ 200 characters; retention ≤ 40). */
export interface RecordForm {
  checker: string;
  office: string;
  note: string;
  /** No birth date, name or evidence: for employers who must not keep birth dates. */
  minimal: boolean;
  /** The employer's retention period (「5年」); printed as one sentence. */
  retention: string;
}

export const EMPTY_FORM: RecordForm = { checker: '', office: '', note: '', minimal: false, retention: '' };

/** The §6 result as recorded: the verification's own members, and `document` for a PDF. */
export function recordedResult(outcome: Pick<Outcome, 'result' | 'pdf'>): RecordedResult {
  const { verdict, reasons, checks, credential, statusCheckedAt, trustListSeq } = outcome.result;
  const out: RecordedResult = { verdict, reasons, checks, trustListSeq };
  if (credential) out.credential = credential;
  if (statusCheckedAt !== undefined) out.statusCheckedAt = statusCheckedAt;
  if (outcome.pdf) out.document = outcome.pdf.document;
  return out;
}

export function recordJsonFor(
  outcome: Pick<Outcome, 'result' | 'pdf' | 'evidence'>,
  form: RecordForm,
  app: RecordApp,
): RecordJson {
  return makeRecordJson({
    checkedAt: outcome.evidence.now,
    result: recordedResult(outcome),
    evidence: recordEvidence(outcome.evidence, outcome.result),
    minimal: form.minimal,
    app,
    operator: { checker: form.checker, office: form.office, note: form.note },
  });
}

const pad2 = (n: number) => String(n).padStart(2, '0');

/** 確認記録_20261207_101530.pdf (Japan time of the check; never the holder's name). */
export function recordFileName(checkedAtSeconds: number, index = 0): string {
  const d = new Date((checkedAtSeconds + 9 * 3600) * 1000);
  const day = `${d.getUTCFullYear()}${pad2(d.getUTCMonth() + 1)}${pad2(d.getUTCDate())}`;
  const time = `${pad2(d.getUTCHours())}${pad2(d.getUTCMinutes())}${pad2(d.getUTCSeconds())}`;
  return `確認記録_${day}_${time}${index > 0 ? `_${index + 1}` : ''}.pdf`;
}
