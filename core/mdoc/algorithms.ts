// COSE algorithms for mdoc signatures (PROFILE §8.2 "Algorithms"), alongside the DQC table of
// core/crypto/algorithms.ts (which stays ES256 only for DQC tokens): −7 (ES256) and −9 (ESP256)
// with P-256, −35 (ES384) and −48 (ESP384) with P-384. Anything else, or a key on the other
// curve, is UNSUPPORTED_ALG. Signatures are raw r‖s; high-S is accepted (WebCrypto does).
import type { EcCurve } from './x509';

export interface MdocAlgorithm {
  cose: number;
  curve: EcCurve;
  hash: 'SHA-256' | 'SHA-384';
  /** Raw r‖s length. */
  signatureLength: 64 | 96;
}

const P256 = { curve: 'P-256', hash: 'SHA-256', signatureLength: 64 } as const;
const P384 = { curve: 'P-384', hash: 'SHA-384', signatureLength: 96 } as const;

export const MDOC_ALGORITHMS: ReadonlyMap<number, MdocAlgorithm> = new Map([
  [-7, { cose: -7, ...P256 }],
  [-9, { cose: -9, ...P256 }],
  [-35, { cose: -35, ...P384 }],
  [-48, { cose: -48, ...P384 }],
]);

/** The algorithm when `alg` is a row of the table and matches the key's curve, else null. */
export function mdocAlgorithm(alg: unknown, curve: EcCurve | null): MdocAlgorithm | null {
  const spec = typeof alg === 'number' ? MDOC_ALGORITHMS.get(alg) : undefined;
  return spec && spec.curve === curve ? spec : null;
}

/** X.509 signature algorithms a DS certificate may use (PROFILE §8.2 DS check 2). */
export const CERT_SIGNATURE_HASH: Readonly<Record<string, 'SHA-256' | 'SHA-384'>> = {
  '1.2.840.10045.4.3.2': 'SHA-256', // ecdsa-with-SHA256
  '1.2.840.10045.4.3.3': 'SHA-384', // ecdsa-with-SHA384
};
