// The holder's print check of a PDF's code, below the items and folded: whether the code will
// still scan once printed, in plain words (dots and margins, not 「モジュール」). Never on the
// printed record (styles.css), never for a certificate not worth printing (pdf-report.ts).
import { MIN_CONTRAST, MIN_MODULE_MM, MIN_QUIET_ZONE } from '../../../reading/pdf/print-quality';
import { useLang } from '../../app/lang';
import { type PdfReport, printAdviceShown } from './pdf-report';

export function PrintAdvice({ pdf }: { pdf: PdfReport | undefined }) {
  const { t } = useLang();
  const q = printAdviceShown(pdf);
  if (!q) return null;
  const mark = (ok: boolean) => (ok ? '✓' : '⚠');
  return (
    <details class="print-quality">
      <summary>
        {t.printQuality}: {q.ok ? '✓' : '⚠'}
      </summary>
      <p>{q.ok ? t.printOk : t.printNotOk}</p>
      <ul>
        <li>
          {mark(q.moduleMm >= MIN_MODULE_MM)} {t.printModule(q.moduleMm.toFixed(2), MIN_MODULE_MM)}
        </li>
        <li>
          {mark(q.quietZoneModules >= MIN_QUIET_ZONE)} {t.printQuiet(q.quietZoneModules, MIN_QUIET_ZONE)}
        </li>
        <li>
          {mark(q.contrast >= MIN_CONTRAST)} {t.printContrast(Math.round(q.contrast * 100))}
        </li>
      </ul>
    </details>
  );
}
