// The decoding chain's attempts, in order: which image each starts from (the photo as it is, or
// a working copy of at most WORK_PIXELS), how it prepares the pixels (and maps what it finds back),
// and which zxing-cpp options it reads them with. A phone photo has 12 MP and its codes are large:
// the pixel operations run on the working copy, which is 4× cheaper and reads as well. The order
// and the choice are measured, never guessed: bench/qr-set.ts on the odd-numbered half of
// BoofCV's set and bench/qr-photos.ts on ../shared/vectors/qr-photos.
import { localNormalize, shrinkGrey, unsharp } from './enhance';
import { blur, crop, type Pixels, scale, stretchContrast, type View } from './image-ops';
import { restoreQuietZone } from './quiet-zone';
import type { ReadOptions } from './reader';

export interface Attempt {
  name: string;
  /** `full`: the photo (symbols already read masked); `work`: its working copy. */
  from: 'full' | 'work';
  prepare: (src: Pixels) => View;
  options: ReadOptions;
  /** Also worth running after a symbol was read (another code may be in the photo). */
  afterHit?: boolean;
}

/** Larger photos get a working copy of this many pixels for the pixel operations. */
export const WORK_PIXELS = 3_200_000;

const same = (p: Pixels): View => ({ pixels: p });

/** Resampled by `factor`; points map back by dividing. */
export function scaled(p: Pixels, factor: number): View {
  const pixels = scale(p, factor);
  const fx = pixels.width / p.width;
  const fy = pixels.height / p.height;
  return { pixels, toSource: (q) => ({ x: q.x / fx, y: q.y / fy }) };
}

/** Every column (sx = 2) and/or row (sy = 2) repeated: an exact, cheap 2× stretch. */
function duplicate(p: Pixels, sx: 1 | 2, sy: 1 | 2): Pixels {
  const width = p.width * sx;
  const height = p.height * sy;
  const out = new Uint32Array(width * height);
  const src = new Uint32Array(p.data.buffer, p.data.byteOffset, p.width * p.height);
  for (let y = 0; y < height; y++) {
    const from = Math.floor(y / sy) * p.width;
    const row = y * width;
    if (sx === 1) out.set(src.subarray(from, from + p.width), row);
    else for (let x = 0; x < p.width; x++) out[row + 2 * x] = out[row + 2 * x + 1] = src[from + x] as number;
  }
  return { data: new Uint8ClampedArray(out.buffer), width, height };
}

/** One axis stretched by 2 (a code seen at a slant); points map back by the real ratios. */
export function stretched(p: Pixels, sx: 1 | 2, sy: 1 | 2): View {
  const pixels = sx === 2 || sy === 2 ? duplicate(p, sx, sy) : p;
  const fx = pixels.width / p.width;
  const fy = pixels.height / p.height;
  return { pixels, toSource: (q) => ({ x: q.x / fx, y: q.y / fy }) };
}

/** A rectangle given as fractions of the image; points map back by the offset. */
export function cropped(p: Pixels, fx: number, fy: number, fw: number, fh: number): View {
  const x0 = Math.floor(p.width * fx);
  const y0 = Math.floor(p.height * fy);
  return { pixels: crop(p, fx, fy, fw, fh), toSource: (q) => ({ x: q.x + x0, y: q.y + y0 }) };
}

/**
 * The working copy: the photo itself when it has less than 1.5 × WORK_PIXELS, else shrunk by an
 * integer factor (block average, grey) to about WORK_PIXELS or a little less.
 */
export function workingCopy(p: Pixels): View {
  const pixels = p.width * p.height;
  if (pixels < 1.5 * WORK_PIXELS) return { pixels: p };
  const k = Math.max(2, Math.round(Math.sqrt(pixels / WORK_PIXELS)));
  return { pixels: shrinkGrey(p, k), toSource: (q) => ({ x: q.x * k, y: q.y * k }) };
}

/** At most this many pixels for the quiet-zone attempt (its morphology costs ~0.1 µs a pixel). */
const QUIET_ZONE_PIXELS = 1_000_000;

/** The quiet zone painted back (quiet-zone.ts) on a copy of at most QUIET_ZONE_PIXELS. */
function quietZone(p: Pixels): View {
  const k = Math.ceil(Math.sqrt((p.width * p.height) / QUIET_ZONE_PIXELS));
  if (k <= 1) return { pixels: restoreQuietZone(p) };
  const small = shrinkGrey(p, k);
  const fx = p.width / small.width;
  const fy = p.height / small.height;
  return { pixels: restoreQuietZone(small), toSource: (q) => ({ x: q.x * fx, y: q.y * fy }) };
}

const pointwise =
  (f: (p: Pixels) => Pixels) =>
  (p: Pixels): View => ({ pixels: f(p) });

/** A neighbourhood of about a fiftieth of the image: a few modules of a code that fills a tenth of it. */
const normalized = (p: Pixels) =>
  localNormalize(p, Math.max(4, Math.round(Math.min(p.width, p.height) / 50)));

/**
 * Ordered by how many codes they rescued beyond the attempts before, per millisecond (greedy, on
 * the odd half of BoofCV's set; bench/qr-set-study.ts). Each attempt that locates a symbol without
 * reading it is followed by straightening that symbol (dewarp.ts), and by a closer look at the
 * regions it pointed at (regions.ts).
 */
export const ATTEMPTS: Attempt[] = [
  { name: 'plain', from: 'full', prepare: same, options: {} },
  { name: 'global-histogram', from: 'work', prepare: same, options: { binarizer: 'GlobalHistogram' } },
  // Sensor noise and texture: zxing's own denoising (a morphological closing of the bit matrix).
  { name: 'denoise', from: 'work', prepare: same, options: { tryDenoise: true } },
  // Glare, bright spots, shadows, under- or over-exposure: each pixel against its surroundings.
  // Also run after a first-attempt hit: a photo's other codes are often the unevenly lit ones.
  { name: 'normalize', from: 'work', prepare: pointwise(normalized), options: {}, afterHit: true },
  // Perspective: a code seen at a slant is foreshortened along one axis; stretching that axis
  // makes its modules square again for zxing's finder search.
  { name: 'stretch-x', from: 'work', prepare: (p) => stretched(p, 2, 1), options: {} },
  { name: 'stretch-blur', from: 'work', prepare: pointwise((p) => blur(stretchContrast(p))), options: {} },
  // Out of focus: steeper edges.
  { name: 'unsharp', from: 'work', prepare: pointwise((p) => unsharp(p, 2, 1.5)), options: {} },
  // Textured modules (photos printed inside the modules): smoothing, then one global threshold.
  { name: 'blur-global', from: 'work', prepare: pointwise(blur), options: { binarizer: 'GlobalHistogram' } },
  // zxing-cpp 3.1 can miss a dense symbol with tryHarder that its fast mode reads (upstream #1132).
  { name: 'fast', from: 'work', prepare: same, options: { tryHarder: false } },
  // A dark area touching the symbol (a black bar, a dark card, a code drawn on black): the quiet
  // zone painted back (quiet-zone.ts).
  { name: 'quiet-zone', from: 'work', prepare: quietZone, options: {} },
];

/**
 * A camera frame: one attempt (plus at most one straightening); the next frame is the retry. No
 * inverted or turned pass: a certificate's code is dark on light, and QR detection needs no turn
 * (a blank frame costs ~7 ms instead of ~10, one with a code read ~12 instead of ~16).
 */
export const QUICK_ATTEMPTS: Attempt[] = [
  { name: 'plain', from: 'full', prepare: same, options: { tryRotate: false, tryInvert: false } },
];
