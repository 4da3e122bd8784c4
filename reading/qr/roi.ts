// Regions of interest: a rectangle of the photo around a code that was located (or looks like
// one) but not read, cut out and resampled so its modules have a size zxing reads best. A crop
// holds a hundredth of the photo's pixels, so the costlier enhancements (several of them in turn)
// run on it in the time one whole-photo attempt takes.
import type { Pixels, View } from './image-ops';
import type { Point, Quad } from './qr-grid';
import { corners } from './quad';

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** The axis-aligned box around a quad, grown about its centre by `factor`, clipped to the image. */
export function boxAround(q: Quad, factor: number, width: number, height: number): Rect | null {
  const c = corners(q);
  const xs = c.map((p) => p.x);
  const ys = c.map((p) => p.y);
  const cx = (Math.min(...xs) + Math.max(...xs)) / 2;
  const cy = (Math.min(...ys) + Math.max(...ys)) / 2;
  const hw = ((Math.max(...xs) - Math.min(...xs)) * factor) / 2;
  const hh = ((Math.max(...ys) - Math.min(...ys)) * factor) / 2;
  const x0 = Math.max(0, Math.floor(cx - hw));
  const y0 = Math.max(0, Math.floor(cy - hh));
  const x1 = Math.min(width, Math.ceil(cx + hw));
  const y1 = Math.min(height, Math.ceil(cy + hh));
  if (!(x1 - x0 >= 8 && y1 - y0 >= 8)) return null;
  return { x: x0, y: y0, width: x1 - x0, height: y1 - y0 };
}

const luma = (d: Uint8ClampedArray, i: number) =>
  ((d[i] as number) * 77 + (d[i + 1] as number) * 150 + (d[i + 2] as number) * 29) >> 8;

/**
 * The rectangle resampled to outWidth × outHeight, grey: each output pixel the mean of the source
 * pixels it covers when shrinking (no aliasing of fine modules), bilinear when enlarging. Points
 * map back to the source image.
 */
export function cropResized(src: Pixels, r: Rect, outWidth: number, outHeight: number): Required<View> {
  const sx = r.width / outWidth;
  const sy = r.height / outHeight;
  const out = new Uint8ClampedArray(outWidth * outHeight * 4);
  const d = src.data;
  const W = src.width;
  for (let oy = 0; oy < outHeight; oy++) {
    for (let ox = 0; ox < outWidth; ox++) {
      let v: number;
      if (sx > 1 || sy > 1) {
        const x0 = r.x + Math.floor(ox * sx);
        const x1 = Math.max(x0 + 1, r.x + Math.floor((ox + 1) * sx));
        const y0 = r.y + Math.floor(oy * sy);
        const y1 = Math.max(y0 + 1, r.y + Math.floor((oy + 1) * sy));
        let s = 0;
        for (let y = y0; y < y1; y++) for (let x = x0; x < x1; x++) s += luma(d, (y * W + x) * 4);
        v = s / ((x1 - x0) * (y1 - y0));
      } else {
        const fx = Math.min(r.width - 1, Math.max(0, (ox + 0.5) * sx - 0.5));
        const fy = Math.min(r.height - 1, Math.max(0, (oy + 0.5) * sy - 0.5));
        const x0 = Math.floor(fx);
        const y0 = Math.floor(fy);
        const x1 = Math.min(r.width - 1, x0 + 1);
        const y1 = Math.min(r.height - 1, y0 + 1);
        const ax = fx - x0;
        const ay = fy - y0;
        const at = (x: number, y: number) => luma(d, ((r.y + y) * W + r.x + x) * 4);
        v =
          (at(x0, y0) * (1 - ax) + at(x1, y0) * ax) * (1 - ay) +
          (at(x0, y1) * (1 - ax) + at(x1, y1) * ax) * ay;
      }
      const o = (oy * outWidth + ox) * 4;
      out[o] = v;
      out[o + 1] = v;
      out[o + 2] = v;
      out[o + 3] = 255;
    }
  }
  return {
    pixels: { data: out, width: outWidth, height: outHeight },
    toSource: (p: Point) => ({ x: r.x + p.x * sx, y: r.y + p.y * sy }),
  };
}

/** A located symbol (corners in the photo, modules per side), as dewarp.ts takes it. */
export interface Lead {
  quad: Quad;
  size: number;
}

/**
 * The lead's surroundings (its box grown by `margin`), resampled so that one module spans about
 * `pxPerModule` pixels, within `maxSide` pixels a side; null when the box is degenerate.
 */
export function leadView(
  src: Pixels,
  lead: Lead,
  { pxPerModule, margin = 1.5, maxSide = 512 }: { pxPerModule: number; margin?: number; maxSide?: number },
): (Required<View> & { moduleSize: number }) | null {
  const box = boxAround(lead.quad, margin, src.width, src.height);
  if (!box) return null;
  const { topLeft: a, topRight: b, bottomLeft: d } = lead.quad;
  const side = (Math.hypot(b.x - a.x, b.y - a.y) + Math.hypot(d.x - a.x, d.y - a.y)) / 2;
  const module = side / lead.size;
  if (!(module > 0)) return null;
  let k = pxPerModule / module;
  k = Math.min(k, maxSide / Math.max(box.width, box.height));
  const width = Math.max(16, Math.round(box.width * k));
  const height = Math.max(16, Math.round(box.height * k));
  return { ...cropResized(src, box, width, height), moduleSize: module * (width / box.width) };
}
