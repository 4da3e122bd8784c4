// Restoring a quiet zone that something dark took: a code printed up to a black bar, trimmed
// onto a dark card, or drawn on black. zxing finds a symbol by its finder patterns' 1:1:3:1:1
// runs, and a dark area touching a finder lengthens its outer run, so the finder is not seen.
// Here every area that is solidly dark over a few modules (a morphological opening, which a
// symbol's own modules never are: its largest solid square is a finder's 3 × 3 centre) is painted
// white, except for a rim of half a module along its edge: where the dark area touches a finder,
// the rim keeps the finder's outer ring, which the opening had taken with it.
import { toGrey } from './enhance';
import { otsu, type Pixels } from './image-ops';

/**
 * Counts of set cells in the (2r+1)² box around each cell (clipped): a sliding window along each
 * row, then down each column, in integers (the integral image of grey-field.ts's boxSums, in
 * floats and generic over array types, took 4× as long on a working copy).
 */
export function boxCounts(mask: Uint8Array, w: number, h: number, r: number): Int32Array {
  const rows = new Int32Array(w * h);
  for (let y = 0; y < h; y++) {
    const base = y * w;
    let sum = 0;
    for (let x = 0; x < Math.min(w, r); x++) sum += mask[base + x] as number;
    for (let x = 0; x < w; x++) {
      if (x + r < w) sum += mask[base + x + r] as number;
      if (x - r - 1 >= 0) sum -= mask[base + x - r - 1] as number;
      rows[base + x] = sum;
    }
  }
  const out = new Int32Array(w * h);
  const column = new Int32Array(w);
  const addRow = (y: number, sign: number) => {
    for (let x = 0, i = y * w; x < w; x++, i++)
      column[x] = (column[x] as number) + sign * (rows[i] as number);
  };
  for (let y = 0; y < Math.min(h, r); y++) addRow(y, 1);
  for (let y = 0; y < h; y++) {
    if (y + r < h) addRow(y + r, 1);
    if (y - r - 1 >= 0) addRow(y - r - 1, -1);
    out.set(column, y * w);
  }
  return out;
}

/** Binary erosion by a (2r+1)² square; outside the image counts as set (a border is no edge). */
export function erode(mask: Uint8Array, w: number, h: number, r: number): Uint8Array {
  const counts = boxCounts(mask, w, h, r);
  const out = new Uint8Array(w * h);
  for (let y = 0; y < h; y++) {
    const rows = Math.min(h, y + r + 1) - Math.max(0, y - r);
    for (let x = 0; x < w; x++) {
      const cols = Math.min(w, x + r + 1) - Math.max(0, x - r);
      out[y * w + x] = counts[y * w + x] === rows * cols ? 1 : 0;
    }
  }
  return out;
}

/**
 * A mask of the cells whose value is above `level` (or, `below`, at most `level`). A loop, not
 * `Uint8Array.from(values, fn)`: V8 calls the function per cell, ~80 ns each (250 ms on a
 * 3.2 MP working copy, against a few ms).
 */
function threshold(values: ArrayLike<number>, level: number, below = false): Uint8Array {
  const out = new Uint8Array(values.length);
  for (let i = 0; i < values.length; i++) out[i] = (values[i] as number) > level !== below ? 1 : 0;
  return out;
}

/** Binary dilation by a (2r+1)² square. */
export function dilate(mask: Uint8Array, w: number, h: number, r: number): Uint8Array {
  return threshold(boxCounts(mask, w, h, r), 0);
}

/** Otsu's threshold of grey levels (image-ops.ts). */
function otsuOf(grey: Uint8Array): number {
  const hist = new Uint32Array(256);
  for (const v of grey) hist[v] = (hist[v] as number) + 1;
  return otsu(hist, grey.length);
}

/**
 * The most frequent length of the horizontal runs of one colour (2 px or more, at most an eighth
 * of the image): in an image of a QR code, one module. Null when there are hardly any runs.
 */
export function commonRun(mask: Uint8Array, w: number, h: number): number | null {
  const longest = Math.max(2, Math.floor(Math.min(w, h) / 8));
  const counts = new Uint32Array(longest + 1);
  let total = 0;
  for (let y = 0; y < h; y++) {
    let start = 0;
    for (let x = 1; x <= w; x++) {
      if (x < w && mask[y * w + x] === mask[y * w + x - 1]) continue;
      const length = x - start;
      if (start > 0 && x < w && length >= 2 && length <= longest) {
        counts[length] = (counts[length] as number) + 1;
        total++;
      }
      start = x;
    }
  }
  if (total < 20) return null;
  let best = 2;
  for (let n = 3; n <= longest; n++) if ((counts[n] as number) > (counts[best] as number)) best = n;
  return best;
}

/**
 * The image, grey, with its solidly dark areas (dark over 3 × 3 modules and more) painted white
 * but for a rim of half a module; `module` is the module size in pixels (estimated from the
 * image's runs when absent). The image as it is when no module size can be told.
 */
export function restoreQuietZone(src: Pixels, module?: number): Pixels {
  const { width: w, height: h } = src;
  const grey = toGrey(src);
  const t = otsuOf(grey);
  const dark = threshold(grey, t, true);
  const m = module ?? commonRun(dark, w, h);
  const out = new Uint8ClampedArray(src.data);
  if (!m) return { data: out, width: w, height: h };
  const r = Math.max(1, Math.round(1.5 * m));
  const solid = dilate(erode(dark, w, h, r), w, h, r);
  const paint = erode(solid, w, h, Math.max(1, Math.round(m / 2)));
  for (let p = 0; p < w * h; p++) {
    const i = p * 4;
    const v = paint[p] ? 255 : (grey[p] as number);
    out[i] = v;
    out[i + 1] = v;
    out[i + 2] = v;
    out[i + 3] = 255;
  }
  return { data: out, width: w, height: h };
}
