// The mask penalty of ISO/IEC 18004 §7.8.3, computed bit-parallel: each row and column becomes a
// few 32-bit words, and every rule is a handful of shifts, ANDs and popcounts per word. Module by
// module the data is random, so a scalar scan mispredicts about every other branch; this runs
// about ten times faster, which is what lets a batch draw thousands of codes per second.
//   N1: each run of ≥ 5 same-colour modules in a line scores 3 + (length − 5)
//   N2 (3): each 2×2 block of one colour
//   N3 (40): each dark-light-dark-dark-dark-light-dark pattern with 4 light modules on one side
//            (outside the symbol counts as light; each side counts)
//   N4 (10): each 5 % the dark share strays from 50 %, beyond the first
const N2 = 3;
const N3 = 40;
const N4 = 10;

function popcount(x: number): number {
  let v = x - ((x >>> 1) & 0x55555555);
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
  return (((v + (v >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}

/** popcount(a) + 2 · popcount(b) in one pass: 4-bit field counts of a and b summed (≤ 12), then added up. */
function popcountPlusTwice(a: number, b: number): number {
  let va = a - ((a >>> 1) & 0x55555555);
  va = (va & 0x33333333) + ((va >>> 2) & 0x33333333);
  let vb = b - ((b >>> 1) & 0x55555555);
  vb = (vb & 0x33333333) + ((vb >>> 2) & 0x33333333);
  const v = va + 2 * vb;
  return ((((v & 0x0f0f0f0f) + ((v >>> 4) & 0x0f0f0f0f)) * 0x01010101) >>> 24) & 0xff;
}

/** Bits [0, n) of word j. */
const upTo = (n: number, j: number): number => {
  const left = n - j * 32;
  return left >= 32 ? -1 : left <= 0 ? 0 : (1 << left) - 1;
};

/**
 * N1 and N3 of one line (`words` words from `base`, `n` modules). Bit i of `cur` is module i of
 * this word; "k ahead" (bit i holds L[i + k]) joins it with the next word, "k behind" with the
 * previous one; past either end reads 0 (light). Each word is loaded once: this is the hot loop.
 * It also stores in `pairs` where L[i] = L[i + 1]: N2 reads that for the rows.
 */
function lineScore(l: Int32Array, base: number, words: number, n: number, pairs: Int32Array): number {
  let score = 0;
  let prev = 0;
  let cur = l[base] as number;
  for (let j = 0; j < words; j++) {
    const next = j + 1 < words ? (l[base + j + 1] as number) : 0;
    const a1 = (cur >>> 1) | (next << 31);
    const a2 = (cur >>> 2) | (next << 30);
    const a3 = (cur >>> 3) | (next << 29);
    const a4 = (cur >>> 4) | (next << 28);
    const b1 = (cur << 1) | (prev >>> 31);
    const same = ~(cur ^ a1);
    pairs[base + j] = same;
    // Five in a row from i: L[i..i+4] all equal (i ≤ n − 5).
    const run5 = same & ~(a1 ^ a2) & ~(a2 ^ a3) & ~(a3 ^ a4) & upTo(n - 4, j);
    if (run5 !== 0) {
      const newRun = (b1 ^ cur) | (j === 0 ? 1 : 0); // L[i−1] ≠ L[i], or i = 0
      // A run of length L ≥ 5 has L − 4 such starts and one beginning: 3 + (L − 5) = (L − 4) + 2.
      score += popcountPlusTwice(run5, run5 & newRun);
    }
    // 1011101: dark, light, dark ×3, light, dark.
    const core = cur & ~a1 & a2 & a3 & a4 & ~((cur >>> 5) | (next << 27)) & ((cur >>> 6) | (next << 26));
    if (core !== 0) {
      const lightBefore = ~(
        b1 |
        (cur << 2) |
        (prev >>> 30) |
        (cur << 3) |
        (prev >>> 29) |
        (cur << 4) |
        (prev >>> 28)
      );
      const lightAfter = ~(
        (cur >>> 7) |
        (next << 25) |
        (cur >>> 8) |
        (next << 24) |
        (cur >>> 9) |
        (next << 23) |
        (cur >>> 10) |
        (next << 22)
      );
      score += N3 * (popcount(core & lightBefore) + popcount(core & lightAfter));
    }
    prev = cur;
    cur = next;
  }
  return score;
}

/** Row and column bitsets of a size × size matrix (1 = dark): `words` 32-bit words per line. */
export interface LineBits {
  size: number;
  words: number;
  rows: Int32Array;
  cols: Int32Array;
}

export function packLines(m: Uint8Array, size: number): LineBits {
  const words = (size + 31) >>> 5;
  const rows = new Int32Array(size * words);
  const cols = new Int32Array(size * words);
  // Each word gathered in a register and stored once (modules are 0 or 1).
  for (let y = 0; y < size; y++) {
    for (let j = 0; j < words; j++) {
      let word = 0;
      for (let x = j * 32, end = Math.min(size, x + 32), p = y * size + x; x < end; x++, p++)
        word |= (m[p] as number) << (x & 31);
      rows[y * words + j] = word;
    }
  }
  for (let x = 0; x < size; x++) {
    for (let j = 0; j < words; j++) {
      let word = 0;
      for (let y = j * 32, end = Math.min(size, y + 32), p = y * size + x; y < end; y++, p += size)
        word |= (m[p] as number) << (y & 31);
      cols[x * words + j] = word;
    }
  }
  return { size, words, rows, cols };
}

let pairScratch = new Int32Array(0);
let rowPairs = new Int32Array(0);

/** The penalty of packed lines: all four rules. */
export function penaltyOfLines({ size, words, rows, cols }: LineBits): number {
  if (rowPairs.length < rows.length) {
    rowPairs = new Int32Array(rows.length);
    pairScratch = new Int32Array(rows.length);
  }
  let score = 0;
  let dark = 0;
  for (let i = 0; i < size; i++) {
    score += lineScore(rows, i * words, words, size, rowPairs);
    score += lineScore(cols, i * words, words, size, pairScratch);
    for (let j = 0; j < words; j++) dark += popcount(rows[i * words + j] as number);
  }
  // N2: a 2×2 block is one colour where a row's horizontal pairs agree, the next row's do, and
  // the two rows agree with each other.
  for (let y = 0; y + 1 < size; y++) {
    for (let j = 0, top = y * words, bottom = top + words; j < words; j++) {
      const agree = ~((rows[top + j] as number) ^ (rows[bottom + j] as number));
      const blocks = (rowPairs[top + j] as number) & (rowPairs[bottom + j] as number) & agree;
      score += N2 * popcount(blocks & upTo(size - 1, j));
    }
  }
  const total = size * size;
  return score + (Math.ceil(Math.abs(dark * 20 - total * 10) / total) - 1) * N4;
}

export function penalty(m: Uint8Array, size: number): number {
  return penaltyOfLines(packLines(m, size));
}
