// Byte helpers: strict base64 (RFC 4648 §4/§5, PROFILE §2) and small utilities.

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

/**
 * Strict base64: base64url or standard base64, one alphabet, padding optional but correct if
 * present, unused final bits zero (PROFILE §2). Returns null when the text breaks any rule.
 * `base64urlOnly`: the caller has already matched the text against /^[A-Za-z0-9_-]*$/.
 */
export function decodeBase64Strict(text: string, base64urlOnly = false): Uint8Array | null {
  // The rules are checked here; the decoding itself is the runtime's where it has one (it is
  // most of this step's time in JS), which then only ever sees valid input.
  const alphabet = base64urlOnly || URL_TEXT.test(text) ? 'base64url' : STD_TEXT.test(text) ? 'base64' : null;
  if (alphabet === null) return null;
  let end = text.length;
  while (end > 0 && text.charCodeAt(end - 1) === 61 /* = */) end--;
  const pad = text.length - end;
  const rem = end % 4;
  if (rem === 1 || (pad > 0 && pad !== 4 - rem)) return null;
  // The unused low bits of the last character (4 after 2 characters, 2 after 3) must be zero.
  if (rem > 1 && ((DECODE[text.charCodeAt(end - 1)] as number) & (rem === 2 ? 0xf : 0x3)) !== 0) return null;
  if (SET_FROM_BASE64) {
    const out = allocBytes((end * 3) >> 2);
    SET_FROM_BASE64.call(out, text, { alphabet, lastChunkHandling: 'loose' });
    return out;
  }
  if (NODE_BUFFER) {
    // A plain view of the Buffer's bytes: copying them out costs more than the decoding itself.
    const b = NODE_BUFFER.from(text, alphabet);
    return new Uint8Array(b.buffer, b.byteOffset, b.length);
  }
  return decodeBase64Js(text);
}

/** One alphabet throughout, padding only at the end (its count is checked apart). */
const URL_TEXT = /^[A-Za-z0-9_-]*={0,2}$/;
const STD_TEXT = /^[A-Za-z0-9+/]*={0,2}$/;

// Native decoders: TC39 Uint8Array#setFromBase64 (browsers; it writes into pooled bytes, see
// allocBytes), Buffer (Node, either alphabet). They accept more than PROFILE §2 does, so they are
// only handed text already checked above.
const SET_FROM_BASE64 = (
  Uint8Array.prototype as { setFromBase64?: (this: Uint8Array, text: string, options: object) => unknown }
).setFromBase64;
const NODE_BUFFER = (
  globalThis as { Buffer?: { from(text: string, encoding: 'base64' | 'base64url'): Uint8Array } }
).Buffer;

/** The JS decoder, for runtimes with neither native one (it checks every rule again itself). */
export function decodeBase64Js(text: string): Uint8Array | null {
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
