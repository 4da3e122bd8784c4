// Building a credential (PROFILE §3) and its QR URL (PROFILE §2).
import { encodeBase64Url } from '../../core/bytes';
import type { Encodable } from '../../core/cbor/encode';
import { CLAIM, type DqcItems, type StatusRef } from '../../core/claims';
import { TYP_CREDENTIAL } from '../../core/cose/dqc-header';
import type { KeyPair } from '../folder/keys';
import { type SignOptions, sign1Size, signSign1 } from './sign';

/** The §3 items (core/claims.ts) and the envelope; `otherItems` (9) as label → value. */
export interface CredentialInput extends Omit<DqcItems, 'otherItems'> {
  iss: string;
  iat: number;
  exp?: number;
  cti: Uint8Array;
  status: StatusRef;
  otherItems?: Record<string, string>;
}

export function credentialClaims(input: CredentialInput): Map<number, Encodable> {
  const dqc = new Map<number, Encodable>([
    [1, input.code],
    [2, input.qualificationName],
    [3, input.holderName],
    [4, input.birthDate],
    [5, input.registrationNumber],
    [6, input.registrationDate],
    [7, input.issuingBody],
  ]);
  if (input.grantDate) dqc.set(8, input.grantDate);
  if (input.otherItems && Object.keys(input.otherItems).length > 0) {
    dqc.set(9, new Map(Object.entries(input.otherItems)));
  }
  if (input.photoDigest) dqc.set(10, input.photoDigest);
  if (input.holderNameKana) dqc.set(11, input.holderNameKana);
  const claims = new Map<number, Encodable>([
    [CLAIM.iss, input.iss],
    [CLAIM.iat, input.iat],
    [CLAIM.cti, input.cti],
    [CLAIM.status, { status_list: { idx: input.status.idx, uri: input.status.uri } }],
    [CLAIM.dqc, dqc],
  ]);
  if (input.exp !== undefined) claims.set(CLAIM.exp, input.exp);
  return claims;
}

export async function signCredential(
  input: CredentialInput,
  key: KeyPair,
  options: SignOptions = {},
): Promise<Uint8Array> {
  return signSign1(credentialClaims(input), key, { typ: TYP_CREDENTIAL, ...options });
}

/** The credential's size in bytes once signed, worked out before signing (PROFILE §2 limits). */
export function credentialSize(input: CredentialInput, kid: Uint8Array): number {
  return sign1Size(credentialClaims(input), kid, TYP_CREDENTIAL);
}

/** `<origin>/w/?c=<base64url without padding>` (PROFILE §2). */
export function credentialUrl(origin: string, credential: Uint8Array): string {
  return `${origin}/w/?c=${encodeBase64Url(credential)}`;
}
