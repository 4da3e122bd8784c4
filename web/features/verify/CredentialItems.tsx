// ①–⑨ of the verified registration data (shown only when the signature verified).
import { QUALIFICATION_EN } from '../../../core/qualifications';
import type { CredentialView } from '../../../core/types';
import { useLang } from '../../app/lang';
import { formatTokenTime } from './format-time';

const ymd = (date: string) => date.replaceAll('-', '/');

export function CredentialItems({ credential }: { credential: CredentialView }) {
  const { t, lang } = useLang();
  const d = credential.dqc;
  const english = lang === 'en' && d['1'] <= 84 ? QUALIFICATION_EN[d['1'] - 1] : undefined;
  const rows: [string, string][] = [
    [t.itemQualification, english ? `${d['2']} (${english})` : d['2']],
    [t.itemName, d['3']],
  ];
  if (d['11']) rows.push([t.itemKana, d['11']]);
  rows.push(
    [t.itemBirth, ymd(d['4'])],
    [t.itemNumber, t.registrationNumber(d['5'])],
    [t.itemRegDate, ymd(d['6'])],
    [t.itemIssuedAt, formatTokenTime(credential.iat, lang)],
  );
  if (d['8']) rows.push([t.itemGrantDate, ymd(d['8'])]);
  rows.push([t.itemBody, d['7']]);
  if (d['10']) rows.push([t.itemPhoto, t.itemPhotoSigned]);
  rows.push([t.verifiedIssuer, credential.signer]);
  const other = Object.entries(d['9'] ?? {});
  return (
    <section aria-labelledby="items-title" class="items">
      <h2 id="items-title">{t.itemsTitle}</h2>
      <dl>
        {rows.map(([label, value]) => (
          <div class="item" key={label}>
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      {other.length > 0 && (
        <>
          <h3>{t.itemOther}</h3>
          <dl>
            {other.map(([label, value]) => (
              <div class="item" key={label}>
                <dt>{label}</dt>
                <dd>{value}</dd>
              </div>
            ))}
          </dl>
        </>
      )}
    </section>
  );
}
