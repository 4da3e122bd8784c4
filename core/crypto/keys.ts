// Public-key import and signature verification over WebCrypto, with @noble/curves loaded on
// demand only where WebCrypto is missing (e.g. a page served over plain http on a LAN address,
// where browsers hide crypto.subtle).
import { concatBytes } from '../bytes';
import type { VerifyKey } from '../types';
import { ALGORITHMS, ES256 } from './algorithms';

export class KeyError extends Error {
  override name = 'KeyError';
}

// Typed loosely: DOM and Workers type libraries describe `crypto` differently.
const subtle: SubtleCrypto | undefined = (globalThis as { crypto?: Crypto }).crypto?.subtle;

/** SubjectPublicKeyInfo prefix for id-ecPublicKey / prime256v1 with an uncompressed point. */
const P256_SPKI_PREFIX = Uint8Array.from([
  0x30, 0x59, 0x30, 0x13, 0x06, 0x07, 0x2a, 0x86, 0x48, 0xce, 0x3d, 0x02, 0x01, 0x06, 0x08, 0x2a, 0x86, 0x48,
  0xce, 0x3d, 0x03, 0x01, 0x07, 0x03, 0x42, 0x00,
]);

/** The 91-byte SPKI DER of a P-256 key (PROFILE §1). */
export function p256Spki(x: Uint8Array, y: Uint8Array): Uint8Array {
  return concatBytes(P256_SPKI_PREFIX, Uint8Array.of(4), x, y);
}

export async function sha256(data: Uint8Array): Promise<Uint8Array> {
  if (subtle) return new Uint8Array(await subtle.digest('SHA-256', data as BufferSource));
  const { sha256: nobleSha256 } = await import('@noble/hashes/sha2.js');
  return nobleSha256(data);
}

/** kid = the first 8 bytes of SHA-256 over the key's SPKI DER (PROFILE §1). */
export async function p256Kid(x: Uint8Array, y: Uint8Array): Promise<Uint8Array> {
  return (await sha256(p256Spki(x, y))).subarray(0, 8);
}

/** An ES256 key from its coordinates. Throws KeyError when the point is not on the curve. */
export async function importP256(x: Uint8Array, y: Uint8Array): Promise<VerifyKey> {
  if (x.length !== 32 || y.length !== 32) throw new KeyError('P-256 coordinates must be 32 bytes');
  const point = concatBytes(Uint8Array.of(4), x, y);
  if (!subtle) return nobleP256(point);
  return importVerifyKey(ES256, 'P-256', 'raw', point);
}

/**
 * Any key of the algorithm table, in a WebCrypto format. The curve is bound to the algorithm:
 * a P-384 key offered for ES256 is refused here (RFC 9053 §2.1).
 */
export async function importVerifyKey(
  alg: number,
  curve: string,
  format: 'raw' | 'spki' | 'jwk',
  keyData: Uint8Array | JsonWebKey,
): Promise<VerifyKey> {
  const spec = ALGORITHMS.get(alg);
  if (!spec) throw new KeyError(`unsupported algorithm ${alg}`);
  if (!spec.curves.includes(curve)) throw new KeyError(`${spec.name} cannot be used with curve ${curve}`);
  if (!subtle) throw new KeyError('WebCrypto is not available');
  let key: CryptoKey;
  try {
    key =
      format === 'jwk'
        ? await subtle.importKey('jwk', keyData as JsonWebKey, spec.importParams(curve), false, ['verify'])
        : await subtle.importKey(format, keyData as BufferSource, spec.importParams(curve), false, [
            'verify',
          ]);
  } catch (e) {
    throw new KeyError(`key import failed: ${(e as Error).message}`);
  }
  const params = spec.verifyParams(curve);
  const length = spec.signatureLength;
  return {
    // Not an async function: one promise fewer on every verification.
    verify(signature, data) {
      if (length !== undefined && signature.length !== length) return Promise.resolve(false);
      try {
        return subtle.verify(params, key, signature as BufferSource, data as BufferSource).catch(() => false);
      } catch {
        return Promise.resolve(false);
      }
    },
  };
}

async function nobleP256(point: Uint8Array): Promise<VerifyKey> {
  const { p256 } = await import('@noble/curves/nist.js');
  try {
    p256.Point.fromBytes(point).assertValidity();
  } catch {
    throw new KeyError('point is not on the curve');
  }
  return {
    async verify(signature, data) {
      if (signature.length !== 64) return false;
      try {
        // Verifiers MUST accept high-S signatures (PROFILE §1).
        return p256.verify(signature, data, point, { lowS: false, prehash: true, format: 'compact' });
      } catch {
        return false;
      }
    },
  };
}
