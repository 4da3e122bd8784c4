// PROFILE §6.1: where a PDF's printed details or photo differ from the signed data, each item is
// shown twice — what the PDF prints, and the correct content from the signed data — so nobody
// takes the PDF's version for the truth. The signed items themselves are listed below as usual.
import type { CredentialView } from '../../../core/types';
import type { DocumentItem } from '../../../reading/pdf/document-result';
import { useLang } from '../../app/lang';
import { formatDate } from './format-time';
import { differingItems, type PdfReport } from './pdf-report';

const LABEL = {
  資格名称: 'itemQualification',
  氏名: 'itemName',
  生年月日: 'itemBirth',
  登録番号: 'itemNumber',
  交付機関: 'itemBody',
  写真: 'itemPhoto',
} as const satisfies Record<DocumentItem, string>;

export function DocumentDiff({
  pdf,
  credential,
}: {
  pdf: PdfReport;
  credential: CredentialView | undefined;
}) {
  const { t, lang } = useLang();
  const items = differingItems(pdf);
  if (items.length === 0 || !credential) return null;
  const d = credential.dqc;
  const signed: Record<Exclude<DocumentItem, '写真'>, string> = {
    資格名称: d['2'],
    氏名: d['3'],
    生年月日: formatDate(d['4'], lang),
    登録番号: t.registrationNumber(d['5']),
    交付機関: d['7'],
  };
  return (
    <section class="document-diff" aria-labelledby="document-diff-title" data-testid="pdf-mismatch">
      <h2 id="document-diff-title">{t.documentTitle}</h2>
      <ul>
        {items.map((item) => (
          <li key={item} data-item={item}>
            <p class="diff-label">{t[LABEL[item]]}</p>
            {item === '写真' ? (
              <p class="diff-printed">{t.photoDiffers}</p>
            ) : (
              <>
                <p class="diff-printed">
                  {t.pdfPrinted}
                  {t.colon}
                  <span class="value">{pdf.document.printed?.[item] ?? t.pdfPrintedUnknown}</span>
                </p>
                <p class="diff-signed">
                  {t.pdfSigned}
                  {t.colon}
                  <span class="value">{signed[item]}</span>
                </p>
              </>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
