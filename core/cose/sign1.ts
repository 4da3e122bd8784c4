// COSE_Sign1 (RFC 9052 §4.2) structure and Sig_structure (RFC 9052 §4.4). Nothing is
// re-encoded: the protected header and payload are signed as the byte strings received.
import { allocBytes } from '../bytes';
import { type CborMap, type CborValue, decodeCbor, Tagged } from '../cbor/decode';

export class CoseError extends Error {
  override name = 'CoseError';
}

export interface Sign1 {
  /** The protected header bstr exactly as received. */
  protectedBytes: Uint8Array;
  protectedHeader: CborMap;
  unprotected: CborMap;
  payload: Uint8Array;
  signature: Uint8Array;
}

export interface Sign1Options {
  /** CBOR tags accepted anywhere (decoder rule); PROFILE §6: only 18. */
  tags?: readonly number[];
  /** Accept the untagged form (not in the DQC profile, PROFILE §3). */
  allowUntagged?: boolean;
  /** Accept CWT tag 61 around tag 18 (not in the DQC profile, PROFILE §3). */
  allowCwtTag?: boolean;
}

export const COSE_SIGN1_TAG = 18;
/** Payloads and headers carry no tags: 18 is the envelope's alone (PROFILE §6). */
export const PAYLOAD = { tags: [] as readonly number[] };
const CWT_TAG = 61;

/** Strictly decodes the envelope and the protected header. Throws CborError or CoseError. */
export function parseSign1(bytes: Uint8Array, options: Sign1Options = {}): Sign1 {
  let item: CborValue = decodeCbor(bytes, { tags: options.tags });
  if (options.allowCwtTag && item instanceof Tagged && item.tag === CWT_TAG) item = item.value;
  if (item instanceof Tagged) {
    if (item.tag !== COSE_SIGN1_TAG) throw new CoseError(`tag ${item.tag} is not COSE_Sign1`);
    item = item.value;
  } else if (!options.allowUntagged) {
    throw new CoseError('COSE_Sign1 must carry tag 18');
  }
  if (!Array.isArray(item) || item.length !== 4) throw new CoseError('COSE_Sign1 must be an array of 4');
  const [protectedBytes, unprotected, payload, signature] = item;
  if (!(protectedBytes instanceof Uint8Array)) throw new CoseError('protected header must be a bstr');
  if (!(unprotected instanceof Map)) throw new CoseError('unprotected header must be a map');
  if (!(payload instanceof Uint8Array)) throw new CoseError('payload must be a bstr');
  if (!(signature instanceof Uint8Array)) throw new CoseError('signature must be a bstr');
  // RFC 9052 §3: a zero-length bstr stands for an empty protected header.
  const header = protectedBytes.length === 0 ? new Map() : decodeCbor(protectedBytes, PAYLOAD);
  if (!(header instanceof Map)) throw new CoseError('protected header must encode a map');
  return { protectedBytes, protectedHeader: header, unprotected, payload, signature };
}

/** tstr "Signature1", the context of a COSE_Sign1 Sig_structure. */
const SIGNATURE1 = Uint8Array.of(0x6a, 0x53, 0x69, 0x67, 0x6e, 0x61, 0x74, 0x75, 0x72, 0x65, 0x31);

/** Sig_structure = ["Signature1", body_protected, external_aad, payload] (RFC 9052 §4.4). */
export function sigStructure(sign1: Sign1, externalAad: Uint8Array = new Uint8Array(0)): Uint8Array {
  const parts = [sign1.protectedBytes, externalAad, sign1.payload];
  let length = 1 + SIGNATURE1.length;
  for (const p of parts) length += bstrHeadLength(p.length) + p.length;
  const out = allocBytes(length);
  out[0] = 0x84;
  out.set(SIGNATURE1, 1);
  let offset = 1 + SIGNATURE1.length;
  for (const p of parts) {
    offset = writeBstrHead(out, offset, p.length);
    out.set(p, offset);
    offset += p.length;
  }
  return out;
}

function bstrHeadLength(n: number): number {
  return n < 24 ? 1 : n < 0x100 ? 2 : n < 0x10000 ? 3 : 5;
}

function writeBstrHead(out: Uint8Array, offset: number, n: number): number {
  if (n < 24) out[offset++] = 0x40 | n;
  else if (n < 0x100) {
    out[offset++] = 0x58;
    out[offset++] = n;
  } else if (n < 0x10000) {
    out[offset++] = 0x59;
    out[offset++] = n >> 8;
    out[offset++] = n & 0xff;
  } else {
    out[offset++] = 0x5a;
    out[offset++] = n >>> 24;
    out[offset++] = (n >> 16) & 0xff;
    out[offset++] = (n >> 8) & 0xff;
    out[offset++] = n & 0xff;
  }
  return offset;
}
