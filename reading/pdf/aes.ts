// AES-CBC as PDF encryption uses it (ISO 32000-1 §7.6.2, ISO 32000-2 §7.6.3): decrypting
// /AESV2 and /AESV3 streams (a 16-byte IV first, PKCS #5 padding last), the file key of
// revision 6 (/UE, no IV, no padding), and encrypting for its password hash (algorithm 2.B).
// The cipher is @noble/ciphers (synchronous, audited) rather than WebCrypto, for two reasons: the
// pre-flight must decrypt wherever pdf.js does — including a page served over plain http on a
// LAN address, where browsers hide crypto.subtle (core/crypto/keys.ts) — and as leniently as
// pdf.js (WebCrypto refuses a whole stream whose padding is off; pdf.js keeps it, dropping only
// what is padding). Checked against node:crypto (test/reading/pdf/aes.test.ts).
import { cbc } from '@noble/ciphers/aes.js';

/** CBC decryption of every whole block of `data` after `iv` (a trailing partial block is dropped). */
export function aesCbcDecryptBlocks(key: Uint8Array, iv: Uint8Array, data: Uint8Array): Uint8Array {
  const whole = data.subarray(0, data.length - (data.length % 16));
  if (whole.length === 0) return new Uint8Array(0);
  return cbc(key, iv.slice(0, 16), { disablePadding: true }).decrypt(whole);
}

/**
 * A PDF AES stream or string (§7.6.2): the IV is its first 16 bytes; the PKCS #5 padding of the
 * last block is removed when it is well-formed, and kept otherwise — as pdf.js reads it.
 */
export function aesCbcDecrypt(key: Uint8Array, data: Uint8Array): Uint8Array {
  if (data.length < 16) return new Uint8Array(0);
  const out = aesCbcDecryptBlocks(key, data.subarray(0, 16), data.subarray(16));
  const pad = out[out.length - 1];
  if (pad === undefined || pad > 16) return out;
  for (let i = out.length - pad; i < out.length; i++) if (out[i] !== pad) return out;
  return out.subarray(0, out.length - pad);
}

/** CBC encryption without padding (`data` a whole number of blocks), for algorithm 2.B. */
export function aesCbcEncrypt(key: Uint8Array, iv: Uint8Array, data: Uint8Array): Uint8Array {
  const whole = data.subarray(0, data.length - (data.length % 16));
  if (whole.length === 0) return new Uint8Array(0);
  return cbc(key, iv.slice(0, 16), { disablePadding: true }).encrypt(whole);
}
