// What a scanned PDF says beyond its codes: text that differs from the signed data, a photo
// that does not match its signed digest, and how well each code will print.
import type { VerifyResult } from '../../../core/types';
import { type CheckedItem, mismatches, type TextRun, visibleItems } from './cross-check';
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

/** Findings for one verified code. The signed data stays what is shown. */
export function findingsFor(scan: PdfCodes, text: string, result: VerifyResult): PdfFinding[] {
  const code = scan.codes.find((c) => c.text === text);
  const out: PdfFinding[] = [];
  const credential = result.credential;
  if (credential) {
    const items = code ? mismatches(textOf(scan, code.page), credential) : [];
    if (items.length > 0) out.push({ kind: 'mismatch', items });
    const photo = credential.dqc['10'];
    if (photo && !scan.jpegDigests.includes(photo)) out.push({ kind: 'photo' });
  }
  if (code?.quality) out.push({ kind: 'print', quality: code.quality });
  return out;
}

/**
 * The text a code on `page` is compared with: its own page's labelled rows, or, when that page
 * has none (the layout with the code on the back), the nearest page before it that has some and
 * no code of its own. A PDF of several certificates never compares one person's code with
 * another's text; a page with no text at all (a scan) is not compared.
 */
function textOf(scan: PdfCodes, page: number): TextRun[] {
  const labelled = (runs: TextRun[] | undefined) => Object.keys(visibleItems(runs ?? [])).length > 0;
  const own = scan.pageText[page - 1];
  if (own && labelled(own)) return own;
  for (let p = page - 1; p >= 1; p--) {
    const runs = scan.pageText[p - 1];
    if (!runs || !labelled(runs)) continue;
    return scan.codes.some((c) => c.page === p) ? [] : runs;
  }
  return [];
}
