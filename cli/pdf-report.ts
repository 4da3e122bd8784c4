// The CLI's JSON result: PROFILE §6's shape plus `source`, and for a code read from a PDF the
// §6.1 `document` member (the printed text and photo against the signed data) and a `pdf`
// member with what the verifier adds beyond the profile (where the code was read, how well it
// will print). The exit code follows `document` when there is one (§6.1).
import type { VerifyResult } from '../core/types';
import type { DocumentResult } from '../reading/pdf/document-result';
import type { PdfFinding } from '../reading/pdf/pdf-findings';
import type { PrintQuality } from '../reading/pdf/print-quality';

export interface PdfReport {
  source: string;
  printQuality?: PrintQuality;
}

/** `source`: where the code came from (a file, `file p.2`, `stdin:3`, or `URL` for an argument). */
export type CliResult = VerifyResult & { document?: DocumentResult; pdf?: PdfReport; source?: string };

/** The result of a code read from a PDF, with its findings in place. */
export function withPdfFindings(
  result: VerifyResult,
  source: string,
  findings: readonly PdfFinding[],
): CliResult {
  const out: CliResult = { ...result };
  const pdf: PdfReport = { source };
  for (const f of findings) {
    if (f.kind === 'document') out.document = f.document;
    else pdf.printQuality = f.quality;
  }
  out.pdf = pdf;
  return out;
}

/** What decides the exit code and the headline: the document's verdict for a PDF (§6.1), else the credential's. */
export const shownVerdict = (result: CliResult): Pick<VerifyResult, 'verdict' | 'reasons'> =>
  result.document ?? result;
