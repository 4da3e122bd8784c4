// An independent strict base64 decoder (PROFILE §2), the oracle for core/bytes.ts: it checks
// every rule itself as it decodes, where the core checks the rules first and then walks a table.
const URL_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const STD_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** code unit → 6-bit value, 64 = not in the alphabet. Shared table: '-_' and '+/' marked apart. */
const DECODE = new Uint8Array(128).fill(64);
/** code unit → 1 for '-' and '_' (base64url only), 2 for '+' and '/' (standard only), else 0. */
const ALPHABET = new Uint8Array(128);
for (let i = 0; i < 64; i++) {
  DECODE[URL_ALPHABET.charCodeAt(i)] = i;
  DECODE[STD_ALPHABET.charCodeAt(i)] = i;
}
ALPHABET[0x2d] = ALPHABET[0x5f] = 1; // - _
ALPHABET[0x2b] = ALPHABET[0x2f] = 2; // + /

/** Decodes strict base64 of either alphabet, or null on any broken rule. */
export function referenceBase64(text: string): Uint8Array | null {
  let end = text.length;
  let pad = 0;
  while (end > 0 && text.charCodeAt(end - 1) === 61 /* = */) {
    end--;
    pad++;
  }
  if (pad > 0 && (text.length % 4 !== 0 || pad > 2)) return null;
  const rem = end % 4;
  if (rem === 1) return null;
  if (pad > 0 && pad !== (4 - rem) % 4) return null;
  const out = new Uint8Array(Math.floor((end * 3) / 4));
  // Bit 1: a base64url-only character seen, bit 2: a standard-only one; both = mixed alphabets.
  let alphabets = 0;
  let o = 0;
  let i = 0;
  // Whole quanta of 4 characters → 3 bytes. A code unit ≥ 128 or a value of 64 is not base64.
  for (const full = end - rem; i < full; i += 4) {
    const c0 = text.charCodeAt(i);
    const c1 = text.charCodeAt(i + 1);
    const c2 = text.charCodeAt(i + 2);
    const c3 = text.charCodeAt(i + 3);
    if ((c0 | c1 | c2 | c3) > 127) return null;
    const v0 = DECODE[c0] as number;
    const v1 = DECODE[c1] as number;
    const v2 = DECODE[c2] as number;
    const v3 = DECODE[c3] as number;
    if ((v0 | v1 | v2 | v3) & 64) return null;
    alphabets |= (ALPHABET[c0] as number) | (ALPHABET[c1] as number) | (ALPHABET[c2] as number);
    alphabets |= ALPHABET[c3] as number;
    const n = (v0 << 18) | (v1 << 12) | (v2 << 6) | v3;
    out[o++] = n >> 16;
    out[o++] = (n >> 8) & 0xff;
    out[o++] = n & 0xff;
  }
  // The final 2 or 3 characters → 1 or 2 bytes; the unused low bits (4 or 2) must be zero.
  if (rem > 0) {
    let n = 0;
    for (; i < end; i++) {
      const c = text.charCodeAt(i);
      const v = c < 128 ? (DECODE[c] as number) : 64;
      if (v === 64) return null;
      alphabets |= ALPHABET[c] as number;
      n = (n << 6) | v;
    }
    if (rem === 2) {
      if ((n & 0xf) !== 0) return null;
      out[o] = n >> 4;
    } else {
      if ((n & 0x3) !== 0) return null;
      out[o++] = n >> 10;
      out[o] = (n >> 2) & 0xff;
    }
  }
  if (alphabets === 3) return null;
  return out;
}
