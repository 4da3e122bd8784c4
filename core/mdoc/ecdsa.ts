// ECDSA keys and signatures for mdoc over WebCrypto only (the DC API needs a secure context, so
// crypto.subtle is always there): keys from SPKI or COSE coordinates, raw r‖s verification, and
// the DER Ecdsa-Sig-Value of X.509 signatures (RFC 5480 §2.2 / RFC 3279 §2.2.3) made raw.
import * as asn1js from 'asn1js';
import { subtle } from './subtle';
import { children, type EcCurve, parseDer } from './x509';

/** Coordinate size of each curve. */
export const COORDINATE_BYTES: Record<EcCurve, number> = { 'P-256': 32, 'P-384': 48 };

/** An ECDSA verification key from a SubjectPublicKeyInfo; null when WebCrypto refuses it. */
export async function importSpki(spki: Uint8Array, curve: EcCurve): Promise<CryptoKey | null> {
  try {
    return await subtle().importKey(
      'spki',
      spki as BufferSource,
      { name: 'ECDSA', namedCurve: curve },
      false,
      ['verify'],
    );
  } catch {
    return null;
  }
}

/** An ECDSA verification key from uncompressed coordinates; null when off the curve. */
export async function importPoint(x: Uint8Array, y: Uint8Array, curve: EcCurve): Promise<CryptoKey | null> {
  const size = COORDINATE_BYTES[curve];
  if (x.length !== size || y.length !== size) return null;
  const point = new Uint8Array(1 + 2 * size);
  point[0] = 4;
  point.set(x, 1);
  point.set(y, 1 + size);
  try {
    return await subtle().importKey('raw', point, { name: 'ECDSA', namedCurve: curve }, false, ['verify']);
  } catch {
    return null;
  }
}

/** Raw r‖s verification; false on any error. High-S signatures verify (WebCrypto does not refuse them). */
export async function verifyRaw(
  key: CryptoKey,
  hash: 'SHA-256' | 'SHA-384',
  signature: Uint8Array,
  data: Uint8Array,
): Promise<boolean> {
  try {
    return await subtle().verify(
      { name: 'ECDSA', hash },
      key,
      signature as BufferSource,
      data as BufferSource,
    );
  } catch {
    return false;
  }
}

/** A DER Ecdsa-Sig-Value (SEQUENCE of two positive INTEGERs) as raw r‖s for the curve, or null. */
export function derSignatureToRaw(der: Uint8Array, curve: EcCurve): Uint8Array | null {
  const size = COORDINATE_BYTES[curve];
  const parts = children(parseDer(der) ?? undefined, asn1js.Sequence);
  if (parts?.length !== 2) return null;
  const out = new Uint8Array(2 * size);
  for (const [i, part] of parts.entries()) {
    if (!(part instanceof asn1js.Integer) || part.idBlock.isConstructed) return null;
    let value = part.valueBlock.valueHexView;
    if (value.length === 0 || (value[0] as number) & 0x80) return null; // negative
    while (value.length > 1 && value[0] === 0) value = value.subarray(1);
    if (value.length > size) return null;
    out.set(value, (i + 1) * size - value.length);
  }
  return out;
}
