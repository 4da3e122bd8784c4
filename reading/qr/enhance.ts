// Grey-level enhancements for hard photos, each a pure function on RGBA pixels (no DOM), so the
// app's worker and Node run the same code:
// - localNormalize: every pixel measured against its neighbourhood's mean and spread, which
//   flattens glare, bright spots, shadows and uneven exposure so one threshold fits the symbol;
// - unsharp: edges steepened (a blurred or out-of-focus print);
// - shrinkTo: a large photo reduced before the costlier operations (its codes stay big enough).
import type { Pixels } from './image-ops';

/** Luminance (ITU-R BT.601 weights, as zxing uses) of each pixel. */
export function toGrey(src: Pixels): Uint8Array {
  const n = src.width * src.height;
  const d = src.data;
  const out = new Uint8Array(n);
  for (let p = 0, i = 0; p < n; p++, i += 4) {
    out[p] = ((d[i] as number) * 77 + (d[i + 1] as number) * 150 + (d[i + 2] as number) * 29) >> 8;
  }
  return out;
}

/**
 * The image shrunk by an integer factor `k`, each k×k block averaged into one grey pixel: the
 * cheapest good downscale (no aliasing of fine modules), for the chain's working copy.
 */
export function shrinkGrey(src: Pixels, k: number): Pixels {
  const width = Math.max(1, Math.floor(src.width / k));
  const height = Math.max(1, Math.floor(src.height / k));
  const sums = new Uint32Array(width);
  const out = new Uint8ClampedArray(width * height * 4);
  const d = src.data;
  const area = k * k;
  for (let y = 0; y < height; y++) {
    sums.fill(0);
    for (let dy = 0; dy < k; dy++) {
      let i = (y * k + dy) * src.width * 4;
      for (let x = 0; x < width; x++) {
        let s = 0;
        for (let dx = 0; dx < k; dx++, i += 4)
          s += (d[i] as number) * 77 + (d[i + 1] as number) * 150 + (d[i + 2] as number) * 29;
        sums[x] = (sums[x] as number) + s;
      }
    }
    for (let x = 0, o = y * width * 4; x < width; x++, o += 4) {
      const v = (sums[x] as number) / area / 256;
      out[o] = v;
      out[o + 1] = v;
      out[o + 2] = v;
      out[o + 3] = 255;
    }
  }
  return { data: out, width, height };
}

/** Grey levels back to opaque RGBA. */
export function fromGrey(grey: ArrayLike<number>, width: number, height: number): Pixels {
  const out = new Uint8ClampedArray(width * height * 4);
  for (let p = 0, i = 0; p < grey.length; p++, i += 4) {
    const v = grey[p] as number;
    out[i] = v;
    out[i + 1] = v;
    out[i + 2] = v;
    out[i + 3] = 255;
  }
  return { data: out, width, height };
}

/**
 * Mean over a (2r+1)² box clipped at the borders: row prefix sums, then running column sums,
 * O(n) for any r and cache-friendly (it runs on 3 MP working copies within a time budget).
 */
export function boxMean(src: Float32Array, width: number, height: number, r: number): Float32Array {
  const tmp = new Float32Array(width * height);
  const prefix = new Float64Array(width + 1);
  for (let y = 0; y < height; y++) {
    const row = y * width;
    for (let x = 0; x < width; x++) prefix[x + 1] = (prefix[x] as number) + (src[row + x] as number);
    for (let x = 0; x < width; x++) {
      const lo = Math.max(0, x - r);
      const hi = Math.min(width - 1, x + r);
      tmp[row + x] = ((prefix[hi + 1] as number) - (prefix[lo] as number)) / (hi - lo + 1);
    }
  }
  const out = new Float32Array(width * height);
  const column = new Float64Array(width);
  const addRow = (y: number, sign: number) => {
    const row = y * width;
    for (let x = 0; x < width; x++) column[x] = (column[x] as number) + sign * (tmp[row + x] as number);
  };
  for (let y = 0; y <= Math.min(r, height - 1); y++) addRow(y, 1);
  for (let y = 0; y < height; y++) {
    const count = Math.min(height - 1, y + r) - Math.max(0, y - r) + 1;
    const row = y * width;
    for (let x = 0; x < width; x++) out[row + x] = (column[x] as number) / count;
    if (y + r + 1 < height) addRow(y + r + 1, 1);
    if (y - r >= 0) addRow(y - r, -1);
  }
  return out;
}

