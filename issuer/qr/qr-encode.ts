// A QR encoder for byte-mode content (ISO/IEC 18004:2015), written for speed with typed arrays:
// batch issuance draws one code per certificate, and the general-purpose libraries measured here
// spend 10–28 ms on a 600-byte URL (mostly the eight-mask search), which alone would cap a batch
// far below 2,000 certificates/s. Structure after Project Nayuki's reference implementation (MIT).

import { codewordsFor } from './qr-codewords';
import { type LineBits, packLines, penaltyOfLines } from './qr-penalty';
import { alignmentPositions, dataCodewords, type EcLevel, FORMAT_BITS } from './qr-tables';

export interface QrCode {
  version: number;
  ecLevel: EcLevel;
  mask: number;
  size: number;
  /** size × size, row-major, 1 = dark. */
  modules: Uint8Array;
}

interface Template {
  size: number;
  modules: Uint8Array;
  isFunction: Uint8Array;
}

const templates = new Map<number, Template>();

/** Finder, separator, timing and alignment patterns, version information (cached per version). */
function template(version: number): Template {
  const cached = templates.get(version);
  if (cached) return cached;
  const size = version * 4 + 17;
  const modules = new Uint8Array(size * size);
  const isFunction = new Uint8Array(size * size);
  const set = (x: number, y: number, dark: boolean) => {
    modules[y * size + x] = dark ? 1 : 0;
    isFunction[y * size + x] = 1;
  };
  for (let i = 0; i < size; i++) {
    set(6, i, i % 2 === 0);
    set(i, 6, i % 2 === 0);
  }
  for (const [cx, cy] of [
    [3, 3],
    [size - 4, 3],
    [3, size - 4],
  ] as const) {
    for (let dy = -4; dy <= 4; dy++) {
      for (let dx = -4; dx <= 4; dx++) {
        const x = cx + dx;
        const y = cy + dy;
        const dist = Math.max(Math.abs(dx), Math.abs(dy));
        if (x >= 0 && x < size && y >= 0 && y < size) set(x, y, dist !== 2 && dist !== 4);
      }
    }
  }
  const align = alignmentPositions(version);
  const last = align.length - 1;
  align.forEach((ax, i) => {
    align.forEach((ay, j) => {
      if ((i === 0 && j === 0) || (i === 0 && j === last) || (i === last && j === 0)) return;
      for (let dy = -2; dy <= 2; dy++)
        for (let dx = -2; dx <= 2; dx++) set(ax + dx, ay + dy, Math.max(Math.abs(dx), Math.abs(dy)) !== 1);
    });
  });
  drawFormatBits(modules, isFunction, size, 0); // reserve the areas; the real bits come per mask
  if (version >= 7) {
    let rem = version;
    for (let i = 0; i < 12; i++) rem = (rem << 1) ^ ((rem >>> 11) * 0x1f25);
    const bits = (version << 12) | rem;
    for (let i = 0; i < 18; i++) {
      const dark = ((bits >>> i) & 1) === 1;
      const a = size - 11 + (i % 3);
      const b = Math.floor(i / 3);
      set(a, b, dark);
      set(b, a, dark);
    }
  }
  const t = { size, modules, isFunction };
  templates.set(version, t);
  return t;
}

function drawFormatBits(modules: Uint8Array, isFunction: Uint8Array, size: number, bits: number): void {
  const set = (x: number, y: number, i: number) => {
    modules[y * size + x] = (bits >>> i) & 1;
    isFunction[y * size + x] = 1;
  };
  for (let i = 0; i <= 5; i++) set(8, i, i);
  set(8, 7, 6);
  set(8, 8, 7);
  set(7, 8, 8);
  for (let i = 9; i < 15; i++) set(14 - i, 8, i);
  for (let i = 0; i < 8; i++) set(size - 1 - i, 8, i);
  for (let i = 8; i < 15; i++) set(8, size - 15 + i, i);
  modules[(size - 8) * size + 8] = 1; // the dark module
  isFunction[(size - 8) * size + 8] = 1;
}

function formatBits(level: EcLevel, mask: number): number {
  const data = (FORMAT_BITS[level] << 3) | mask;
  let rem = data;
  for (let i = 0; i < 10; i++) rem = (rem << 1) ^ ((rem >>> 9) * 0x537);
  return ((data << 10) | rem) ^ 0x5412;
}

const dataOrders = new Map<number, Int32Array>();

/** The data modules in the order codeword bits fill them: the two-column zigzag, bottom-right first (§7.7.3). */
function dataOrder(t: Template, version: number): Int32Array {
  let order = dataOrders.get(version);
  if (order) return order;
  const { size, isFunction } = t;
  const positions: number[] = [];
  for (let right = size - 1; right >= 1; right -= 2) {
    if (right === 6) right = 5;
    const upward = ((right + 1) & 2) === 0;
    for (let vert = 0; vert < size; vert++) {
      const y = upward ? size - 1 - vert : vert;
      for (let j = 0; j < 2; j++) {
        const p = y * size + right - j;
        if (!isFunction[p]) positions.push(p);
      }
    }
  }
  order = Int32Array.from(positions);
  dataOrders.set(version, order);
  return order;
}

