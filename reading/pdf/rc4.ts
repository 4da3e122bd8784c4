// RC4 ("ARCFOUR", ISO 32000-1 §7.6.2), for PDFs encrypted by the standard security handler with
// V1/V2 (and V4's /V2 crypt filter), and for its password checks (algorithms 2, 4, 5). Written
// out: WebCrypto has no RC4 and OpenSSL 3 keeps it only in its legacy provider. Checked against
// published vectors (test/reading/pdf/rc4.test.ts).

/** `data` through RC4 under `key` (encrypting and decrypting are the same). */
export function rc4(key: Uint8Array, data: Uint8Array): Uint8Array {
  if (key.length === 0) return data.slice();
  const s = new Uint8Array(256);
  for (let i = 0; i < 256; i++) s[i] = i;
  for (let i = 0, j = 0; i < 256; i++) {
    const t = s[i] as number;
    j = (j + t + (key[i % key.length] as number)) & 0xff;
    s[i] = s[j] as number;
    s[j] = t;
  }
  const out = new Uint8Array(data.length);
  for (let n = 0, i = 0, j = 0; n < data.length; n++) {
    i = (i + 1) & 0xff;
    const a = s[i] as number;
    j = (j + a) & 0xff;
    const b = s[j] as number;
    s[i] = b;
    s[j] = a;
    out[n] = (data[n] as number) ^ (s[(a + b) & 0xff] as number);
  }
  return out;
}
