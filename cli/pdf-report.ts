// The CLI's JSON result: PROFILE §6's shape, plus `source`, and a `pdf` member for codes read from a PDF
// (what the verifier adds beyond the profile: doctored text, photo, print quality).
import type { VerifyResult } from '../core/types';
import type { PdfFinding } from '../reading/pdf/pdf-findings';
import type { PrintQuality } from '../reading/pdf/print-quality';

export interface PdfReport {
  source: string;
  /** Items whose visible text differs from the signed data, e.g. ["氏名"]. */
  mismatch: string[];
  photoMismatch: boolean;
  printQuality?: PrintQuality;
}

/** `source`: where the code came from (a file, `file p.2`, `stdin:3`, or `URL` for an argument). */
export type CliResult = VerifyResult & { pdf?: PdfReport; source?: string };

export function pdfReport(source: string, findings: PdfFinding[]): PdfReport {
  const report: PdfReport = { source, mismatch: [], photoMismatch: false };
  for (const f of findings) {
    if (f.kind === 'mismatch') report.mismatch = f.items;
    else if (f.kind === 'photo') report.photoMismatch = true;
    else report.printQuality = f.quality;
  }
  return report;
}
