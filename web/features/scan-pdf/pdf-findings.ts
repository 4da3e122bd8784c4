// What a scanned PDF says beyond its codes: text that differs from the signed data, a photo
// that does not match its signed digest, and how well each code will print.
import type { VerifyResult } from '../../../core/types';
import { type CheckedItem, mismatches, type TextRun } from './cross-check';
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
    // Labels on the code's own page first; a code on page 2 is checked against the whole text.
    const samePage = code ? (scan.pageText[code.page - 1] ?? []) : [];
    const items = mismatches(samePage.length > 0 ? samePage : scan.pageText.flat(), credential);
    const fallback = items.length === 0 && samePage.length > 0 ? [] : items;
    if (fallback.length > 0) out.push({ kind: 'mismatch', items: fallback });
    const photo = credential.dqc['10'];
    if (photo && !scan.jpegDigests.includes(photo)) out.push({ kind: 'photo' });
  }
  if (code?.quality) out.push({ kind: 'print', quality: code.quality });
  return out;
}
