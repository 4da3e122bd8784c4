// QR code images for credential URLs: the module matrix (our encoder, issuer/qr/, byte mode,
// smallest version that fits), a greyscale PNG written by hand (no image package) and a one-path SVG.
import { deflateSync } from 'node:zlib';
import { encodeQr } from './qr-encode';

export type QrEcLevel = 'M' | 'Q' | 'H';

export interface QrMatrix {
  /** 1–40. */
  version: number;
  ecLevel: QrEcLevel;
  /** Modules per side, without quiet zone (17 + 4 × version). */
  size: number;
  /** dark[row][col]. Shared through a small cache: never mutate. */
  dark: readonly (readonly boolean[])[];
  /** The same, row-major, 1 = dark (what the image writers read). */
  modules: Uint8Array;
}

/** Byte-mode capacity of version 40 per EC level (ISO/IEC 18004 table 7). */
const MAX_BYTES: Record<QrEcLevel, number> = { M: 2331, Q: 1663, H: 1273 };
/** The spec's minimum; callers may ask for more but never less. */
const MIN_QUIET_ZONE = 4;

/**
 * Issuing one credential draws its QR up to three times (PNG, SVG, PDF): recent matrices are kept.
 */
const MATRIX_CACHE_SIZE = 16;
const matrixCache = new Map<string, QrMatrix>();

/** The QR module matrix of `text` (UTF-8, byte mode), at the smallest version that fits. */
export function qrMatrix(text: string, ecLevel: QrEcLevel = 'M'): QrMatrix {
  const key = `${ecLevel}${text}`;
  const cached = matrixCache.get(key);
  if (cached) return cached;
  const matrix = Object.freeze(computeMatrix(text, ecLevel));
  if (matrixCache.size >= MATRIX_CACHE_SIZE) matrixCache.delete(matrixCache.keys().next().value as string);
  matrixCache.set(key, matrix);
  return matrix;
}

function computeMatrix(text: string, ecLevel: QrEcLevel): QrMatrix {
  const bytes = new TextEncoder().encode(text);
  if (bytes.length > MAX_BYTES[ecLevel]) {
    throw new Error(
      `QR content of ${bytes.length} bytes exceeds version 40-${ecLevel} (${MAX_BYTES[ecLevel]})`,
    );
  }
  const qr = encodeQr(bytes, ecLevel);
  let dark: (readonly boolean[])[] | undefined;
  return {
    version: qr.version,
    ecLevel,
    size: qr.size,
    modules: qr.modules,
    // Built on first use: the image writers read `modules`.
    get dark() {
      dark ??= Array.from({ length: qr.size }, (_, row) =>
        Object.freeze(Array.from({ length: qr.size }, (_, col) => qr.modules[row * qr.size + col] === 1)),
      );
      return dark;
    },
  };
}

function quietZoneOf(requested: number | undefined): number {
  const zone = requested ?? MIN_QUIET_ZONE;
  if (!Number.isInteger(zone) || zone < MIN_QUIET_ZONE) {
    throw new Error(`quiet zone must be an integer ≥ ${MIN_QUIET_ZONE} modules`);
  }
  return zone;
}

/**
 * One byte per module including the quiet zone, 0 = black, 255 = white, row-major. Used by the
 * PNG writer and by the PDF renderer (which embeds it 1 pixel per module, no interpolation).
 */
export function qrGreyModules(
  matrix: QrMatrix,
  quietZone = MIN_QUIET_ZONE,
): { side: number; pixels: Uint8Array } {
  const zone = quietZoneOf(quietZone);
  const side = matrix.size + 2 * zone;
  const pixels = new Uint8Array(side * side).fill(255);
  const { size, modules } = matrix;
  for (let row = 0; row < size; row++) {
    const out = (row + zone) * side + zone;
    for (let col = 0; col < size; col++) if (modules[row * size + col]) pixels[out + col] = 0;
  }
  return { side, pixels };
}

export interface QrPngOptions {
  /** Pixels per module; default 4. */
  moduleSize?: number;
  /** Modules of white border; default and minimum 4. */
  quietZone?: number;
  ecLevel?: QrEcLevel;
}

/**
 * A 1-bit greyscale PNG of the code, `moduleSize` pixels per module. One bit per pixel keeps
 * the image data small (a 600-byte URL: ~20 KB before deflate), so a batch spends well under a
 * millisecond per image.
 */
