// Which PDF findings a result shows. The print-quality box is advice for a holder about to print
// their certificate: on a revoked, tampered or otherwise invalid one, or on a PDF whose text or
// photo was altered, "it should scan when printed" would read as encouragement to use it.
import type { Verdict } from '../../../core/reasons';
import type { PdfFinding } from '../../../reading/pdf/pdf-findings';

export function shownFindings(findings: PdfFinding[], verdict: Verdict): PdfFinding[] {
  const altered = findings.some((f) => f.kind === 'mismatch' || f.kind === 'photo');
  return findings.filter((f) => f.kind !== 'print' || (verdict !== 'invalid' && !altered));
}
