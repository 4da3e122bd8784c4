// Token Status List (draft-ietf-oauth-status-list-20), CWT form, as profiled by PROFILE §5.
import { bytesEqual } from './bytes';
import type { CborValue } from './cbor/decode';
import { TYP_STATUS_LIST } from './cose/dqc-header';
import { sigStructure } from './cose/sign1';
import { inflateZlib } from './inflate';
import { type ReadFailure, readFailure, readSignedToken } from './signed-token';
import type { StatusList, StatusSigner, TrustList } from './types';

export const MAX_STATUS_LIST_TOKEN_BYTES = 1024 * 1024;
export const MAX_INFLATED_BYTES = 16 * 1024 * 1024;
const SEVEN_DAYS = 7 * 24 * 3600;
const CLAIM = { sub: 2, exp: 4, iat: 6, ttl: 65534, statusList: 65533 } as const;

export const STATUS = { VALID: 0, INVALID: 1, SUSPENDED: 2, DELETED: 3 } as const;

/**
 * A reading that failed on a rule although the signature verified with a covering status signer
 * still reports that `iat` (PROFILE §6 step 11 counts it for the clock check).
 */
export type StatusListReading = { ok: true; value: StatusList } | (ReadFailure & { verifiedIat?: number });

/** A status signer of the trust list covering `uri` (exact, case-sensitive prefix, PROFILE §4). */
export function statusSignersFor(trustList: TrustList, uri: string, kid?: Uint8Array): StatusSigner[] {
  return trustList.statusSigners.filter(
    (s) => (kid === undefined || bytesEqual(s.kid, kid)) && s.uris.some((prefix) => uri.startsWith(prefix)),
  );
}

/** The status list structure `{"bits", "lst"}`: returns the inflated entries (any of 1, 2, 4, 8 bits). */
export function readStatusListStructure(value: CborValue | undefined): { bits: number; entries: Uint8Array } {
  if (!(value instanceof Map) || ![...value.keys()].every((k) => typeof k === 'string')) {
    throw new Error('status list must be a map with text keys');
  }
  const bits = value.get('bits');
  const lst = value.get('lst');
  if (bits !== 1 && bits !== 2 && bits !== 4 && bits !== 8) throw new Error('bits must be 1, 2, 4 or 8');
  if (!(lst instanceof Uint8Array)) throw new Error('lst must be a bstr');
  return { bits, entries: inflateZlib(lst, MAX_INFLATED_BYTES) };
}

/** Entry `index` of a packed list, least significant bits first; undefined when out of range. */
export function statusAt(entries: Uint8Array, bits: number, index: number): number | undefined {
  const perByte = 8 / bits;
  const byte = entries[Math.floor(index / perByte)];
  if (byte === undefined || index < 0) return undefined;
  return (byte >> ((index % perByte) * bits)) & ((1 << bits) - 1);
}

interface Content {
  sub: string;
  iat: number;
  /** The first rule of §5 the content breaks, if any. */
  ruleError?: string;
  list?: Omit<StatusList, 'signerKid' | 'bytes'>;
}

/**
 * Verifies a status list token against the trust list's status signers (PROFILE §5).
 * Well-formedness is judged before authorisation, so a service can tell 400 from 403. Never throws.
 */
export async function readStatusList(bytes: Uint8Array, trustList: TrustList): Promise<StatusListReading> {
  const token = readSignedToken(bytes, TYP_STATUS_LIST, MAX_STATUS_LIST_TOKEN_BYTES);
  if (!token.ok) return token;
  const { sign1, header, claims } = token.value;
  const content = readContent(claims);
  if (typeof content === 'string') return readFailure('MALFORMED_CLAIMS', content);
  const signers = statusSignersFor(trustList, content.sub, header.kid);
  const data = sigStructure(sign1);
  const results = await Promise.all(signers.map((s) => s.key.handle.verify(sign1.signature, data)));
  const verified = results.includes(true);
  if (content.ruleError || !content.list) {
    const failure = readFailure('MALFORMED_CLAIMS', content.ruleError ?? 'bad status list');
    return verified ? { ...failure, verifiedIat: content.iat } : failure;
  }
  if (signers.length === 0)
    return readFailure('UNKNOWN_SIGNER', 'no status signer of the trust list covers this list');
  if (!verified) return readFailure('BAD_SIGNATURE', 'bad signature');
  return { ok: true, value: { ...content.list, signerKid: header.kid, bytes } };
}

/** Claims of §5. Returns an error text when `sub` or `iat` cannot be read at all. */
function readContent(claims: CborValue): Content | string {
  if (!(claims instanceof Map)) return 'payload is not a map';
  const sub = claims.get(CLAIM.sub);
  const iat = claims.get(CLAIM.iat);
  if (typeof sub !== 'string' || typeof iat !== 'number' || iat < 0) return 'bad sub or iat';
  const exp = claims.get(CLAIM.exp);
  const ttl = claims.get(CLAIM.ttl);
  if (typeof exp !== 'number' || exp < 0 || exp > iat + SEVEN_DAYS) return { sub, iat, ruleError: 'bad exp' };
  if (typeof ttl !== 'number' || ttl < 0) return { sub, iat, ruleError: 'bad ttl' };
  let structure: { bits: number; entries: Uint8Array };
  try {
    structure = readStatusListStructure(claims.get(CLAIM.statusList));
  } catch (e) {
    return { sub, iat, ruleError: (e as Error).message };
  }
  if (structure.bits !== 2) return { sub, iat, ruleError: 'bits must be 2' };
  return { sub, iat, list: { uri: sub, iat, exp, ttl, bits: 2, entries: structure.entries } };
}
