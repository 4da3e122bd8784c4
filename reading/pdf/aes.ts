// AES (FIPS 197) in CBC mode as PDF encryption uses it (ISO 32000-1 §7.6.2, ISO 32000-2 §7.6.3):
// decrypting /AESV2 and /AESV3 streams (a 16-byte IV first, PKCS #5 padding last), the file key
// of revision 6 (/UE, no IV, no padding), and encrypting for its password hash (algorithm 2.B).
// Written out rather than taken from WebCrypto, for two reasons: the pre-flight must decrypt
// wherever pdf.js does — including a page served over plain http on a LAN address, where
// browsers hide crypto.subtle (core/crypto/keys.ts) — and as leniently as pdf.js (WebCrypto
// refuses a whole stream whose padding is off; pdf.js keeps it, dropping only what is padding).
// Table-driven (32-bit round tables, ~50 MB/s in V8); checked against node:crypto (test/reading/pdf/aes.test.ts).

const SBOX = new Uint8Array(256);
const INV_SBOX = new Uint8Array(256);
/** Round tables: SubBytes + MixColumns (TE), InvSubBytes + InvMixColumns (TD), each rotated 4 ways. */
const TE = [0, 1, 2, 3].map(() => new Int32Array(256)) as [Int32Array, Int32Array, Int32Array, Int32Array];
const TD = [0, 1, 2, 3].map(() => new Int32Array(256)) as [Int32Array, Int32Array, Int32Array, Int32Array];

{
  // GF(2^8) by logarithms to the generator 3 (FIPS 197 §4).
  const exp = new Uint8Array(255);
  const log = new Uint8Array(256);
  for (let i = 0, x = 1; i < 255; i++) {
    exp[i] = x;
    log[x] = i;
    x ^= (x << 1) ^ (x & 0x80 ? 0x11b : 0);
  }
  const mul = (a: number, b: number) =>
    a === 0 || b === 0 ? 0 : (exp[((log[a] as number) + (log[b] as number)) % 255] as number);
  const rotl8 = (b: number, n: number) => ((b << n) | (b >> (8 - n))) & 0xff;
  for (let x = 0; x < 256; x++) {
    const inverse = x === 0 ? 0 : (exp[(255 - (log[x] as number)) % 255] as number);
    const s = inverse ^ rotl8(inverse, 1) ^ rotl8(inverse, 2) ^ rotl8(inverse, 3) ^ rotl8(inverse, 4) ^ 0x63;
    SBOX[x] = s;
    INV_SBOX[s] = x;
  }
  for (let x = 0; x < 256; x++) {
    const s = SBOX[x] as number;
    const si = INV_SBOX[x] as number;
    const te = (mul(2, s) << 24) | (s << 16) | (s << 8) | mul(3, s);
    const td = (mul(14, si) << 24) | (mul(9, si) << 16) | (mul(13, si) << 8) | mul(11, si);
    TE.forEach((t, r) => {
      t[x] = (te >>> (8 * r)) | (te << (32 - 8 * r));
    });
    TD.forEach((t, r) => {
      t[x] = (td >>> (8 * r)) | (td << (32 - 8 * r));
    });
  }
}

const subWord = (w: number) =>
  (((SBOX[w >>> 24] as number) << 24) |
    ((SBOX[(w >>> 16) & 0xff] as number) << 16) |
    ((SBOX[(w >>> 8) & 0xff] as number) << 8) |
    (SBOX[w & 0xff] as number)) >>>
  0;

/** FIPS 197 §5.2: the round keys of a 16-, 24- or 32-byte key, as words. */
function expandKey(key: Uint8Array): Int32Array {
  const nk = key.length / 4;
  if (!(nk === 4 || nk === 6 || nk === 8)) throw new RangeError('AES key of 16, 24 or 32 bytes');
  const w = new Int32Array(4 * (nk + 7));
  for (let i = 0; i < nk; i++)
    w[i] =
      (((key[4 * i] as number) << 24) |
        ((key[4 * i + 1] as number) << 16) |
        ((key[4 * i + 2] as number) << 8) |
        (key[4 * i + 3] as number)) >>>
      0;
  for (let i = nk, rcon = 1; i < w.length; i++) {
    let t = w[i - 1] as number;
    if (i % nk === 0) {
      t = (subWord(((t << 8) | (t >>> 24)) >>> 0) ^ (rcon << 24)) >>> 0;
      rcon = (rcon << 1) ^ (rcon & 0x80 ? 0x11b : 0);
    } else if (nk > 6 && i % nk === 4) t = subWord(t);
    w[i] = ((w[i - nk] as number) ^ t) >>> 0;
  }
  return w;
}

/** The equivalent inverse cipher's round keys (FIPS 197 §5.3.5): reversed, InvMixColumns inside. */
function decryptionKeys(w: Int32Array): Int32Array {
  const rounds = w.length / 4 - 1;
  const d = new Int32Array(w.length);
  for (let r = 0; r <= rounds; r++)
    for (let c = 0; c < 4; c++) {
      const k = w[4 * (rounds - r) + c] as number;
      d[4 * r + c] =
        r === 0 || r === rounds
          ? k
          : ((TD[0][SBOX[k >>> 24] as number] as number) ^
              (TD[1][SBOX[(k >>> 16) & 0xff] as number] as number) ^
              (TD[2][SBOX[(k >>> 8) & 0xff] as number] as number) ^
              (TD[3][SBOX[k & 0xff] as number] as number)) >>>
            0;
    }
  return d;
}

