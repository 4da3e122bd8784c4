// Finding every QR code in an image with zxing-cpp (zxing-wasm), retrying what fails within a
// time budget: whole-image attempts (other binarizers, denoising, local normalisation, axis
// stretches; attempts.ts), straightening a bent symbol that zxing located but could not read
// (dewarp.ts), and closer looks at regions of interest (roi.ts, roi-attempts.ts): the
// surroundings of a located symbol, or of a finder pattern zxing could not assemble into a code,
// cut out, resampled to a few pixels per module and deblurred or normalised there. Cheap attempts
// first. A hit does not end the search while zxing still sees symbols it could not read: what was
// read is masked (mask.ts) and the next attempts look at the rest. Measured on
// ../shared/vectors/qr-photos/ (test/reading/qr/strategies.photos.test.ts, bench/qr-photos.ts)
// and on BoofCV's labelled set (bench/qr-set.ts, bench/qr-set-study.ts).

import { ATTEMPTS, type Attempt, QUICK_ATTEMPTS, workingCopy } from './attempts';
import { dewarp } from './dewarp';
import { onWhite, type Pixels, type View } from './image-ops';
import { maskQuads } from './mask';
import type { Point, Quad } from './qr-grid';
import { corners, growQuad, mapQuad, overlapOfSmaller, polygonArea, quadIoU } from './quad';
import type { ReadFn, ReadSymbol } from './reader';
import { Regions } from './regions';

export type { ReadFn, ReadOptions, ReadOutcome, ReadSymbol } from './reader';
export type { Attempt };

const MAX_PIXELS = 40_000_000;
/** Straightening runs on at most this many located symbols per attempt (each costs ~30–80 ms). */
const MAX_DEWARPS = 2;
/** A camera frame straightens at most one (the next frame is the retry). */
const MAX_QUICK_DEWARPS = 1;
/**
 * Another attempt that locates the same symbol gets it straightened again only when its corners
 * moved (IoU with the earlier ones at most this): different corners can succeed where the first
 * ones failed (measured: stretch-x, normalize), the same ones cannot.
 */
const STRAIGHTENED_AGAIN_BELOW = 0.9;

export interface DecodeOptions {
  /** Time after which no new attempt starts (the one running finishes). */
  budgetMs: number;
  read: ReadFn;
  /** The first attempt only, plus straightening what it located (a camera frame: the next frame is the retry). */
  quick?: boolean;
  /** Which strategy read a symbol (for the bench and tests; never sees the texts). */
  onHit?: (strategy: string) => void;
  /** The time (on `clock`) each step took: an attempt, a straightening, a closer look (for the bench). */
  onStep?: (step: string, ms: number) => void;
  /** The whole-image attempts, in order (ATTEMPTS by default; the tuning bench tries others). */
  attempts?: Attempt[];
  /**
   * The clock the budget is counted on (performance.now by default). A bench on a shared machine
   * passes the process's CPU time, so that other work does not eat the budget.
   */
  clock?: () => number;
}

/** A symbol read, where it is in the image passed to findQrCodes, and which attempt read it. */
export interface QrHit extends ReadSymbol {
  strategy: string;
}

/**
 * The same symbol found again (same text and overlapping), or a spurious one: real symbols never
 * overlap, so one lying largely inside a symbol already read is not taken (zxing-cpp 3.x can
 * report a bogus small "symbol" among a valid one's modules).
 */
const isKnown = (hits: ReadSymbol[], s: ReadSymbol) =>
  hits.some(
    (h) =>
      (h.text === s.text && quadIoU(growQuad(h.quad, 1.1), s.quad) > 0) ||
      overlapOfSmaller(h.quad, s.quad) > 0.3,
  );

const area = (q: Quad) => polygonArea(corners(q));

/**
 * Every QR code it can read in an RGBA image, with its corners. Attempts run in order, each with
 * what was read masked, and after each one the regions it pointed at get their closer look. When
 * the first attempt read something, the rest run only while zxing still locates symbols it could
 * not read, or when worth running after a hit (attempts.ts); when a later attempt read the first
 * symbol, all of them run. All within the budget. Throws on absurdly large images.
 */
