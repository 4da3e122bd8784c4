// What a PDF adds to a verified code (PROFILE §6.1): the document's verdict beside the
// credential's, each compared item and what the PDF prints where it differs (the reading engine's
// DocumentResult, reading/pdf/pdf-findings.ts), and the print quality (the holder's advice).
import type { VerifyResult } from '../../../core/types';
import { DOCUMENT_ITEMS, type DocumentItem, type DocumentResult } from '../../../reading/pdf/document-result';
import { documentOf, type PdfFinding } from '../../../reading/pdf/pdf-findings';
import type { PrintQuality } from '../../../reading/pdf/print-quality';

export interface PdfReport {
  document: DocumentResult;
  print?: PrintQuality;
}

/** The findings of one code as the screen uses them; a PDF always carries its document result. */
export function pdfReportOf(findings: readonly PdfFinding[], result: VerifyResult): PdfReport {
  const print = findings.find(
    (f): f is Extract<PdfFinding, { kind: 'print' }> => f.kind === 'print',
  )?.quality;
  const document: DocumentResult = documentOf(findings) ?? {
    // Not expected (the engine always gives one): then the credential's answer, nothing compared.
    verdict: result.verdict,
    reasons: [...result.reasons],
    items: Object.fromEntries(DOCUMENT_ITEMS.map((i) => [i, 'unchecked'])) as DocumentResult['items'],
  };
  return print ? { document, print } : { document };
}

/** The verdict a person is shown: the document's for a code read from a PDF (§6.1), else the
 * credential's. A doctored PDF is therefore never a green 有効です. */
export function shownVerdict(
  result: VerifyResult,
  pdf: PdfReport | undefined,
): Pick<VerifyResult, 'verdict' | 'reasons'> {
  return pdf ? pdf.document : result;
}

/** Items of the document that differ, in the card's order. */
export const differingItems = (pdf: PdfReport | undefined): DocumentItem[] =>
  pdf ? DOCUMENT_ITEMS.filter((item) => pdf.document.items[item] === 'differs') : [];

/** The print advice is for a holder about to print a certificate worth printing: never on an
 * invalid one, nor on a PDF whose text or photo was altered (its document verdict is invalid). */
export const printAdviceShown = (pdf: PdfReport | undefined): PrintQuality | undefined =>
  pdf?.print && pdf.document.verdict !== 'invalid' ? pdf.print : undefined;