/** Codeword bits placed on the template; remainder bits stay light (§7.7.3). */
function placeData(t: Template, version: number, codewords: Uint8Array): Uint8Array {
  const order = dataOrder(t, version);
  const modules = t.modules.slice();
  const total = Math.min(codewords.length * 8, order.length);
  for (let i = 0; i < total; i++)
    modules[order[i] as number] = ((codewords[i >>> 3] as number) >>> (7 - (i & 7))) & 1;
  return modules;
}

const MASKS: ((x: number, y: number) => boolean)[] = [
  (x, y) => (x + y) % 2 === 0,
  (_, y) => y % 2 === 0,
  (x) => x % 3 === 0,
  (x, y) => (x + y) % 3 === 0,
  (x, y) => (Math.floor(x / 3) + Math.floor(y / 2)) % 2 === 0,
  (x, y) => ((x * y) % 2) + ((x * y) % 3) === 0,
  (x, y) => (((x * y) % 2) + ((x * y) % 3)) % 2 === 0,
  (x, y) => (((x + y) % 2) + ((x * y) % 3)) % 2 === 0,
];

let scratchArea = new Uint8Array(0);
/** A throw-away "is function" map for drawing format bits onto a finished matrix. */
function scratch(size: number): Uint8Array {
  if (scratchArea.length < size * size) scratchArea = new Uint8Array(size * size);
  return scratchArea;
}

const maskPatterns = new Map<number, Uint8Array[]>();

/** For each mask, 1 where it flips a data module (function patterns never flip); per version. */
function patterns(t: Template, version: number): Uint8Array[] {
  let cached = maskPatterns.get(version);
  if (cached) return cached;
  const { size, isFunction } = t;
  cached = MASKS.map((fn) => {
    const pattern = new Uint8Array(size * size);
    for (let y = 0, p = 0; y < size; y++)
      for (let x = 0; x < size; x++, p++) if (!isFunction[p] && fn(x, y)) pattern[p] = 1;
    return pattern;
  });
  maskPatterns.set(version, cached);
  return cached;
}

/** `data` with the mask applied and its format bits drawn, in place (the caller's copy). */
function masked(t: Template, version: number, data: Uint8Array, level: EcLevel, mask: number): Uint8Array {
  const pattern = patterns(t, version)[mask] as Uint8Array;
  // Four modules per XOR: both arrays are fresh, so their buffers start at offset 0.
  const quads = data.length >>> 2;
  const data32 = new Uint32Array(data.buffer, 0, quads);
  const pattern32 = new Uint32Array(pattern.buffer, 0, quads);
  for (let i = 0; i < quads; i++) data32[i] = (data32[i] as number) ^ (pattern32[i] as number);
  for (let p = quads * 4; p < data.length; p++) data[p] = (data[p] as number) ^ (pattern[p] as number);
  drawFormatBits(data, scratch(t.size), t.size, formatBits(level, mask));
  return data;
}

const packedMasks = new Map<string, LineBits[]>();

/**
 * Each mask of this version and level as packed lines to XOR onto the data: its pattern plus its
 * format bits (the data has zeros there, and the dark module already). Cached.
 */
function packedMasksFor(t: Template, version: number, level: EcLevel): LineBits[] {
  const key = `${level}${version}`;
  let masks = packedMasks.get(key);
  if (masks) return masks;
  masks = patterns(t, version).map((pattern, mask) => {
    const flips = pattern.slice();
    drawFormatBits(flips, scratch(t.size), t.size, formatBits(level, mask));
    flips[(t.size - 8) * t.size + 8] = 0; // the dark module: set in the data, not flipped
    return packLines(flips, t.size);
  });
  packedMasks.set(key, masks);
  return masks;
}

/**
 * Penalty of each mask without building its matrix: the data's packed lines XOR the mask's packed
 * flips (ISO/IEC 18004 §7.8.3 scores the whole symbol, format bits included).
 */
function maskScores(t: Template, version: number, data: Uint8Array, level: EcLevel): number[] {
  const base = packLines(data, t.size);
  const work: LineBits = {
    ...base,
    rows: new Int32Array(base.rows.length),
    cols: new Int32Array(base.cols.length),
  };
  return packedMasksFor(t, version, level).map((mask) => {
    for (let i = 0; i < work.rows.length; i++) {
      work.rows[i] = (base.rows[i] as number) ^ (mask.rows[i] as number);
      work.cols[i] = (base.cols[i] as number) ^ (mask.cols[i] as number);
    }
    return penaltyOfLines(work);
  });
}

/** Byte-mode QR code of `bytes` at the smallest version that fits, best mask by penalty. */
export function encodeQr(bytes: Uint8Array, level: EcLevel = 'M', forceMask?: number): QrCode {
  let version = 1;
  while (version <= 40 && 4 + (version < 10 ? 8 : 16) + bytes.length * 8 > dataCodewords(version, level) * 8)
    version++;
  if (version > 40) throw new RangeError(`${bytes.length} bytes do not fit in a version 40-${level} QR code`);
  const t = template(version);
  const data = placeData(t, version, codewordsFor(bytes, version, level));
  let mask = forceMask ?? 0;
  if (forceMask === undefined) {
    const scores = maskScores(t, version, data, level);
    for (let m = 1; m < 8; m++) if ((scores[m] as number) < (scores[mask] as number)) mask = m;
  }
  return { version, ecLevel: level, mask, size: t.size, modules: masked(t, version, data, level, mask) };
}