export function qrPng(text: string, options: QrPngOptions = {}): Uint8Array {
  const moduleSize = options.moduleSize ?? 4;
  if (!Number.isInteger(moduleSize) || moduleSize < 1 || moduleSize > 64) {
    throw new Error('moduleSize must be an integer from 1 to 64');
  }
  const { size, modules } = qrMatrix(text, options.ecLevel);
  const zone = quietZoneOf(options.quietZone);
  const side = size + 2 * zone;
  const width = side * moduleSize;
  const rowBytes = 1 + Math.ceil(width / 8); // a filter-type byte, then 8 pixels per byte
  const raw = new Uint8Array(rowBytes * width);
  // Each module row: a white line (1 = white; bits past the width are padding), then each dark
  // module's run of pixels cleared, a byte at a time. The moduleSize − 1 lines below repeat it:
  // filter type 2 (Up) with all-zero differences, which deflate packs to almost nothing
  // (PNG spec §9.2).
  for (let row = 0; row < side; row++) {
    const start = row * moduleSize * rowBytes;
    raw.fill(0xff, start + 1, start + rowBytes);
    const y = row - zone;
    if (y >= 0 && y < size) {
      for (let col = 0, p = y * size; col < size; col++, p++) {
        if (modules[p] === 0) continue;
        for (let x = (col + zone) * moduleSize, left = moduleSize; left > 0; ) {
          const bit = x & 7; // pixels run from the most significant bit
          const take = Math.min(left, 8 - bit);
          const i = start + 1 + (x >>> 3);
          raw[i] = (raw[i] as number) & ~((0xff >>> bit) & ~(0xff >>> (bit + take)));
          x += take;
          left -= take;
        }
      }
    }
    for (let k = 1; k < moduleSize; k++) raw[start + k * rowBytes] = 2;
  }
  return encodeGreyPng(width, width, raw);
}

/** A minimal PNG: IHDR (1-bit greyscale), one IDAT of the filtered scanlines, IEND. */
function encodeGreyPng(width: number, height: number, filteredScanlines: Uint8Array): Uint8Array {
  const ihdr = new Uint8Array(13);
  const view = new DataView(ihdr.buffer);
  view.setUint32(0, width);
  view.setUint32(4, height);
  ihdr.set([1, 0, 0, 0, 0], 8); // bit depth 1, colour type 0 (grey), deflate, no filter method, no interlace
  const signature = Uint8Array.of(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a);
  return concat([
    signature,
    pngChunk('IHDR', ihdr),
    pngChunk('IDAT', new Uint8Array(deflateSync(filteredScanlines, { level: 1 }))),
    pngChunk('IEND', new Uint8Array(0)),
  ]);
}

function pngChunk(type: string, data: Uint8Array): Uint8Array {
  const chunk = new Uint8Array(12 + data.length);
  const view = new DataView(chunk.buffer);
  view.setUint32(0, data.length);
  for (let i = 0; i < 4; i++) chunk[4 + i] = type.charCodeAt(i);
  chunk.set(data, 8);
  view.setUint32(8 + data.length, crc32(chunk.subarray(4, 8 + data.length)));
  return chunk;
}

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

/** CRC-32 as used by PNG chunks (ISO 3309, reflected, poly 0xEDB88320). */
export function crc32(bytes: Uint8Array): number {
  let crc = 0xffffffff;
  for (let i = 0; i < bytes.length; i++)
    crc = (CRC_TABLE[(crc ^ (bytes[i] as number)) & 0xff] as number) ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

function concat(parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let offset = 0;
  for (const part of parts) {
    out.set(part, offset);
    offset += part.length;
  }
  return out;
}

export interface QrSvgOptions {
  quietZone?: number;
  ecLevel?: QrEcLevel;
}

/**
 * An SVG whose user unit is one module: a white background and a single path of dark runs.
 * `shape-rendering="crispEdges"` keeps module edges sharp at any scale.
 */
export function qrSvg(text: string, options: QrSvgOptions = {}): string {
  const matrix = qrMatrix(text, options.ecLevel);
  const zone = quietZoneOf(options.quietZone);
  const side = matrix.size + 2 * zone;
  let d = '';
  matrix.dark.forEach((line, row) => {
    let col = 0;
    while (col < line.length) {
      if (!line[col]) {
        col++;
        continue;
      }
      const start = col;
      while (col < line.length && line[col]) col++;
      d += `M${start + zone} ${row + zone}h${col - start}v1h${start - col}z`;
    }
  });
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${side} ${side}" shape-rendering="crispEdges">` +
    `<rect width="${side}" height="${side}" fill="#fff"/><path fill="#000" d="${d}"/></svg>\n`
  );
}