/** Four bytes, big-endian, as a signed 32-bit word (what an Int32Array holds). */
const readWord = (b: Uint8Array, i: number) =>
  ((b[i] as number) << 24) |
  ((b[i + 1] as number) << 16) |
  ((b[i + 2] as number) << 8) |
  (b[i + 3] as number);

function writeWord(b: Uint8Array, i: number, w: number): void {
  b[i] = w >>> 24;
  b[i + 1] = w >>> 16;
  b[i + 2] = w >>> 8;
  b[i + 3] = w;
}

/**
 * One block through the cipher (`inverse` false) or the inverse cipher, in place. Column c of a
 * round takes rows 1–3 from columns c+1, c+2, c+3 (ShiftRows); InvShiftRows takes them from
 * c+3, c+2, c+1, which is the same formula with columns 1 and 3 traded on the way in and out.
 */
function block(k: Int32Array, s: Int32Array, inverse: boolean): void {
  const T = inverse ? TD : TE;
  const T0 = T[0];
  const T1 = T[1];
  const T2 = T[2];
  const T3 = T[3];
  const box = inverse ? INV_SBOX : SBOX;
  const rounds = k.length / 4 - 1;
  // Round-key words in the traded order when inverse.
  const k1 = inverse ? 3 : 1;
  const k3 = inverse ? 1 : 3;
  let a = (s[0] as number) ^ (k[0] as number);
  let b = (s[k1] as number) ^ (k[k1] as number);
  let c = (s[2] as number) ^ (k[2] as number);
  let d = (s[k3] as number) ^ (k[k3] as number);
  let r = 4;
  for (let round = 1; round < rounds; round++, r += 4) {
    const t0 =
      (T0[a >>> 24] as number) ^
      (T1[(b >>> 16) & 0xff] as number) ^
      (T2[(c >>> 8) & 0xff] as number) ^
      (T3[d & 0xff] as number) ^
      (k[r] as number);
    const t1 =
      (T0[b >>> 24] as number) ^
      (T1[(c >>> 16) & 0xff] as number) ^
      (T2[(d >>> 8) & 0xff] as number) ^
      (T3[a & 0xff] as number) ^
      (k[r + k1] as number);
    const t2 =
      (T0[c >>> 24] as number) ^
      (T1[(d >>> 16) & 0xff] as number) ^
      (T2[(a >>> 8) & 0xff] as number) ^
      (T3[b & 0xff] as number) ^
      (k[r + 2] as number);
    d =
      (T0[d >>> 24] as number) ^
      (T1[(a >>> 16) & 0xff] as number) ^
      (T2[(b >>> 8) & 0xff] as number) ^
      (T3[c & 0xff] as number) ^
      (k[r + k3] as number);
    a = t0;
    b = t1;
    c = t2;
  }
  s[0] = lastRound(box, a, b, c, d) ^ (k[r] as number);
  s[k1] = lastRound(box, b, c, d, a) ^ (k[r + k1] as number);
  s[2] = lastRound(box, c, d, a, b) ^ (k[r + 2] as number);
  s[k3] = lastRound(box, d, a, b, c) ^ (k[r + k3] as number);
}

/** The last round's column: (Inv)SubBytes and (Inv)ShiftRows, no mixing. */
const lastRound = (box: Uint8Array, w: number, x: number, y: number, z: number) =>
  ((box[w >>> 24] as number) << 24) |
  ((box[(x >>> 16) & 0xff] as number) << 16) |
  ((box[(y >>> 8) & 0xff] as number) << 8) |
  (box[z & 0xff] as number);

/** CBC decryption of every whole block of `data` after `iv` (a trailing partial block is dropped). */
export function aesCbcDecryptBlocks(key: Uint8Array, iv: Uint8Array, data: Uint8Array): Uint8Array {
  const k = decryptionKeys(expandKey(key));
  const blocks = Math.floor(data.length / 16);
  const out = new Uint8Array(blocks * 16);
  const s = new Int32Array(4);
  const previous = Int32Array.of(readWord(iv, 0), readWord(iv, 4), readWord(iv, 8), readWord(iv, 12));
  for (let i = 0; i < blocks * 16; i += 16) {
    for (let w = 0; w < 4; w++) s[w] = readWord(data, i + 4 * w);
    block(k, s, true);
    for (let w = 0; w < 4; w++) {
      writeWord(out, i + 4 * w, (s[w] as number) ^ (previous[w] as number));
      previous[w] = readWord(data, i + 4 * w);
    }
  }
  return out;
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
  const k = expandKey(key);
  const out = new Uint8Array(data.length - (data.length % 16));
  const s = Int32Array.of(readWord(iv, 0), readWord(iv, 4), readWord(iv, 8), readWord(iv, 12));
  for (let i = 0; i < out.length; i += 16) {
    for (let w = 0; w < 4; w++) s[w] = (s[w] as number) ^ readWord(data, i + 4 * w);
    block(k, s, false);
    for (let w = 0; w < 4; w++) writeWord(out, i + 4 * w, s[w] as number);
  }
  return out;
}
