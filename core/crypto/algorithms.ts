// The one table of COSE signature algorithms (RFC 9053 §2, IANA "COSE Algorithms").
// The DQC profile accepts only ES256 (PROFILE §1); the other rows exist for the generic
// COSE_Sign1 layer that the conformance suites (cose-wg, EU DCC) exercise. Each algorithm is
// bound to its curve (RFC 9053 §2.1: ES256↔P-256, ES384↔P-384, ES512↔P-521).

/** WebCrypto algorithm parameters (a plain object, so the core type-checks in every runtime). */
export interface CryptoParams {
  name: string;
  [key: string]: string | number;
}

export interface AlgorithmSpec {
  cose: number;
  name: string;
  kty: 'EC2' | 'OKP' | 'RSA';
  /** Curves the algorithm may be used with; the key's curve must be one of them. */
  curves: readonly string[];
  /** WebCrypto parameters for importKey, by curve ('' for RSA). */
  importParams(curve: string): CryptoParams;
  verifyParams(curve: string): CryptoParams;
  /** Exact signature length in bytes, when fixed (ECDSA raw r‖s). */
  signatureLength?: number;
}

const ecdsa = (
  cose: number,
  name: string,
  curve: string,
  hash: string,
  signatureLength: number,
): AlgorithmSpec => ({
  cose,
  name,
  kty: 'EC2',
  curves: [curve],
  importParams: (crv) => ({ name: 'ECDSA', namedCurve: crv }),
  verifyParams: () => ({ name: 'ECDSA', hash }),
  signatureLength,
});

export const ES256 = -7;

export const ALGORITHMS: ReadonlyMap<number, AlgorithmSpec> = new Map([
  [ES256, ecdsa(ES256, 'ES256', 'P-256', 'SHA-256', 64)],
  [-35, ecdsa(-35, 'ES384', 'P-384', 'SHA-384', 96)],
  [-36, ecdsa(-36, 'ES512', 'P-521', 'SHA-512', 132)],
  [
    -8,
    {
      cose: -8,
      name: 'EdDSA',
      kty: 'OKP',
      curves: ['Ed25519', 'Ed448'],
      importParams: (crv: string) => ({ name: crv }),
      verifyParams: (crv: string) => ({ name: crv }),
    },
  ],
  [
    -37,
    {
      cose: -37,
      name: 'PS256',
      kty: 'RSA',
      curves: [''],
      importParams: () => ({ name: 'RSA-PSS', hash: 'SHA-256' }),
      verifyParams: () => ({ name: 'RSA-PSS', saltLength: 32 }),
    },
  ],
]);

/** The algorithms a DQC token may use (PROFILE §1). */
export const DQC_ALGORITHMS: readonly number[] = [ES256];
