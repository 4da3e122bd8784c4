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
  return {
    iss: claims.iss,
    iat: claims.iat,
    ...(claims.exp !== undefined && { exp: claims.exp }),
    cti: encodeBase64Url(claims.cti),
    status: { idx: claims.status.idx, uri: claims.status.uri },
    dqc,
    signer: signer.name,
  };
}

/** RFC 3339 UTC without fractional seconds, e.g. 2026-11-23T07:00:00Z. */
export function rfc3339(seconds: number): string {
  return new Date(seconds * 1000).toISOString().replace('.000Z', 'Z');
}
