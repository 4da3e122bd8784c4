// The `credential` member of a result (PROFILE §6): `dqc` keys as decimal strings, byte strings
// as unpadded base64url, times as in the token.
import { encodeBase64Url } from './bytes';
import type { Claims } from './claims';
import type { CredentialItems, CredentialView, Signer } from './types';

export function credentialView(claims: Claims, signer: Signer): CredentialView {
  const d = claims.dqc;
  const dqc: CredentialItems = {
    '1': d.code,
    '2': d.qualificationName,
    '3': d.holderName,
    '4': d.birthDate,
    '5': d.registrationNumber,
    '6': d.registrationDate,
    '7': d.issuingBody,
  };
  if (d.grantDate !== undefined) dqc['8'] = d.grantDate;
  if (d.otherItems !== undefined) dqc['9'] = Object.fromEntries(d.otherItems);
  if (d.photoDigest !== undefined) dqc['10'] = encodeBase64Url(d.photoDigest);
  if (d.holderNameKana !== undefined) dqc['11'] = d.holderNameKana;
  const view: CredentialView = {
    iss: claims.iss,
    iat: claims.iat,
    cti: encodeBase64Url(claims.cti),
    status: { idx: claims.status.idx, uri: claims.status.uri },
    dqc,
    signer: signer.name,
  };
  if (claims.exp !== undefined) view.exp = claims.exp;
  return view;
}

const pad2 = (n: number) => (n < 10 ? `0${n}` : `${n}`);

/**
 * RFC 3339 UTC without fractional seconds, e.g. 2026-11-23T07:00:00Z, for any uint of seconds.
 * Worked out by arithmetic (the civil-from-days algorithm of H. Hinnant's "chrono-compatible
 * low-level date algorithms"): a Date refuses times past year 275760 (a signed token may carry
 * one) and costs a microsecond per call on every verification. RFC 3339 ends at year 9999: later
 * years take ISO 8601's expanded form, as Date#toISOString writes them (+010000-01-01…).
 */
export function rfc3339(seconds: number): string {
  const days = Math.floor(seconds / 86400);
  const rest = seconds - days * 86400;
  const z = days + 719468; // days since 0000-03-01
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  const year = yoe + era * 400 + (month <= 2 ? 1 : 0);
  const hh = Math.floor(rest / 3600);
  const mm = Math.floor((rest % 3600) / 60);
  const yyyy = year <= 9999 ? String(year).padStart(4, '0') : `+${String(year).padStart(6, '0')}`;
  return `${yyyy}-${pad2(month)}-${pad2(day)}T${pad2(hh)}:${pad2(mm)}:${pad2(rest % 60)}Z`;
}
