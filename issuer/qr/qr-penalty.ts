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

/** Word j of line L seen from k places further on: bit i holds L[i + k] (0 past the end). */
const ahead = (l: Int32Array, base: number, words: number, j: number, k: number): number =>
  k === 0
    ? (l[base + j] as number)
    : ((l[base + j] as number) >>> k) | (j + 1 < words ? (l[base + j + 1] as number) << (32 - k) : 0);

/** Word j seen from k places back: bit i holds L[i − k] (0 before the start). */
const behind = (l: Int32Array, base: number, j: number, k: number): number =>
  ((l[base + j] as number) << k) | (j > 0 ? (l[base + j - 1] as number) >>> (32 - k) : 0);

/** Bits [0, n) of word j. */
const upTo = (n: number, j: number): number => {
  const left = n - j * 32;
  return left >= 32 ? -1 : left <= 0 ? 0 : (1 << left) - 1;
};

/** N1 and N3 of one line (`words` words from `base`, `n` modules). No closures: hot loop. */
function lineScore(l: Int32Array, base: number, words: number, n: number): number {
  let score = 0;
  for (let j = 0; j < words; j++) {
    const a0 = ahead(l, base, words, j, 0);
    const a1 = ahead(l, base, words, j, 1);
    const a2 = ahead(l, base, words, j, 2);
    const a3 = ahead(l, base, words, j, 3);
    const a4 = ahead(l, base, words, j, 4);
    // Five in a row from i: L[i..i+4] all equal (i ≤ n − 5).
    const run5 = ~(a0 ^ a1) & ~(a1 ^ a2) & ~(a2 ^ a3) & ~(a3 ^ a4) & upTo(n - 4, j);
    if (run5 !== 0) {
      const newRun = (behind(l, base, j, 1) ^ a0) | (j === 0 ? 1 : 0); // L[i−1] ≠ L[i], or i = 0
      // A run of length L ≥ 5 has L − 4 such starts and one beginning: 3 + (L − 5) = (L − 4) + 2.
      score += popcount(run5) + 2 * popcount(run5 & newRun);
    }
    const core = a0 & ~a1 & a2 & a3 & a4 & ~ahead(l, base, words, j, 5) & ahead(l, base, words, j, 6);
    if (core !== 0) {
      const lightBefore = ~(
        behind(l, base, j, 1) |
        behind(l, base, j, 2) |
        behind(l, base, j, 3) |
        behind(l, base, j, 4)
      );
      const lightAfter = ~(
        ahead(l, base, words, j, 7) |
        ahead(l, base, words, j, 8) |
        ahead(l, base, words, j, 9) |
        ahead(l, base, words, j, 10)
      );
      score += N3 * (popcount(core & lightBefore) + popcount(core & lightAfter));
    }
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
  for (let y = 0, p = 0; y < size; y++) {
    const rowBase = y * words;
    const colBit = 1 << (y & 31);
    const colWord = y >>> 5;
    for (let x = 0; x < size; x++, p++) {
      const v = m[p] as number;
      rows[rowBase + (x >>> 5)] = (rows[rowBase + (x >>> 5)] as number) | (v << (x & 31));
      cols[x * words + colWord] = (cols[x * words + colWord] as number) | (colBit & -v);
    }
  }
  return { size, words, rows, cols };
}

/** The penalty of packed lines: all four rules. */
export function penaltyOfLines({ size, words, rows, cols }: LineBits): number {
  let score = 0;
  let dark = 0;
  for (let i = 0; i < size; i++) {
    score += lineScore(rows, i * words, words, size) + lineScore(cols, i * words, words, size);
    for (let j = 0; j < words; j++) dark += popcount(rows[i * words + j] as number);
  }
  for (let y = 0; y + 1 < size; y++) {
    for (let j = 0; j < words; j++) {
      const a0 = ahead(rows, y * words, words, j, 0);
      const a1 = ahead(rows, y * words, words, j, 1);
      const b0 = ahead(rows, (y + 1) * words, words, j, 0);
      const b1 = ahead(rows, (y + 1) * words, words, j, 1);
      score += N2 * popcount(~(a0 ^ a1) & ~(a0 ^ b0) & ~(b0 ^ b1) & upTo(size - 1, j));
    }
  }
  const total = size * size;
  return score + (Math.ceil(Math.abs(dark * 20 - total * 10) / total) - 1) * N4;
}

export function penalty(m: Uint8Array, size: number): number {
  return penaltyOfLines(packLines(m, size));
}
