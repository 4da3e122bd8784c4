// COSE_Key for the profile (PROFILE §4): {1: 2, 3: -7, -1: 1, -2: x (32 bytes), -3: y (32 bytes)},
// EC2 / P-256 / ES256; extra labels ignored; the point MUST be on the curve.
import { bytesEqual } from './bytes';
import type { CborValue } from './cbor/decode';
import { ES256 } from './crypto/algorithms';
import { importP256, p256Kid } from './crypto/keys';
import type { PublicKey } from './types';

const KTY = 1;
const ALG = 3;
const CRV = -1;
const X = -2;
const Y = -3;
const KTY_EC2 = 2;
const CRV_P256 = 1;

/** Reads and imports a COSE_Key; null when it breaks a rule or the point is off the curve. */
export async function readCoseKey(value: CborValue | undefined): Promise<PublicKey | null> {
  if (!(value instanceof Map)) return null;
  const x = value.get(X);
  const y = value.get(Y);
  if (value.get(KTY) !== KTY_EC2 || value.get(ALG) !== ES256 || value.get(CRV) !== CRV_P256) return null;
  if (!(x instanceof Uint8Array) || !(y instanceof Uint8Array) || x.length !== 32 || y.length !== 32)
    return null;
  try {
    const [handle, kid] = await Promise.all([importP256(x, y), p256Kid(x, y)]);
    return { kid, x, y, handle };
  } catch {
    return null;
  }
}

export function sameKey(a: PublicKey, b: { x: Uint8Array; y: Uint8Array }): boolean {
  return bytesEqual(a.x, b.x) && bytesEqual(a.y, b.y);
}

/** The COSE_Key map for a P-256 public key (issuer side). */
export function coseKeyMap(x: Uint8Array, y: Uint8Array): Map<number, number | Uint8Array> {
  return new Map<number, number | Uint8Array>([
    [KTY, KTY_EC2],
    [ALG, ES256],
    [CRV, CRV_P256],
    [X, x],
    [Y, y],
  ]);
}
