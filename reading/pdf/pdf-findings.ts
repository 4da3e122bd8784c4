// What a PDF says beyond its codes, per verified code: the document check of PROFILE §6.1 (the
// printed text and photo against the signed data: document-check.ts) and, separately and outside
// §6.1, how well the code will print (print-quality.ts).
//
// Which text a code is compared with. §6.1 searches "the PDF's text layer on the page that holds
// the code". A code found on several pages (a genuine page and an edited copy of it) is compared
// with each. A page without a text layer is a scan: only the photo is compared. One reading of
// ours (an interpretation of "the page that holds the code"): a certificate whose code is printed
// on its back page (our issuer's `二次元コード（裏面）` layout) has its items on the front, so a
// code on a page that has text but no label of the five is compared with the nearest earlier page
// that prints them — provided no code stands between them or on it. A PDF of several
// certificates thus never compares one person's code with another's page.
import type { VerifyResult } from '../../core/types';
import { documentResult } from './document-check';
import type { DocumentResult } from './document-result';
import { printedRows } from './label-rows';
import type { PrintQuality } from './print-quality';
import type { TextRun } from './text-lines';

export type PdfFinding =
  | { kind: 'document'; document: DocumentResult }
  | { kind: 'print'; quality: PrintQuality };

export interface PdfCodes {
  codes: { text: string; page: number; quality: PrintQuality | null }[];
  pageText: TextRun[][];
  /** base64url SHA-256 of every embedded JPEG stream. */
  jpegDigests: string[];
}

const labelled = (runs: readonly TextRun[] | undefined) => runs !== undefined && printedRows(runs).length > 0;

/** The text layer a code on `page` is compared with ([] for a scan). */
export function comparedText(scan: PdfCodes, page: number): readonly TextRun[] {
  const own = scan.pageText[page - 1] ?? [];
  if (own.length === 0 || labelled(own)) return own;
  for (let p = page - 1; p >= 1; p--) {
    if (scan.codes.some((c) => c.page === p)) break;
    if (labelled(scan.pageText[p - 1])) return scan.pageText[p - 1] as TextRun[];
  }
  return own;
}

/**
 * Findings for one verified code, from every page that carries it: always the §6.1 document
 * result first, then the print quality when the code was read from an image of one QR symbol.
 */
export function findingsFor(scan: PdfCodes, text: string, result: VerifyResult): PdfFinding[] {
  const found = scan.codes.filter((c) => c.text === text);
  const pages = found.map((c) => comparedText(scan, c.page));
  const out: PdfFinding[] = [{ kind: 'document', document: documentResult(result, pages, scan.jpegDigests) }];
  const quality = found.find((c) => c.quality)?.quality;
  if (quality) out.push({ kind: 'print', quality });
  return out;
}

/** The §6.1 document result among a code's findings. */
export function documentOf(findings: readonly PdfFinding[]): DocumentResult | undefined {
  for (const f of findings) if (f.kind === 'document') return f.document;
  return undefined;
}