export async function findQrCodes(image: Pixels, options: DecodeOptions): Promise<QrHit[]> {
  const { budgetMs, read, quick, onHit } = options;
  const clock = options.clock ?? (() => performance.now());
  if (image.width < 1 || image.height < 1) return [];
  if (image.width * image.height > MAX_PIXELS) throw new RangeError('image too large to decode');
  if (image.data.length < image.width * image.height * 4) throw new RangeError('image data too short');
  const deadline = clock() + budgetMs;
  const overBudget = () => clock() > deadline;
  const timed = async <T>(step: string, run: () => Promise<T>): Promise<T> => {
    const started = clock();
    try {
      return await run();
    } finally {
      options.onStep?.(step, clock() - started);
    }
  };
  let full = onWhite(image);
  let work: View | null = null;
  const hits: QrHit[] = [];
  /** Read symbols not painted out yet: masked only if another attempt runs (not on a camera frame). */
  const unmasked: Quad[] = [];
  const regions = new Regions();
  /** Where straightening was tried (photo coordinates). */
  const straightened: Quad[] = [];
  /** Index of the attempt that read the first symbol (-1: none yet). */
  let firstHitAttempt = -1;
  const take = (found: ReadSymbol[], strategy: string, toSource: (p: Point) => Point): void => {
    const fresh: QrHit[] = [];
    const mapped = found.map((s) => ({ text: s.text, quad: mapQuad(s.quad, toSource) }));
    // Largest first: a real symbol is taken before anything spurious inside it.
    for (const symbol of mapped.sort((a, b) => area(b.quad) - area(a.quad))) {
      if (isKnown(hits, symbol) || isKnown(fresh, symbol)) continue;
      fresh.push({ ...symbol, strategy });
      onHit?.(strategy);
    }
    if (fresh.length === 0) return;
    hits.push(...fresh);
    regions.settle(fresh.map((h) => h.quad));
    unmasked.push(...fresh.map((h) => h.quad));
  };
  const attempts = quick ? QUICK_ATTEMPTS : (options.attempts ?? ATTEMPTS);
  for (const [i, attempt] of attempts.entries()) {
    if (i > 0 && overBudget()) break;
    // A photo whose first attempt read something is an easy one: only the attempts worth running
    // after a hit look for more. One that needed later attempts goes through them all.
    if (firstHitAttempt === 0 && !regions.hasLeads() && !attempt.afterHit) continue;
    if (unmasked.length > 0) {
      full = maskQuads(full, unmasked.splice(0));
      work = null;
    }
    const { view, toSource, outcome } = await timed(attempt.name, async () => {
      let source: View = { pixels: full };
      if (attempt.from === 'work') source = work ??= workingCopy(full);
      const toFull = source.toSource ?? ((p: Point) => p);
      const view = attempt.prepare(source.pixels);
      const toSource = view.toSource
        ? (p: Point) => toFull((view.toSource as (q: Point) => Point)(p))
        : toFull;
      return { view, toSource, outcome: await read(view.pixels, attempt.options) };
    });
    take(outcome.symbols, attempt.name, toSource);
    if (firstHitAttempt < 0 && hits.length > 0) firstHitAttempt = i;
    const pending = regions.note(outcome, toSource, hits);
    // A symbol already straightened from (nearly) the same corners is not straightened again.
    const fresh = pending.filter((l) => {
      const quad = mapQuad(l.quad, toSource);
      if (straightened.some((q) => quadIoU(q, quad) > STRAIGHTENED_AGAIN_BELOW)) return false;
      straightened.push(quad);
      return true;
    });
    for (const lead of fresh.slice(0, quick ? MAX_QUICK_DEWARPS : MAX_DEWARPS)) {
      if (overBudget()) break;
      const step = `${attempt.name}+dewarp`;
      await timed(step, async () => {
        const flat = dewarp(view.pixels, lead, { deadline, clock });
        if (!flat) return;
        const back = (p: Point) => toSource(flat.toSource(p));
        const found = (await read(flat.pixels, {})).symbols;
        take(found.length > 0 ? found : (await read(flat.repainted(), {})).symbols, step, back);
      });
    }
    if (!quick) await regions.search({ photo: full, read, take, hits, overBudget, timed });
  }
  return hits;
}

/**
 * A symbol alone in the image, upright, its modules on the pixel grid (a PDF's image object as
 * the issuer draws it: one pixel per module): zxing's pure mode reads it at its own resolution,
 * at a third of the cost of a search over the enlarged image. [] when it is not such an image.
 */
export async function decodePureQr(image: Pixels, read: ReadFn): Promise<string[]> {
  if (image.width * image.height > MAX_PIXELS) throw new RangeError('image too large to decode');
  const pure = { isPure: true, tryRotate: false, tryInvert: false, tryDownscale: false };
  return [...new Set((await read(image, pure)).symbols.map((s) => s.text))];
}

/**
 * Reads every QR code it can find in an RGBA image. Returns the distinct texts, exactly as
 * encoded, or [] when nothing could be read within the budget. Throws on absurdly large images.
 * `pure`: the image is read as a lone upright symbol only (decodePureQr), nothing else tried.
 */
export async function decodeQrImage(
  image: Pixels,
  options: DecodeOptions & { pure?: boolean | undefined },
): Promise<string[]> {
  if (options.pure) return decodePureQr(image, options.read);
  return [...new Set((await findQrCodes(image, options)).map((h) => h.text))];
}
