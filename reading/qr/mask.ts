// Masking symbols already read: their quadrilaterals (grown a little) are painted white, so the
// attempts that follow spend their time on the rest of the image and cannot report the same
// symbol again, or a spurious one inside it (zxing-cpp 3.x can find a fourth "symbol" among a
// valid symbol's modules). This is how one photo, or one PDF page, gives up all its codes.
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

/** Paints the (convex hull of the) quad white in place, clipped to the image. */
export function fillQuad(img: Pixels, quad: Quad): void {
  const hull = convexHull(corners(quad));
  if (hull.length < 3) return;
  const top = Math.max(0, Math.floor(Math.min(...hull.map((p) => p.y))));
  const bottom = Math.min(img.height - 1, Math.ceil(Math.max(...hull.map((p) => p.y))));
  for (let y = top; y <= bottom; y++) {
    const span = rowSpan(hull, y + 0.5);
    if (!span) continue;
    const from = Math.max(0, span[0]);
    const to = Math.min(img.width, span[1]);
    if (to > from) img.data.fill(255, (y * img.width + from) * 4, (y * img.width + to) * 4);
  }
}

/** A copy of the image with every quad (grown by MASK_GROWTH) painted white; the input is untouched. */
export function maskQuads(src: Pixels, quads: Quad[]): Pixels {
  const out: Pixels = { data: new Uint8ClampedArray(src.data), width: src.width, height: src.height };
  for (const q of quads) fillQuad(out, growQuad(q, MASK_GROWTH));
  return out;
}
