// What a PDF adds to a result: a prominent warning when its visible text or photo does not match
// the signed data, and the holder's print-quality check (only where printing makes sense, and
// never on the printed record: see styles.css).
import type { Verdict } from '../../../core/reasons';
import type { Catalogue } from '../../../i18n/ja';
import type { CheckedItem } from '../../../reading/pdf/cross-check';
import type { PdfFinding } from '../../../reading/pdf/pdf-findings';
import { MIN_CONTRAST, MIN_MODULE_MM, MIN_QUIET_ZONE } from '../../../reading/pdf/print-quality';
import { useLang } from '../../app/lang';
import { shownFindings } from './shown-findings';

/** The card's own label of each compared item in the reader's language (its ①–⑦ number left off). */
const ITEM_LABEL = {
  資格名称: 'itemQualification',
  氏名: 'itemName',
  生年月日: 'itemBirth',
  登録番号: 'itemNumber',
  交付機関: 'itemBody',
} as const satisfies Record<CheckedItem, keyof Catalogue>;

export function Findings({ findings, verdict }: { findings: PdfFinding[]; verdict: Verdict }) {
  const { t, lang } = useLang();
  const sep = lang === 'ja' ? '、' : ', ';
  return (
    <>
      {shownFindings(findings, verdict).map((f) => {
        if (f.kind === 'mismatch') {
          return (
            <p key="mismatch" class="warning" role="alert" data-testid="pdf-mismatch">
              ⚠{' '}
              {t.pdfMismatch(f.items.map((item) => t[ITEM_LABEL[item]].replace(/^[①-⑳]\s*/u, '')).join(sep))}
            </p>
          );
        }
        if (f.kind === 'photo') {
          return (
            <p key="photo" class="warning" role="alert">
              ⚠ {t.pdfPhotoMismatch}
            </p>
          );
        }
        const q = f.quality;
        const mark = (ok: boolean) => (ok ? '✓' : '⚠');
        return (
          <section key="print" class="print-quality" aria-label={t.printQuality}>
            <h2>{t.printQuality}</h2>
            <ul>
              <li>
                {mark(q.moduleMm >= MIN_MODULE_MM)} {t.printModule(q.moduleMm.toFixed(2), MIN_MODULE_MM)}
              </li>
              <li>
                {mark(q.quietZoneModules >= MIN_QUIET_ZONE)}{' '}
                {t.printQuiet(q.quietZoneModules, MIN_QUIET_ZONE)}
              </li>
              <li>
                {mark(q.contrast >= MIN_CONTRAST)} {t.printContrast(Math.round(q.contrast * 100))}
              </li>
            </ul>
            <p>{q.ok ? t.printOk : t.printNotOk}</p>
          </section>
        );
      })}
    </>
  );
}
