// A dqc §8.6 result as the result screen's pieces take it: the signed items as a CredentialView
// (the same item list as a QR's, PROFILE §8.1 (ii) elements ↔ §3 items; the issue date is the MSO
// `signed`, the verified issuer the IACA's name). The check rows are core/mdoc/check-rows.ts.
import { DQC_NAMESPACE } from '../../../core/mdoc/doctypes';
import type { ElementValue, WalletResult } from '../../../core/mdoc/types';
import type { CredentialView } from '../../../core/types';

const text = (v: ElementValue | undefined) => (typeof v === 'string' ? v : undefined);

/** The certificate's items when steps 8 and 9 passed (`mdoc` present) and the required ones are there. */
export function walletCredential(result: WalletResult): CredentialView | undefined {
  const m = result.mdoc;
  const e = m?.elements[DQC_NAMESPACE];
  if (!m || !e) return undefined;
  const code = e.qualification_code;
  const [name, qual, birth, number, regDate, body] = [
    e.name,
    e.qualification_name,
    e.birth_date,
    e.registration_number,
    e.registration_date,
    e.issuing_body,
  ].map(text);
  if (typeof code !== 'number' || !name || !qual || !birth || !number || !regDate || !body) return undefined;
  const dqc: CredentialView['dqc'] = {
    '1': code,
    '2': qual,
    '3': name,
    '4': birth,
    '5': number,
    '6': regDate,
    '7': body,
  };
  const grant = text(e.grant_date);
  if (grant) dqc['8'] = grant;
  const kana = text(e.name_kana);
  if (kana) dqc['11'] = kana;
  const other = e.other_items;
  if (other && typeof other === 'object' && !Array.isArray(other))
    dqc['9'] = Object.fromEntries(
      Object.entries(other).filter((kv): kv is [string, string] => typeof kv[1] === 'string'),
    );
  return {
    iss: m.issuer,
    iat: Math.floor(Date.parse(m.signed) / 1000),
    exp: Math.floor(Date.parse(m.validUntil) / 1000),
    cti: '',
    status: m.status ?? { idx: 0, uri: '' },
    dqc,
    signer: m.issuer,
  };
}
