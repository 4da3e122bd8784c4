// Making COSE_Sign1 tokens (RFC 9052 §4.2) with the DQC header (PROFILE §3): protected
// {1: -7, 4: kid[, 16: typ]}, empty unprotected map, tag 18, ES256 raw r‖s signature.
import { Tagged } from '../../core/cbor/decode';
import { type Encodable, encodeCbor } from '../../core/cbor/encode';
import { COSE_SIGN1_TAG, sigStructure } from '../../core/cose/sign1';
import { ES256 } from '../../core/crypto/algorithms';
import type { KeyPair } from '../folder/keys';

export interface SignOptions {
  typ?: string;
  /** Test hook for demo samples: change the signed bytes after signing. */
  tamper?: (payload: Uint8Array) => Uint8Array;
}

export async function signSign1(
  claims: Encodable,
  key: KeyPair,
  options: SignOptions = {},
): Promise<Uint8Array> {
  const protectedBytes = protectedHeader(key.kid, options.typ);
  const payload = encodeCbor(claims);
  const signature = await signatureOver(key, protectedBytes, payload);
  const signedPayload = options.tamper ? options.tamper(payload) : payload;
  return envelope(protectedBytes, signedPayload, signature);
}

/** The size signSign1 will give, from any 64-byte stand-in for the ES256 signature. */
export function sign1Size(claims: Encodable, kid: Uint8Array, typ?: string): number {
  return envelope(protectedHeader(kid, typ), encodeCbor(claims), new Uint8Array(64)).length;
}

function protectedHeader(kid: Uint8Array, typ: string | undefined): Uint8Array {
  const header = new Map<number, Encodable>([
    [1, ES256],
    [4, kid],
  ]);
  if (typ) header.set(16, typ);
  return encodeCbor(header);
}

const envelope = (protectedBytes: Uint8Array, payload: Uint8Array, signature: Uint8Array) =>
  encodeCbor(new Tagged(COSE_SIGN1_TAG, [protectedBytes, new Map(), payload, signature]));

/** ES256 over the Sig_structure of these exact protected-header and payload bytes (RFC 9052 §4.4). */
export async function signatureOver(
  key: KeyPair,
  protectedBytes: Uint8Array,
  payload: Uint8Array,
): Promise<Uint8Array> {
  const toSign = sigStructure({
    protectedBytes,
    payload,
    protectedHeader: new Map(),
    unprotected: new Map(),
    signature: new Uint8Array(0),
  });
  // WebCrypto ECDSA signatures are IEEE P1363 (r‖s), exactly what COSE wants (RFC 9053 §2.1).
  return new Uint8Array(
    await crypto.subtle.sign({ name: 'ECDSA', hash: 'SHA-256' }, key.privateKey, toSign as BufferSource),
  );
}
