// The envelope every signed list shares (PROFILE §4 trust list, §5 status list): a tagged
// COSE_Sign1 with §3's header rules, a required `typ`, ES256, and a strictly decoded claims map.
// One reader, one failure idiom: every reader of the core answers a Reading, never throws.
import { type CborValue, decodeCbor } from './cbor/decode';
import { checkDqcHeader, type DqcHeader } from './cose/dqc-header';
import { PAYLOAD, parseSign1, type Sign1 } from './cose/sign1';
import { ES256 } from './crypto/algorithms';
import type { ReasonCode } from './reasons';

/**
 * A reader's answer. On failure `code` says what kind: MALFORMED_COSE / UNSUPPORTED_ALG /
 * MALFORMED_CLAIMS (not well-formed), UNKNOWN_SIGNER / BAD_SIGNATURE (not authorised). The status
 * service answers 400 for the first kind and 403 for the second (PROFILE §7).
 */
export type Reading<T> = { ok: true; value: T } | ReadFailure;
export interface ReadFailure {
  ok: false;
  code: ReasonCode;
  error: string;
}

export const readFailure = (code: ReasonCode, error: string): ReadFailure => ({ ok: false, code, error });

export interface SignedToken {
  sign1: Sign1;
  header: DqcHeader;
  /** The payload, strictly decoded (PROFILE §6: no tags inside payloads). */
  claims: CborValue;
}

/** Size, envelope and header (MALFORMED_COSE), `alg` (UNSUPPORTED_ALG), payload (MALFORMED_CLAIMS). */
export function readSignedToken(bytes: Uint8Array, typ: string, maxBytes: number): Reading<SignedToken> {
  if (bytes.length > maxBytes) return readFailure('MALFORMED_COSE', 'token too large');
  let sign1: Sign1;
  let header: DqcHeader;
  try {
    sign1 = parseSign1(bytes);
    header = checkDqcHeader(sign1, typ, true);
  } catch (e) {
    return readFailure('MALFORMED_COSE', (e as Error).message);
  }
  if (header.alg !== ES256) return readFailure('UNSUPPORTED_ALG', 'unsupported alg');
  try {
    return { ok: true, value: { sign1, header, claims: decodeCbor(sign1.payload, PAYLOAD) } };
  } catch (e) {
    return readFailure('MALFORMED_CLAIMS', (e as Error).message);
  }
}
