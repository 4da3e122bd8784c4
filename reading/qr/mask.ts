// Masking symbols already read: their quadrilaterals (grown a little) are painted over, so the
// attempts that follow spend their time on the rest of the image and cannot report the same
// symbol again, or a spurious one inside it (zxing-cpp 3.x can find a fourth "symbol" among a
// valid symbol's modules). This is how one photo, or one PDF page, gives up all its codes. The
// paint is the grey of the symbol's surroundings (its quiet zone, the paper), not white: a white
// patch in a dim photo would move a global threshold (GlobalHistogram) and hide the other codes.
import type { Pixels } from './image-ops';
import type { Point, Quad } from './qr-grid';
import { convexHull, corners, growQuad } from './quad';

/** Margin around a read symbol: its quiet zone is 4 modules, and a module is ~1/25 of a side. */
export const MASK_GROWTH = 1.15;

/** The [from, to) columns of row `y` (pixel centre y + 0.5) inside the convex polygon. */
function rowSpan(hull: Point[], y: number): [number, number] | null {
  let lo = Number.POSITIVE_INFINITY;
  let hi = Number.NEGATIVE_INFINITY;
  for (let i = 0; i < hull.length; i++) {
    const a = hull[i] as Point;
    const b = hull[(i + 1) % hull.length] as Point;
    if ((a.y <= y && b.y >= y) || (b.y <= y && a.y >= y)) {
      const x = a.y === b.y ? Math.min(a.x, b.x) : a.x + ((y - a.y) / (b.y - a.y)) * (b.x - a.x);
      const x2 = a.y === b.y ? Math.max(a.x, b.x) : x;
      lo = Math.min(lo, x);
      hi = Math.max(hi, x2);
    }
  }
  return lo <= hi ? [Math.ceil(lo - 0.5), Math.floor(hi - 0.5) + 1] : null;
}

/** Paints the (convex hull of the) quad in place with grey `level` (white by default), clipped to the image. */
export function fillQuad(img: Pixels, quad: Quad, level = 255): void {
  const hull = convexHull(corners(quad));
  if (hull.length < 3) return;
  const top = Math.max(0, Math.floor(Math.min(...hull.map((p) => p.y))));
  const bottom = Math.min(img.height - 1, Math.ceil(Math.max(...hull.map((p) => p.y))));
  for (let y = top; y <= bottom; y++) {
    const span = rowSpan(hull, y + 0.5);
    if (!span) continue;
    const from = Math.max(0, span[0]);
    const to = Math.min(img.width, span[1]);
    if (to <= from) continue;
    if (level === 255) img.data.fill(255, (y * img.width + from) * 4, (y * img.width + to) * 4);
    else
      for (let x = from, i = (y * img.width + from) * 4; x < to; x++, i += 4) {
        img.data[i] = level;
        img.data[i + 1] = level;
        img.data[i + 2] = level;
        img.data[i + 3] = 255;
      }
  }
}

/**
 * The median grey level on the outline of `quad` (sampled every few pixels, inside the image):
 * what lies around a symbol, its quiet zone and the paper. White when the outline is outside.
 */
export function surroundingLevel(img: Pixels, quad: Quad): number {
  const points = corners(quad);
  const levels: number[] = [];
  for (let k = 0; k < 4; k++) {
    const a = points[k] as Point;
    const b = points[(k + 1) % 4] as Point;
    const steps = Math.max(4, Math.ceil(Math.hypot(b.x - a.x, b.y - a.y) / 4));
    for (let s = 0; s < steps; s++) {
      const x = Math.round(a.x + ((b.x - a.x) * s) / steps);
      const y = Math.round(a.y + ((b.y - a.y) * s) / steps);
      if (x < 0 || y < 0 || x >= img.width || y >= img.height) continue;
      const i = (y * img.width + x) * 4;
      const d = img.data;
      levels.push(((d[i] as number) * 77 + (d[i + 1] as number) * 150 + (d[i + 2] as number) * 29) >> 8);
    }
  }
  if (levels.length === 0) return 255;
  levels.sort((p, q) => p - q);
  return levels[levels.length >> 1] as number;
}

/**
 * A copy of the image with every quad (grown by MASK_GROWTH) painted with the grey of its
 * surroundings (just outside the grown quad); the input is untouched.
 */
export function maskQuads(src: Pixels, quads: Quad[]): Pixels {
  const out: Pixels = { data: new Uint8ClampedArray(src.data), width: src.width, height: src.height };
  const levels = quads.map((q) => surroundingLevel(src, growQuad(q, MASK_GROWTH + 0.1)));
  for (const [k, q] of quads.entries()) fillQuad(out, growQuad(q, MASK_GROWTH), levels[k]);
  return out;
}
