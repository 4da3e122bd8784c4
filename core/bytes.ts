// Byte helpers: strict base64 (RFC 4648 §4/§5, PROFILE §2) and small utilities.

const URL_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const STD_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** code unit → 6-bit value, 64 = not in the alphabet; both alphabets. */
const DECODE = new Uint8Array(128).fill(64);
for (let i = 0; i < 64; i++) {
  DECODE[URL_ALPHABET.charCodeAt(i)] = i;
  DECODE[STD_ALPHABET.charCodeAt(i)] = i;
}

/**
 * Strict base64: base64url or standard base64, one alphabet, padding optional but correct if
 * present, unused final bits zero (PROFILE §2). Returns null when the text breaks any rule.
 * `base64urlOnly`: the caller has already matched the text against /^[A-Za-z0-9_-]*$/.
 */
export function decodeBase64Strict(text: string, base64urlOnly = false): Uint8Array | null {
  // Every rule is checked first; the table walk below then only ever sees valid text.
  if (!base64urlOnly && !URL_TEXT.test(text) && !STD_TEXT.test(text)) return null;
  let end = text.length;
  while (end > 0 && text.charCodeAt(end - 1) === 61 /* = */) end--;
  const pad = text.length - end;
  const rem = end % 4;
  if (rem === 1 || (pad > 0 && pad !== 4 - rem)) return null;
  // The unused low bits of the last character (4 after 2 characters, 2 after 3) must be zero.
  if (rem > 1 && ((DECODE[text.charCodeAt(end - 1)] as number) & (rem === 2 ? 0xf : 0x3)) !== 0) return null;
  return decodeChecked(text, end);
}

/** One alphabet throughout, padding only at the end (its count is checked apart). */
const URL_TEXT = /^[A-Za-z0-9_-]*={0,2}$/;
const STD_TEXT = /^[A-Za-z0-9+/]*={0,2}$/;

/**
 * Two characters → their 12 bits, at index (first << 7) | second, for either alphabet (from
 * DECODE): the text is checked to be one alphabet before it is decoded. 32 KB, filled once.
 */
const PAIRS = new Uint16Array(128 * 128);
for (let a = 0; a < 128; a++) {
  const hi = DECODE[a] as number;
  if (hi === 64) continue;
  for (let b = 0; b < 128; b++) {
    const lo = DECODE[b] as number;
    if (lo !== 64) PAIRS[(a << 7) | b] = (hi << 6) | lo;
  }
}

/**
 * Decodes the first `end` characters of a text that passed every rule above, into pooled bytes.
 * In JS on purpose: measured in Chromium, the runtimes' own decoders (Uint8Array#setFromBase64,
 * Buffer) are faster in a loop but cost 4 µs more inside a verification, right after the
 * signature check, than this table walk (bench/verify-speed; the vector units they use seem to
 * start slowly when they have been idle).
 */
function decodeChecked(text: string, end: number): Uint8Array {
  const out = allocBytes((end * 3) >> 2);
  const full = end - (end % 4);
  let o = 0;
  for (let i = 0; i < full; i += 4) {
    const hi = PAIRS[(text.charCodeAt(i) << 7) | text.charCodeAt(i + 1)] as number;
    const lo = PAIRS[(text.charCodeAt(i + 2) << 7) | text.charCodeAt(i + 3)] as number;
    out[o++] = hi >> 4;
    out[o++] = ((hi & 0xf) << 4) | (lo >> 8);
    out[o++] = lo & 0xff;
  }
  if (end > full) {
    // 2 characters → 1 byte, 3 → 2 bytes (their unused low bits were checked to be zero).
    const hi = PAIRS[(text.charCodeAt(full) << 7) | text.charCodeAt(full + 1)] as number;
    out[o++] = hi >> 4;
    if (end - full === 3) out[o] = ((hi & 0xf) << 4) | ((DECODE[text.charCodeAt(full + 2)] as number) >> 2);
  }
  return out;
}

/** base64url without padding (RFC 4648 §5), as issuers MUST emit (PROFILE §2). */
export function encodeBase64Url(bytes: Uint8Array): string {
  let out = '';
  let i = 0;
  for (; i + 2 < bytes.length; i += 3) {
    const n = ((bytes[i] as number) << 16) | ((bytes[i + 1] as number) << 8) | (bytes[i + 2] as number);
    out +=
      URL_ALPHABET[n >> 18] +
      (URL_ALPHABET[(n >> 12) & 63] as string) +
      URL_ALPHABET[(n >> 6) & 63] +
      URL_ALPHABET[n & 63];
  }
  const rest = bytes.length - i;
  if (rest === 1) {
    const n = (bytes[i] as number) << 16;
    out += (URL_ALPHABET[n >> 18] as string) + URL_ALPHABET[(n >> 12) & 63];
  } else if (rest === 2) {
    const n = ((bytes[i] as number) << 16) | ((bytes[i + 1] as number) << 8);
    out += (URL_ALPHABET[n >> 18] as string) + URL_ALPHABET[(n >> 12) & 63] + URL_ALPHABET[(n >> 6) & 63];
  }
  return out;
}

/**
 * Fresh zeroed bytes. V8 gives every typed array over 64 bytes its own off-heap store, which
 * costs about a microsecond in Node (measured: 0.9 µs for 400 bytes, more than decoding a
 * credential's base64): small ones are cut from a shared chunk instead, as Node's Buffer pool
 * does. A chunk is never handed out twice, so a view stays valid for as long as it is held; only
 * its `.buffer` is the whole chunk.
 */
export function allocBytes(length: number): Uint8Array {
  if (length > POOLED_MAX) return new Uint8Array(length);
  if (used + length > chunk.length) {
    chunk = new Uint8Array(CHUNK);
    used = 0;
  }
  const out = chunk.subarray(used, used + length);
  used += length;
  return out;
}

const CHUNK = 64 * 1024;
const POOLED_MAX = 4096;
let chunk = new Uint8Array(0);
let used = 0;

export function bytesEqual(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

export function concatBytes(...parts: Uint8Array[]): Uint8Array {
  let length = 0;
  for (const p of parts) length += p.length;
  const out = new Uint8Array(length);
  let offset = 0;
  for (const p of parts) {
    out.set(p, offset);
    offset += p.length;
  }
  return out;
}

export function toHex(bytes: Uint8Array): string {
  let s = '';
  for (const b of bytes) s += b.toString(16).padStart(2, '0');
  return s;
}

export function fromHex(hex: string): Uint8Array {
  if (hex.length % 2 !== 0 || /[^0-9a-fA-F]/.test(hex)) throw new Error('not hex');
  const out = new Uint8Array(hex.length / 2);
  for (let i = 0; i < out.length; i++) out[i] = Number.parseInt(hex.slice(2 * i, 2 * i + 2), 16);
  return out;
}
