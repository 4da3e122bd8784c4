// Grey-level images as float fields, with the few operations dewarping needs: cutting out (and
// shrinking) the region around a symbol, local means, and sub-pixel sampling.
import type { Pixels } from './image-ops';

export interface Field {
  v: Float32Array;
  w: number;
  h: number;
}

/** A region of a white-composited RGBA image as grey levels, shrunk by averaging `factor`² blocks. */
export function greyRegion(src: Pixels, x0: number, y0: number, w: number, h: number, factor: number): Field {
  const fw = Math.max(1, Math.floor(w / factor));
  const fh = Math.max(1, Math.floor(h / factor));
  const v = new Float32Array(fw * fh);
  const d = src.data;
  const area = factor * factor;
  for (let fy = 0; fy < fh; fy++) {
    for (let fx = 0; fx < fw; fx++) {
      let sum = 0;
      for (let dy = 0; dy < factor; dy++) {
        let i = ((y0 + fy * factor + dy) * src.width + x0 + fx * factor) * 4;
        for (let dx = 0; dx < factor; dx++, i += 4) {
          sum += 0.299 * (d[i] as number) + 0.587 * (d[i + 1] as number) + 0.114 * (d[i + 2] as number);
        }
      }
      v[fy * fw + fx] = sum / area;
    }
  }
  return { v, w: fw, h: fh };
}

/**
 * Sum over the (2r+1)² box around each cell (clipped at the borders) via an integral image,
 * into `out`; with `mean`, divided by the clipped box's area.
 */
export function boxSums<T extends Float32Array | Int32Array>(
  values: ArrayLike<number>,
  w: number,
  h: number,
  r: number,
  out: T,
  mean = false,
): T {
  const stride = w + 1;
  const sum = new Float64Array(stride * (h + 1));
  for (let y = 0; y < h; y++) {
    let row = 0;
    for (let x = 0; x < w; x++) {
      row += values[y * w + x] as number;
      sum[(y + 1) * stride + x + 1] = (sum[y * stride + x + 1] as number) + row;
    }
  }
  for (let y = 0; y < h; y++) {
    const y0 = Math.max(0, y - r);
    const y1 = Math.min(h, y + r + 1);
    for (let x = 0; x < w; x++) {
      const x0 = Math.max(0, x - r);
      const x1 = Math.min(w, x + r + 1);
      const s =
        (sum[y1 * stride + x1] as number) -
        (sum[y0 * stride + x1] as number) -
        (sum[y1 * stride + x0] as number) +
        (sum[y0 * stride + x0] as number);
      out[y * w + x] = mean ? s / ((x1 - x0) * (y1 - y0)) : s;
    }
  }
  return out;
}

/** Mean over a (2r+1)² box (clipped at the borders). */
export const boxMean = (f: Field, r: number): Field => ({
  v: boxSums(f.v, f.w, f.h, r, new Float32Array(f.w * f.h), true),
  w: f.w,
  h: f.h,
});

/** Bilinear sample at (x, y) in pixel coordinates (pixel centres at +0.5), clamped at the borders. */
export function sample(f: Field, x: number, y: number): number {
  if (f.w < 2 || f.h < 2) return f.v[0] ?? 0;
  const cx = Math.min(f.w - 1.001, Math.max(0, x - 0.5));
  const cy = Math.min(f.h - 1.001, Math.max(0, y - 0.5));
  const x0 = Math.floor(cx);
  const y0 = Math.floor(cy);
  const fx = cx - x0;
  const fy = cy - y0;
  const i = y0 * f.w + x0;
  const top = (f.v[i] as number) * (1 - fx) + (f.v[i + 1] as number) * fx;
  const bottom = (f.v[i + f.w] as number) * (1 - fx) + (f.v[i + f.w + 1] as number) * fx;
  return top * (1 - fy) + bottom * fy;
}

/** The darkest and lightest levels (sparsely sampled): the scale for "clearly dark or light". */
export function levelRange(f: Field): number {
  let lo = 255;
  let hi = 0;
  for (let i = 0; i < f.v.length; i += 3) {
    lo = Math.min(lo, f.v[i] as number);
    hi = Math.max(hi, f.v[i] as number);
  }
  return hi - lo;
}
