// The verified registration data (shown only when the signature verified), in the certificate's
// own order: ①–⑤, ⑦, ⑧, ⑨ as 登録事項; then what is about the certificate itself — 発行日 (a date),
// 交付日, the verified issuer — and, once, why there is no ⑥ (it is the QR code itself, PROFILE §3).
// Every value is clipped to its own cell: a name of one letter and 63 combining marks (which
// PROFILE allows) stays inside its row instead of painting over its neighbours; it stays text,
// selectable and copyable.
import { QUALIFICATION_EN } from '../../../core/qualifications';
import type { CredentialView } from '../../../core/types';
import { useLang } from '../../app/lang';
import { formatDate, formatTokenDate } from './format-time';
import type { PdfReport } from './pdf-report';

type Rows = [string, string, string?][];

function ItemList({ rows }: { rows: Rows }) {
  return (
    <dl>
      {rows.map(([label, value, testId]) => (
        <div class="item" key={label}>
          <dt>{label}</dt>
          <dd data-testid={testId}>
            <span class="value">{value}</span>
          </dd>
        </div>
      ))}
    </dl>
  );
}

export function CredentialItems({
  credential,
  pdf,
  fromQr = true,
}: {
  credential: CredentialView;
  pdf: PdfReport | undefined;
  /** The items came from a QR code (⑥ is the code itself); false for a wallet's (PROFILE §8). */
  fromQr?: boolean;
}) {
  const { t, lang } = useLang();
  const d = credential.dqc;
  const english =
    lang !== 'ja' && lang !== 'ja-x-easy' && d['1'] <= 84 ? QUALIFICATION_EN[d['1'] - 1] : undefined;
  const photo = pdf?.document.items.写真;
  const rows: Rows = [
    [t.itemQualification, english ? `${d['2']} (${english})` : d['2'], 'item-qualification'],
    [t.itemName, d['3'], 'item-name'],
  ];
  if (d['11']) rows.push([t.itemKana, d['11']]);
  rows.push(
    [t.itemBirth, formatDate(d['4'], lang)],
    [t.itemNumber, t.registrationNumber(d['5'])],
    [t.itemRegDate, formatDate(d['6'], lang)],
    [t.itemBody, d['7']],
  );
  if (d['10'])
    rows.push([
      t.itemPhoto,
      photo === 'matches' ? t.photoMatches : photo === 'differs' ? t.photoDiffers : t.photoSigned,
    ]);
  const other: Rows = Object.entries(d['9'] ?? {}).map(([label, value]) => [label, value]);
  const about: Rows = [[t.itemIssuedAt, formatTokenDate(credential.iat, lang)]];
  if (d['8']) about.push([t.itemGrantDate, formatDate(d['8'], lang)]);
  about.push([t.verifiedIssuer, credential.signer]);
  return (
    <>
      <section aria-labelledby="items-title" class="items">
        <h2 id="items-title">{t.itemsTitle}</h2>
        <ItemList rows={rows} />
        {other.length > 0 && (
          <>
            <h3>{t.itemOther}</h3>
            <ItemList rows={other} />
          </>
        )}
      </section>
      <section aria-labelledby="about-title" class="about">
        <h2 id="about-title">{t.aboutTitle}</h2>
        <ItemList rows={about} />
        {fromQr && <p class="hint">{t.noItemSix}</p>}
      </section>
    </>
  );
}
