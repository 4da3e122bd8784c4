// WebCrypto for the wallet core, reached through `globalThis` and typed loosely: the DOM and the
// Workers type libraries describe `crypto` differently (see core/crypto/keys.ts), and the core
// compiles under both. No fallback: the DC API runs in secure contexts only, and Node has WebCrypto.

export function subtle(): SubtleCrypto {
  const crypto = (globalThis as { crypto?: Crypto }).crypto;
  if (!crypto?.subtle) throw new Error('WebCrypto is not available');
  return crypto.subtle;
}

export function randomBytes(length: number): Uint8Array {
  const crypto = (globalThis as { crypto?: Crypto }).crypto;
  if (!crypto) throw new Error('WebCrypto is not available');
  return crypto.getRandomValues(new Uint8Array(length));
}

/** ECDH shared secret (the x-coordinate, RFC 9180 §7.1.1 / SEC 1), `bits` long. */
export async function ecdhBits(
  privateKey: CryptoKey,
  publicKey: CryptoKey,
  bits: number,
): Promise<Uint8Array> {
  // A variable, not a literal: the Workers types name this member `$public`.
  const params = { name: 'ECDH', public: publicKey };
  return new Uint8Array(await subtle().deriveBits(params, privateKey, bits));
}

/** A public key's raw form (an uncompressed point for EC keys). */
export async function exportRaw(key: CryptoKey): Promise<Uint8Array> {
  // The Workers types give exportKey one return type for every format.
  return new Uint8Array((await subtle().exportKey('raw', key)) as ArrayBuffer);
}