const toFloat = (grey: Uint8Array): Float32Array => Float32Array.from(grey);

/**
 * Local contrast normalisation: (v − local mean) / local spread, mapped around mid-grey. The
 * neighbourhood (about `r` pixels) should span a few modules: larger than a module, smaller than
 * the glare or shadow it evens out. Mean and spread are taken per tile of r × r pixels, averaged
 * over the 3 × 3 tiles around, and interpolated bilinearly between tile centres: the cost of a
 * per-pixel window at a fraction of the time (this runs after every hit, on 3 MP copies).
 */
export function localNormalize(src: Pixels, r: number): Pixels {
  const { width, height } = src;
  const grey = toGrey(src);
  const t = Math.max(2, Math.round(r));
  const tw = Math.ceil(width / t);
  const th = Math.ceil(height / t);
  const sum = new Float64Array(tw * th);
  const sumSq = new Float64Array(tw * th);
  const count = new Float64Array(tw * th);
  for (let y = 0; y < height; y++) {
    const tileRow = Math.floor(y / t) * tw;
    for (let x = 0; x < width; x++) {
      const v = grey[y * width + x] as number;
      const k = tileRow + Math.floor(x / t);
      sum[k] = (sum[k] as number) + v;
      sumSq[k] = (sumSq[k] as number) + v * v;
      count[k] = (count[k] as number) + 1;
    }
  }
  // Each tile's statistics over its 3 × 3 neighbourhood of tiles.
  const mean = new Float32Array(tw * th);
  const spread = new Float32Array(tw * th);
  for (let ty = 0; ty < th; ty++) {
    for (let tx = 0; tx < tw; tx++) {
      let s = 0;
      let q = 0;
      let n = 0;
      for (let dy = -1; dy <= 1; dy++) {
        const yy = ty + dy;
        if (yy < 0 || yy >= th) continue;
        for (let dx = -1; dx <= 1; dx++) {
          const xx = tx + dx;
          if (xx < 0 || xx >= tw) continue;
          const k = yy * tw + xx;
          s += sum[k] as number;
          q += sumSq[k] as number;
          n += count[k] as number;
        }
      }
      const m = s / n;
      mean[ty * tw + tx] = m;
      // The floor keeps flat regions (paper, sky) flat instead of amplifying their noise.
      spread[ty * tw + tx] = Math.max(8, Math.sqrt(Math.max(0, q / n - m * m)));
    }
  }
  const out = new Uint8ClampedArray(width * height * 4);
  for (let y = 0; y < height; y++) {
    const fy = Math.min(th - 1, Math.max(0, (y + 0.5) / t - 0.5));
    const y0 = Math.floor(fy);
    const y1 = Math.min(th - 1, y0 + 1);
    const wy = fy - y0;
    for (let x = 0; x < width; x++) {
      const fx = Math.min(tw - 1, Math.max(0, (x + 0.5) / t - 0.5));
      const x0 = Math.floor(fx);
      const x1 = Math.min(tw - 1, x0 + 1);
      const wx = fx - x0;
      const a = y0 * tw + x0;
      const b = y0 * tw + x1;
      const c = y1 * tw + x0;
      const d = y1 * tw + x1;
      const m =
        ((mean[a] as number) * (1 - wx) + (mean[b] as number) * wx) * (1 - wy) +
        ((mean[c] as number) * (1 - wx) + (mean[d] as number) * wx) * wy;
      const sd =
        ((spread[a] as number) * (1 - wx) + (spread[b] as number) * wx) * (1 - wy) +
        ((spread[c] as number) * (1 - wx) + (spread[d] as number) * wx) * wy;
      const v = 128 + (64 * ((grey[y * width + x] as number) - m)) / sd;
      const o = (y * width + x) * 4;
      out[o] = v;
      out[o + 1] = v;
      out[o + 2] = v;
      out[o + 3] = 255;
    }
  }
  return { data: out, width, height };
}

/** Unsharp masking: v + amount × (v − mean over radius r). */
export function unsharp(src: Pixels, r: number, amount: number): Pixels {
  const { width, height } = src;
  const grey = toGrey(src);
  const mean = boxMean(toFloat(grey), width, height, r);
  const out = new Uint8ClampedArray(grey.length);
  for (let i = 0; i < grey.length; i++) {
    const v = grey[i] as number;
    out[i] = v + amount * (v - (mean[i] as number));
  }
  return fromGrey(out, width, height);
}
