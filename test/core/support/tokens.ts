// Hand-built tokens for tests: COSE_Sign1 envelopes with any header, payload or tag, signed over
// the bytes as given (PROFILE §3), and small byte surgery on encoded CBOR maps.
import { concatBytes } from '../../../core/bytes';
import { type CborValue, Tagged } from '../../../core/cbor/decode';
import { type Encodable, encodeCbor } from '../../../core/cbor/encode';
import { TYP_CREDENTIAL } from '../../../core/cose/dqc-header';
import type { KeyPair } from '../../../issuer/folder/keys';
import { type CredentialInput, credentialClaims, credentialUrl } from '../../../issuer/issuing/credential';
import { signatureOver } from '../../../issuer/issuing/sign';
import { ORIGIN, sampleInput } from '../../helpers/world';

export interface RawToken {
  /** The protected header map, or its bytes as they should appear. Default {1: -7, 4: kid, 16: typ}. */
  header?: ReadonlyMap<number | string, Encodable> | Uint8Array;
  unprotected?: ReadonlyMap<number | string, Encodable>;
  /** Payload bytes; default the sample credential's claims. */
  payload?: Uint8Array;
  /** Cut or extend the signature to this many bytes after signing. */
  signatureLength?: number;
  envelope?: 'tag18' | 'untagged' | 'tag61';
}

export function defaultHeader(key: KeyPair, typ = TYP_CREDENTIAL): Map<number, Encodable> {
  return new Map<number, Encodable>([
    [1, -7],
    [4, key.kid],
    [16, typ],
  ]);
}

export function claimsBytes(overrides: Partial<CredentialInput> = {}): Uint8Array {
  return encodeCbor(credentialClaims(sampleInput(overrides)));
}

/** A COSE_Sign1 signed with `key` (ES256) over exactly the protected and payload bytes given. */
export async function rawToken(key: KeyPair, t: RawToken = {}): Promise<Uint8Array> {
  const header = t.header ?? defaultHeader(key);
  const protectedBytes = header instanceof Uint8Array ? header : encodeCbor(header);
  const payload = t.payload ?? claimsBytes();
  let signature = await signatureOver(key, protectedBytes, payload);
  if (t.signatureLength !== undefined) {
    const sized = new Uint8Array(t.signatureLength);
    sized.set(signature.subarray(0, t.signatureLength));
    signature = sized;
  }
  const body: Encodable[] = [protectedBytes, t.unprotected ?? new Map(), payload, signature];
  if (t.envelope === 'untagged') return encodeCbor(body);
  const tagged = new Tagged(18, body as CborValue[]);
  return encodeCbor(t.envelope === 'tag61' ? new Tagged(61, tagged) : tagged);
}

export const urlOf = (credential: Uint8Array): string => credentialUrl(ORIGIN, credential);

/**
 * Adds one raw entry to an encoded map of fewer than 23 entries (its head is one byte). The
 * bytes need not be valid CBOR: this is how floats and other forbidden items get into a token.
 */
export function appendEntry(map: Uint8Array, key: Uint8Array, value: Uint8Array): Uint8Array {
  const head = map[0] as number;
  if (head >> 5 !== 5 || (head & 31) >= 23) throw new Error('appendEntry needs a small map');
  return concatBytes(Uint8Array.of(head + 1), map.subarray(1), key, value);
}

/** Nested arrays `[[[...0...]]]` of the given depth (depth 0 = the integer 0). */
export function nestedArrays(depth: number): Uint8Array {
  const out = new Uint8Array(depth + 1).fill(0x81);
  out[depth] = 0;
  return out;
}

export const hex = (s: string): Uint8Array => Uint8Array.from(Buffer.from(s.replaceAll(' ', ''), 'hex'));
