// The codewords of a byte-mode QR code (ISO/IEC 18004:2015 §7.4–7.6): mode, count, data,
// terminator and padding, then Reed–Solomon error correction per block, interleaved. Split from
// qr-encode.ts, which places them on the symbol and chooses the mask.
import {
  dataCodewords,
  ECC_CODEWORDS_PER_BLOCK,
  type EcLevel,
  NUM_ERROR_CORRECTION_BLOCKS,
  rawDataModules,
} from './qr-tables';

// GF(256) with the QR polynomial x^8 + x^4 + x^3 + x^2 + 1 (0x11D).
const EXP = new Uint8Array(512);
const LOG = new Uint8Array(256);
for (let i = 0, x = 1; i < 255; i++, x = x & 0x80 ? ((x << 1) ^ 0x11d) & 0xff : x << 1) {
  EXP[i] = x;
  LOG[x] = i;
}
for (let i = 255; i < 512; i++) EXP[i] = EXP[i - 255] as number;
const mul = (a: number, b: number) =>
  a === 0 || b === 0 ? 0 : (EXP[(LOG[a] as number) + (LOG[b] as number)] as number);

/**
 * For each degree n, the generator's coefficients times every byte, four to a 32-bit word: row f
 * (⌈n/4⌉ words from f·⌈n/4⌉) holds f·g_i in byte lane i mod 4 of word ⌊i/4⌋, lanes past n zero.
 * The lanes are arithmetic (byte k at bits 8k), so no typed-array view and no endianness.
 */
const generatorProductsByDegree = new Map<number, Uint32Array>();
function rsGeneratorProducts(degree: number): Uint32Array {
  let products = generatorProductsByDegree.get(degree);
  if (products) return products;
  const g = new Uint8Array(degree);
  g[degree - 1] = 1;
  let root = 1;
  for (let i = 0; i < degree; i++) {
    for (let j = 0; j < degree; j++)
      g[j] = mul(g[j] as number, root) ^ (j + 1 < degree ? (g[j + 1] as number) : 0);
    root = mul(root, 2);
  }
  const words = (degree + 3) >>> 2;
  products = new Uint32Array(256 * words);
  for (let f = 1; f < 256; f++)
    for (let i = 0; i < degree; i++)
      products[f * words + (i >>> 2)] =
        (products[f * words + (i >>> 2)] as number) | (mul(f, g[i] as number) << ((i & 3) * 8));
  generatorProductsByDegree.set(degree, products);
  return products;
}

/**
 * The EC codewords: the remainder of data·x^n by the generator, as a shift register of n bytes
 * kept four to a word (lanes as above, plus a zero word at the end). Each data byte shifts the
 * register down one byte and XORs in a row of products: a quarter of the operations of a
 * byte-wise register.
 */
function rsRemainder(data: Uint8Array, products: Uint32Array, n: number): Uint8Array {
  const words = (n + 3) >>> 2;
  const r = new Uint32Array(words + 1);
  for (let k = 0; k < data.length; k++) {
    const row = (((data[k] as number) ^ (r[0] as number)) & 0xff) * words; // row 0 is zeros: a plain shift
    for (let i = 0; i < words; i++)
      r[i] = (((r[i] as number) >>> 8) | ((r[i + 1] as number) << 24)) ^ (products[row + i] as number);
  }
  const out = new Uint8Array(n);
  for (let i = 0; i < n; i++) out[i] = (r[i >>> 2] as number) >>> ((i & 3) * 8);
  return out;
}

/** Mode indicator, count, data, terminator, padding (ISO/IEC 18004 §7.4). */
function dataCodewordsFor(bytes: Uint8Array, version: number, level: EcLevel): Uint8Array {
  const capacity = dataCodewords(version, level);
  const out = new Uint8Array(capacity);
  // Mode 0100 and an 8- or 16-bit count: 12 or 20 bits, so every data byte straddles two
  // codewords at a 4-bit offset.
  const header = version < 10 ? (0b0100 << 8) | bytes.length : (0b0100 << 16) | bytes.length;
  let p: number;
  if (version < 10) {
    out[0] = header >>> 4;
    out[1] = (header & 0x0f) << 4;
    p = 1;
  } else {
    out[0] = header >>> 12;
    out[1] = (header >>> 4) & 0xff;
    out[2] = (header & 0x0f) << 4;
    p = 2;
  }
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i] as number;
    out[p] = (out[p] as number) | (b >>> 4);
    out[++p] = (b & 0x0f) << 4;
  }
  let bit = p * 8 + 4;
  bit += Math.min(4, capacity * 8 - bit); // terminator (zeros)
  bit = (bit + 7) & ~7;
  for (let i = bit >>> 3, pad = 0xec; i < capacity; i++, pad ^= 0xec ^ 0x11) out[i] = pad;
  return out;
}

/** Splits into blocks, appends each block's EC codewords, interleaves (ISO/IEC 18004 §7.6). */
function withEcc(data: Uint8Array, version: number, level: EcLevel): Uint8Array {
  const numBlocks = NUM_ERROR_CORRECTION_BLOCKS[level][version] as number;
  const eccLen = ECC_CODEWORDS_PER_BLOCK[level][version] as number;
  const raw = Math.floor(rawDataModules(version) / 8);
  const numShort = numBlocks - (raw % numBlocks);
  const shortLen = Math.floor(raw / numBlocks);
  const products = rsGeneratorProducts(eccLen);
  const blocks: { data: Uint8Array; ecc: Uint8Array }[] = [];
  for (let i = 0, k = 0; i < numBlocks; i++) {
    const len = shortLen - eccLen + (i < numShort ? 0 : 1);
    const block = data.subarray(k, k + len);
    k += len;
    blocks.push({ data: block, ecc: rsRemainder(block, products, eccLen) });
  }
  const out = new Uint8Array(raw);
  let o = 0;
  for (let i = 0; i <= shortLen - eccLen; i++)
    for (const b of blocks) if (i < b.data.length) out[o++] = b.data[i] as number;
  for (let i = 0; i < eccLen; i++) for (const b of blocks) out[o++] = b.ecc[i] as number;
  return out;
}

/** Every codeword of `bytes` in byte mode at this version and level, in placement order. */
export function codewordsFor(bytes: Uint8Array, version: number, level: EcLevel): Uint8Array {
  return withEcc(dataCodewordsFor(bytes, version, level), version, level);
}
