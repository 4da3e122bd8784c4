// A record PDF in, PROFILE §9's answer out: the embedded JSON (bounded, parsed), the page's text
// layer (read by the runtime's pdf.js, handed in), then the re-check. Whatever the file is — not a
// PDF, a certificate, a record with broken JSON — the answer is a RecordCheck, never a throw.
import type { AnchorKey } from '../core/trust-list';
import type { TextRun } from '../reading/pdf/text-lines';
import { EMBEDDED_PROBLEMS, embeddedRecordJson } from './embedded-file';
import { type RecordCheck, recheckRecord, unreadable } from './recheck';
import type { AnyRecordJson } from './record-json';
import { parseRecordJson } from './record-parse';

/** The text runs of every page (the runtime's pdf.js); may throw on a PDF it cannot read. */
export type PageTextReader = (pdf: Uint8Array) => Promise<TextRun[][]>;

export interface RecordPdfCheck {
  check: RecordCheck;
  /** The record's JSON, when it could be read (for a re-check with current data). */
  json?: AnyRecordJson;
}

export async function checkRecordPdf(
  pdf: Uint8Array,
  readPages: PageTextReader,
  anchor: AnchorKey | null,
): Promise<RecordPdfCheck> {
  const embedded = await embeddedRecordJson(pdf);
  if (!embedded.ok) return { check: unreadable(EMBEDDED_PROBLEMS[embedded.problem]) };
  const parsed = parseRecordJson(embedded.bytes);
  if (!parsed.ok) return { check: unreadable(parsed.problem) };
  let pages: TextRun[][];
  try {
    pages = await readPages(pdf);
  } catch {
    const check = { ...unreadable('確認記録のページを読めません'), recorded: parsed.json.result };
    return { check, json: parsed.json };
  }
  return { check: await recheckRecord(parsed.json, pages, anchor), json: parsed.json };
}
