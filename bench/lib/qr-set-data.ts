// BoofCV's labelled QR photo set (qrcodes_v3: 536 photos, 1,232 codes in 16 categories), read
// from a folder outside the repo: its images carry no stated licence, so they are never copied
// here. Labels are four corners per code, in the stored pixel grid (before any EXIF rotation):
// either a `SETS` line then one code per line (8 numbers), or one corner per line (2 numbers).
// Odd-numbered images are the tuning half, even-numbered ones are held out.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Point, Quad } from '../../reading/qr/qr-grid';
import { quadOf } from '../../reading/qr/quad';

export const QR_SET_ENV = 'DQC_QR_SET';

export const QR_SET_HOWTO = [
  `The BoofCV QR set is not in this repo (its images carry no stated licence). To run this part:`,
  `  take the folder qrcodes_v3 of BoofCV's validation data (a copy is benches/images/boofcv/ in`,
  `  the public repo rizwankce/RustQR), so that it holds <category>/imageNNN.{jpg,png,txt}, then`,
  `  npm run bench -- qr-set /path/to/that/folder    or    ${QR_SET_ENV}=/path/to/that/folder npm run bench`,
].join('\n');

export type Half = 'odd' | 'even';

export interface LabelledImage {
  category: string;
  /** e.g. glare/image001.jpg */
  name: string;
  path: string;
  half: Half;
  /** Corner quads in the stored pixel grid (apply orientLabels for the displayed one). */
  labels: Quad[];
}

/** The labels of one .txt file (both layouts); throws on a count that is not a multiple of 8. */
export function parseLabels(text: string): Quad[] {
  const numbers: number[] = [];
  for (const line of text.split('\n')) {
    const t = line.trim();
    if (t === '' || t.startsWith('#') || t === 'SETS') continue;
    for (const n of t.split(/\s+/)) numbers.push(Number(n));
  }
  if (numbers.length % 8 !== 0 || numbers.some((n) => !Number.isFinite(n))) {
    throw new Error(`labels: ${numbers.length} numbers, not four points per code`);
  }
  const quads: Quad[] = [];
  for (let i = 0; i < numbers.length; i += 8) {
    const p: Point[] = [0, 2, 4, 6].map((k) => ({
      x: numbers[i + k] as number,
      y: numbers[i + k + 1] as number,
    }));
    quads.push(quadOf(p));
  }
  return quads;
}

/** The set's images, sorted by category and name; null when `dir` is not such a folder. */
export function listQrSet(dir: string): LabelledImage[] | null {
  if (!existsSync(dir)) return null;
  const out: LabelledImage[] = [];
  for (const category of readdirSync(dir, { withFileTypes: true })) {
    if (!category.isDirectory()) continue;
    const folder = join(dir, category.name);
    for (const file of readdirSync(folder).sort()) {
      const m = /^image(\d+)\.(jpg|jpeg|png)$/i.exec(file);
      if (!m) continue;
      const txt = join(folder, file.replace(/\.[^.]+$/, '.txt'));
      if (!existsSync(txt)) continue;
      out.push({
        category: category.name,
        name: `${category.name}/${file}`,
        path: join(folder, file),
        half: Number(m[1]) % 2 === 1 ? 'odd' : 'even',
        labels: parseLabels(readFileSync(txt, 'utf8')),
      });
    }
  }
  out.sort((a, b) => (a.name < b.name ? -1 : 1));
  return out.length > 0 ? out : null;
}

/** EXIF orientation (1–8) of a JPEG, 1 when absent or invalid. */
export function exifOrientation(b: Uint8Array): number {
  if (b[0] !== 0xff || b[1] !== 0xd8) return 1;
  let i = 2;
  while (i + 4 < b.length && b[i] === 0xff) {
    const marker = b[i + 1] as number;
    const length = ((b[i + 2] as number) << 8) | (b[i + 3] as number);
    if (marker === 0xda) break;
    const isExif = marker === 0xe1 && String.fromCharCode(...b.subarray(i + 4, i + 8)) === 'Exif';
    if (isExif) {
      const t = i + 10;
      const le = b[t] === 0x49;
      const u16 = (o: number) =>
        le ? (b[o] as number) | ((b[o + 1] as number) << 8) : ((b[o] as number) << 8) | (b[o + 1] as number);
      const u32 = (o: number) => (le ? u16(o) + u16(o + 2) * 65536 : u16(o) * 65536 + u16(o + 2));
      const ifd = t + u32(t + 4);
      const count = u16(ifd);
      for (let k = 0; k < count; k++) {
        const entry = ifd + 2 + 12 * k;
        if (u16(entry) === 0x0112) {
          const o = u16(entry + 8);
          return o >= 1 && o <= 8 ? o : 1;
        }
      }
      return 1;
    }
    i += 2 + length;
  }
  return 1;
}

/**
 * Labels moved from the stored grid (rawWidth × rawHeight) to the displayed one, for decoders
 * that apply the EXIF orientation (Chromium's createImageBitmap, @napi-rs/canvas both do).
 */
export function orientLabels(
  labels: Quad[],
  orientation: number,
  rawWidth: number,
  rawHeight: number,
): Quad[] {
  const W = rawWidth;
  const H = rawHeight;
  const f: Record<number, (p: Point) => Point> = {
    2: (p) => ({ x: W - p.x, y: p.y }),
    3: (p) => ({ x: W - p.x, y: H - p.y }),
    4: (p) => ({ x: p.x, y: H - p.y }),
    5: (p) => ({ x: p.y, y: p.x }),
    6: (p) => ({ x: H - p.y, y: p.x }),
    7: (p) => ({ x: H - p.y, y: W - p.x }),
    8: (p) => ({ x: p.y, y: W - p.x }),
  };
  const map = f[orientation];
  if (!map) return labels;
  return labels.map((q) => quadOf([q.topLeft, q.topRight, q.bottomRight, q.bottomLeft].map(map)));
}
