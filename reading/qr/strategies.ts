// Finding QR codes in an image with zxing-cpp (zxing-wasm), retrying what fails within a time
// budget: other binarizers, denoising, contrast stretch, scales, crops, and straightening a bent
// symbol that zxing located but could not read. Cheap attempts first; the first attempt that reads
// something wins. Measured on ../shared/vectors/qr-photos/ by test/reading/qr/strategies.photos.test.ts and
// bench/qr-photos.ts.
import { dewarp, type Located } from './dewarp';
import { blur, crop, onWhite, type Pixels, scale, stretchContrast, whitenDarkSurround } from './image-ops';

export interface ReadOptions {
  binarizer?: 'LocalAverage' | 'GlobalHistogram' | 'FixedThreshold' | 'BoolCast';
  tryDenoise?: boolean;
  tryDownscale?: boolean;
}

export interface ReadOutcome {
  /** Texts of the symbols read (checksums passed). */
  texts: string[];
  /** Symbols found but not read, in the coordinates of the image passed in. */
  located: Located[];
}

/** zxing-wasm's readBarcodes, reduced to what the strategies need (injected: worker or Node). */
export type ReadFn = (image: Pixels, options: ReadOptions) => Promise<ReadOutcome>;

export interface Attempt {
  name: string;
  /** Prepares the pixels (from the white-composited original). */
  image: (src: Pixels) => Pixels;
  options: ReadOptions;
}

const same = (p: Pixels) => p;
const small = (p: Pixels) => Math.min(p.width, p.height) < 600;
const MAX_PIXELS = 40_000_000;
/** Straightening runs on at most this many located symbols per attempt (each costs ~30–80 ms). */
const MAX_DEWARPS = 2;

/**
 * Ordered by how often they rescued a miss of the attempts before (measured on the qr-photos
 * corpus, see bench/qr-photos.ts) and by cost. Each attempt that locates a symbol without reading
 * it is followed by straightening that symbol (dewarp.ts), which is what reads codes on fabric.
 */
export const ATTEMPTS: Attempt[] = [
  { name: 'plain', image: same, options: {} },
  { name: 'denoise', image: same, options: { tryDenoise: true } },
  { name: 'global-histogram', image: same, options: { binarizer: 'GlobalHistogram' } },
  // Textured modules (photos printed inside the modules): smoothing, then one global threshold.
  { name: 'blur-global', image: blur, options: { binarizer: 'GlobalHistogram' } },
  { name: 'stretch', image: stretchContrast, options: {} },
  { name: 'rescale', image: (p) => (small(p) ? scale(p, 2) : scale(p, 0.5)), options: {} },
  { name: 'stretch-blur', image: (p) => blur(stretchContrast(p)), options: {} },
  { name: 'crop-centre', image: (p) => crop(p, 0.15, 0.15, 0.7, 0.7), options: {} },
  { name: 'fixed-threshold', image: same, options: { binarizer: 'FixedThreshold' } },
  { name: 'rescale-more', image: (p) => scale(p, small(p) ? 3 : 0.33), options: { tryDenoise: true } },
  { name: 'crop-top-left', image: (p) => crop(p, 0, 0, 0.6, 0.6), options: {} },
  { name: 'crop-top-right', image: (p) => crop(p, 0.4, 0, 0.6, 0.6), options: {} },
  { name: 'crop-bottom-left', image: (p) => crop(p, 0, 0.4, 0.6, 0.6), options: {} },
  { name: 'crop-bottom-right', image: (p) => crop(p, 0.4, 0.4, 0.6, 0.6), options: {} },
  // A code on a card or sticker against something dark, with hardly any light margin.
  { name: 'whiten-surround', image: whitenDarkSurround, options: {} },
];

export interface DecodeOptions {
  /** Time after which no new attempt starts (the one running finishes). */
  budgetMs: number;
  read: ReadFn;
  /** The first attempt only, plus straightening what it located (a camera frame: the next frame is the retry). */
  quick?: boolean;
  /** Which strategy read the symbol (for the bench and tests; never sees the texts). */
  onHit?: (strategy: string) => void;
}

const unique = (texts: string[]) => [...new Set(texts)];

/**
 * Reads every QR code it can find in an RGBA image. Returns the distinct texts, exactly as
 * encoded, or [] when nothing could be read within the budget. Throws on absurdly large images.
 */
export async function decodeQrImage(image: Pixels, options: DecodeOptions): Promise<string[]> {
  const { budgetMs, read, quick, onHit } = options;
  if (image.width < 1 || image.height < 1) return [];
  if (image.width * image.height > MAX_PIXELS) throw new RangeError('image too large to decode');
  if (image.data.length < image.width * image.height * 4) throw new RangeError('image data too short');
  const started = performance.now();
  const overBudget = () => performance.now() - started > budgetMs;
  const base = onWhite(image);
  const attempts = quick ? ATTEMPTS.slice(0, 1) : ATTEMPTS;
  for (const [i, attempt] of attempts.entries()) {
    if (i > 0 && overBudget()) break;
    const prepared = attempt.image(base);
    const outcome = await read(prepared, attempt.options);
    if (outcome.texts.length > 0) {
      onHit?.(attempt.name);
      return unique(outcome.texts);
    }
    for (const located of outcome.located.slice(0, MAX_DEWARPS)) {
      if (overBudget()) break;
      const flat = dewarp(prepared, located, { deadline: started + budgetMs });
      if (!flat) continue;
      const texts = (await read(flat, {})).texts;
      if (texts.length > 0) {
        onHit?.(`${attempt.name}+dewarp`);
        return unique(texts);
      }
    }
  }
  return [];
}
