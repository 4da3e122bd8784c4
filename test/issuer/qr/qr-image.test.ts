// QR matrix, PNG and SVG: version and EC level, quiet zone, and a PNG decoded back to modules.
import { inflateSync, crc32 as zlibCrc32 } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { type QrMatrix, qrMatrix, qrPng, qrSvg } from '../../../issuer/qr/qr-image';
import { sampleUrl } from '../pdf/fixtures';

/** Byte-mode capacity at EC level M, versions 1–40 (ISO/IEC 18004:2015 table 7). */
const CAPACITY_M = [
  14, 26, 42, 62, 84, 106, 122, 152, 180, 213, 251, 287, 331, 362, 412, 450, 504, 560, 624, 666, 711, 779,
  857, 911, 997, 1059, 1125, 1190, 1264, 1370, 1452, 1538, 1628, 1722, 1809, 1911, 1989, 2099, 2213, 2331,
];

/** EC level from the format information next to the top-left finder (ISO/IEC 18004 §7.9). */
function formatInfo(m: QrMatrix): { ecLevel: string; mask: number } {
  // Column 8 from the top: rows 0–5, 7, 8, then the bottom-left copy's last 7 bits.
  const rows = [
    0,
    1,
    2,
    3,
    4,
    5,
    7,
    8,
    m.size - 7,
    m.size - 6,
    m.size - 5,
    m.size - 4,
    m.size - 3,
    m.size - 2,
    m.size - 1,
  ];
  let bits = 0;
  rows.forEach((row, i) => {
    if (m.dark[row]?.[8]) bits |= 1 << i;
  });
  const data = (bits ^ 0b101010000010010) >> 10;
  return { ecLevel: (['M', 'L', 'H', 'Q'] as const)[data >> 3] as string, mask: data & 7 };
}

function decodePng(png: Uint8Array): { width: number; height: number; pixels: Uint8Array } {
  expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  let offset = 8;
  let width = 0;
  let height = 0;
  const idat: Uint8Array[] = [];
  const types: string[] = [];
  while (offset < png.length) {
    const length = view.getUint32(offset);
    const type = String.fromCharCode(...png.subarray(offset + 4, offset + 8));
    const data = png.subarray(offset + 8, offset + 8 + length);
    expect(view.getUint32(offset + 8 + length), `CRC of ${type}`).toBe(
      zlibCrc32(png.subarray(offset + 4, offset + 8 + length)),
    );
    types.push(type);
    if (type === 'IHDR') {
      width = view.getUint32(offset + 8);
      height = view.getUint32(offset + 12);
      expect([...data.subarray(8)]).toEqual([1, 0, 0, 0, 0]); // 1-bit grey, no interlace
    }
    if (type === 'IDAT') idat.push(data);
    offset += 12 + length;
  }
  expect(types[0]).toBe('IHDR');
  expect(types.at(-1)).toBe('IEND');
  const raw = inflateSync(Buffer.concat(idat));
  const rowBytes = 1 + Math.ceil(width / 8);
  expect(raw.length).toBe(height * rowBytes);
  const pixels = new Uint8Array(width * height);
  for (let y = 0; y < height; y++) {
    // Filter types None (0) and Up (2) (PNG spec §9.2); the writer uses no others.
    const filter = raw[y * rowBytes];
    expect([0, 2], 'filter type None or Up').toContain(filter);
    if (filter === 2) {
      for (let i = 1; i < rowBytes; i++) {
        const above = y > 0 ? (raw[(y - 1) * rowBytes + i] as number) : 0;
        raw[y * rowBytes + i] = ((raw[y * rowBytes + i] as number) + above) & 0xff;
      }
    }
    for (let x = 0; x < width; x++) {
      pixels[y * width + x] = ((raw[y * rowBytes + 1 + (x >>> 3)] as number) >>> (7 - (x & 7))) & 1 ? 255 : 0;
    }
  }
  return { width, height, pixels };
}

describe('qrMatrix', () => {
  it('picks the smallest version that fits, at EC level M, in byte mode', () => {
    for (const length of [1, 14, 15, 331, 332, 431, 628, 1000, 2331]) {
      const text = 'h'.repeat(length);
      const m = qrMatrix(text);
      const expected = CAPACITY_M.findIndex((cap) => cap >= length) + 1;
      expect(m.version, `${length} bytes`).toBe(expected);
      expect(m.size).toBe(17 + 4 * m.version);
      expect(m.dark).toHaveLength(m.size);
      expect(formatInfo(m).ecLevel).toBe('M');
    }
  });

  it('counts UTF-8 bytes, refuses more than version 40-M holds, and honours a higher EC level', () => {
    expect(qrMatrix('あ'.repeat(5)).version).toBe(2); // 15 bytes > 14
    expect(() => qrMatrix('h'.repeat(2332))).toThrow(/version 40-M/);
    const q = qrMatrix(sampleUrl(), 'Q');
    expect(formatInfo(q).ecLevel).toBe('Q');
    expect(q.version).toBeGreaterThan(qrMatrix(sampleUrl()).version);
  });
});

describe('qrPng', () => {
  it('is a valid greyscale PNG whose pixels are the matrix with a 4-module white quiet zone', () => {
    const url = sampleUrl();
    const m = qrMatrix(url);
    const moduleSize = 3;
    const { width, height, pixels } = decodePng(qrPng(url, { moduleSize }));
    const side = m.size + 8;
    expect([width, height]).toEqual([side * moduleSize, side * moduleSize]);
    for (let y = 0; y < height; y++) {
      for (let x = 0; x < width; x++) {
        const row = Math.floor(y / moduleSize) - 4;
        const col = Math.floor(x / moduleSize) - 4;
        const dark = m.dark[row]?.[col] === true;
        const value = pixels[y * width + x];
        if (value !== (dark ? 0 : 255))
          throw new Error(`pixel ${x},${y} is ${value}, module ${row},${col} dark=${dark}`);
      }
    }
  });

  it('keeps a larger quiet zone when asked and never allows less than 4 modules', () => {
    const m = qrMatrix('https://example.jp/');
    expect(decodePng(qrPng('https://example.jp/', { moduleSize: 1, quietZone: 6 })).width).toBe(m.size + 12);
    expect(() => qrPng('https://example.jp/', { quietZone: 3 })).toThrow(/quiet zone/);
  });
});

describe('qrSvg', () => {
  it('draws exactly the dark modules with one path inside a viewBox that includes the quiet zone', () => {
    const url = sampleUrl(2);
    const m = qrMatrix(url);
    const svg = qrSvg(url);
    const side = m.size + 8;
    expect(svg).toContain(`viewBox="0 0 ${side} ${side}"`);
    expect(svg).toContain('shape-rendering="crispEdges"');
    expect(svg.match(/<path /g)).toHaveLength(1);
    const d = /<path [^>]*d="([^"]+)"/.exec(svg)?.[1] ?? '';
    const painted = Array.from({ length: side }, () => new Array<boolean>(side).fill(false));
    for (const [, x, y, w] of d.matchAll(/M(\d+) (\d+)h(\d+)v1h-\d+z/g)) {
      for (let i = 0; i < Number(w); i++) (painted[Number(y)] as boolean[])[Number(x) + i] = true;
    }
    for (let row = 0; row < side; row++) {
      for (let col = 0; col < side; col++) {
        expect(painted[row]?.[col], `${row},${col}`).toBe(m.dark[row - 4]?.[col - 4] === true);
      }
    }
  });
});
