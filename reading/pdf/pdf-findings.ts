// What a scanned PDF says beyond its codes: text that differs from the signed data, a photo
// that does not match its signed digest, and how well each code will print.
import type { VerifyResult } from '../../core/types';
import { CHECKED_ITEMS, type CheckedItem, mismatches, type TextRun, visibleItems } from './cross-check';
import type { PrintQuality } from './print-quality';

export type PdfFinding =
  | { kind: 'mismatch'; items: CheckedItem[] }
  | { kind: 'photo' }
  | { kind: 'print'; quality: PrintQuality };

export interface PdfCodes {
  codes: { text: string; page: number; quality: PrintQuality | null }[];
  pageText: TextRun[][];
  /** base64url SHA-256 of every embedded JPEG stream. */
  jpegDigests: string[];
}

/**
 * Findings for one verified code, from every page that carries it. The signed data stays what
 * is shown.
 */
export function findingsFor(scan: PdfCodes, text: string, result: VerifyResult): PdfFinding[] {
  const found = scan.codes.filter((c) => c.text === text);
  const out: PdfFinding[] = [];
  const credential = result.credential;
  if (credential) {
    const mismatched = new Set(found.flatMap((c) => mismatches(textOf(scan, c.page), credential)));
    const items = CHECKED_ITEMS.filter((item) => mismatched.has(item));
    if (items.length > 0) out.push({ kind: 'mismatch', items });
    // A scan (no text layer) holds the photo inside the page image, never as the signed JPEG:
    // only a PDF with text is one the photo check can speak about.
    const photo = credential.dqc['10'];
    const hasText = scan.pageText.some((runs) => runs.length > 0);
    if (photo && hasText && !scan.jpegDigests.includes(photo)) out.push({ kind: 'photo' });
  }
  const quality = found.find((c) => c.quality)?.quality;
  if (quality) out.push({ kind: 'print', quality });
  return out;
}

/**
 * The text a code on `page` is compared with: its own page's labelled rows, or, when that page
 * has none (the layout with the code on the back), the labelled page just before it, provided
 * no code stands between them or on it. A PDF of several certificates never compares one
 * person's code with another's text; a page with no text at all (a scan) is not compared.
 */
function textOf(scan: PdfCodes, page: number): TextRun[] {
  const labelled = (runs: TextRun[] | undefined) => Object.keys(visibleItems(runs ?? [])).length > 0;
  const own = scan.pageText[page - 1];
  if (own && labelled(own)) return own;
  for (let p = page - 1; p >= 1; p--) {
    if (scan.codes.some((c) => c.page === p)) return [];
    const runs = scan.pageText[p - 1];
    if (runs && labelled(runs)) return runs;
  }
  return [];
}
