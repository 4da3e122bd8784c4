// The work budget of reading one PDF (issue 14): caps on what a file may make the reader do,
// counted as it is done, so a hostile file ends with ReadError('pdfTooMuchWork') instead of
// minutes of CPU and gigabytes of memory, and tests assert on the counters rather than on time.
// Each cap is far above what any real certificate PDF needs (a certificate: ~370 operators,
// < 1 MB inflated, a 50 × 50 QR image and a small photo; a 20-page 300 dpi scan: 174 MP) and
// far below what the files of the adversarial review asked for (1 GiB inflated, 2 M operators
// per page, 397 MP of images, 50 renders of 16 MP).
import { ReadError } from '../file-kind';

const MiB = 1024 * 1024;

export const PDF_CAPS = {
  /** Objects parsed (headers scanned, plus those inside object streams). */
  objects: 200_000,
  /** What one stream other than an image's pixels may inflate to (fonts, page content…). */
  streamBytes: 32 * MiB,
  /** Inflated bytes over the file; a stream counts once per page that reads it. */
  fileBytes: 256 * MiB,
  /** Operators one page makes pdf.js parse: its content, and each form it draws (each time). */
  pageOperators: 200_000,
  /** Operators over the file (a content stream shared by 50 pages counts 50 times). */
  fileOperators: 1_000_000,
  /** The longer side of one image: beyond any scan or photo (a 600 dpi A4 scan is 7,016). */
  imageSide: 16_384,
  /** Image pixels pdf.js decodes, over the file (an image counts once per page drawing it). */
  imagePixels: 200_000_000,
  /** Pixels of the page renders (canvases), over the file. */
  renderedPixels: 200_000_000,
  /** Pixels handed to the QR decoder, over the file. */
  decodedPixels: 300_000_000,
  /** Time for one page's reading, and for the whole file (pre-flight included). */
  pageMs: 4_000,
  fileMs: 8_000,
} as const;

/**
 * Time caps in the app: a phone is several times slower than the machine the CLI's 8 s were
 * measured on, and the tab stays responsive meanwhile (the reader is a worker). The counted caps
 * are the CLI's.
 */
export const APP_TIME_CAPS = { pageMs: 8_000, fileMs: 20_000 } as const;

export type PdfCaps = { -readonly [K in keyof typeof PDF_CAPS]: number };
/** `memory`: the CLI's reading process outgrew its limit; `unmeasurable`: a page refers to an
 * object the pre-flight cannot find, so what pdf.js would do with it cannot be counted. */
export type WorkCap = keyof PdfCaps | 'memory' | 'unmeasurable';

/** What reading one PDF cost, by the measures the caps bound. */
export interface PdfWork {
  objects: number;
  inflatedBytes: number;
  largestStreamBytes: number;
  operators: number;
  largestPageOperators: number;
  imagePixels: number;
  largestImageSide: number;
  renderedPixels: number;
  decodedPixels: number;
  /** Pages read by pdf.js (first pass and thorough pass). */
  pagesRead: number;
  elapsedMs: number;
}

/** The budget was exhausted: which cap, and the counters at that moment. */
export class TooMuchWork extends ReadError {
  constructor(
    readonly cap: WorkCap,
    readonly work: PdfWork,
  ) {
    super('pdfTooMuchWork');
  }
}

export const emptyWork = (): PdfWork => ({
  objects: 0,
  inflatedBytes: 0,
  largestStreamBytes: 0,
  operators: 0,
  largestPageOperators: 0,
  imagePixels: 0,
  largestImageSide: 0,
  renderedPixels: 0,
  decodedPixels: 0,
  pagesRead: 0,
  elapsedMs: 0,
});

/** Milliseconds from some origin: wall time (browsers), or this process's CPU time (Node). */
export type Clock = () => number;
export const wallClock: Clock = () => performance.now();
/**
 * Wall time allowed per unit of clock time when the clock is CPU time: a loaded machine gives a
 * process less CPU per second, but a wait that spends none (a promise that never settles) must
 * still end.
 */
export const WALL_PER_CLOCK = 4;

/**
 * Counts the work of one file against its caps; every charge throws TooMuchWork past a cap.
 * Time is read from `clock`: where the reader has a process of its own (the CLI's), that is
 * its CPU time, which a loaded machine does not inflate (a real file must not fail because
 * another program was busy); in a browser, wall time.
 */
export class WorkMeter {
  readonly work = emptyWork();
  readonly caps: PdfCaps;
  private readonly started: number;
  private readonly wallStarted = performance.now();
  private pageDeadline = Number.POSITIVE_INFINITY;

  constructor(
    caps: Partial<PdfCaps> = {},
    private readonly clock: Clock = wallClock,
  ) {
    this.caps = { ...PDF_CAPS, ...caps };
    this.started = clock();
  }

  fail(cap: WorkCap): never {
    this.work.elapsedMs = Math.round(this.clock() - this.started);
    throw new TooMuchWork(cap, { ...this.work });
  }

  object(): void {
    if (++this.work.objects > this.caps.objects) this.fail('objects');
  }

  /** `bytes` inflated from one stream, read `uses` times. */
  inflated(bytes: number, uses = 1): void {
    this.work.largestStreamBytes = Math.max(this.work.largestStreamBytes, bytes);
    this.work.inflatedBytes += bytes * uses;
    if (this.work.inflatedBytes > this.caps.fileBytes) this.fail('fileBytes');
  }

  /** The operators of one page (its forms included). */
  pageOperators(count: number): void {
    this.work.largestPageOperators = Math.max(this.work.largestPageOperators, count);
    if (count > this.caps.pageOperators) this.fail('pageOperators');
    this.work.operators += count;
    if (this.work.operators > this.caps.fileOperators) this.fail('fileOperators');
  }

  /** An image of `width` × `height` decoded `times` times. */
  image(width: number, height: number, times = 1): void {
    this.work.largestImageSide = Math.max(this.work.largestImageSide, width, height);
    if (Math.max(width, height) > this.caps.imageSide) this.fail('imageSide');
    this.work.imagePixels += width * height * times;
    if (this.work.imagePixels > this.caps.imagePixels) this.fail('imagePixels');
  }

  rendered(pixels: number): void {
    this.work.renderedPixels += pixels;
    if (this.work.renderedPixels > this.caps.renderedPixels) this.fail('renderedPixels');
  }

  decoded(pixels: number): void {
    this.work.decodedPixels += pixels;
    if (this.work.decodedPixels > this.caps.decodedPixels) this.fail('decodedPixels');
  }

  /** Pixels still allowed to render (to size a render before it is made). */
  renderAllowance(): number {
    return this.caps.renderedPixels - this.work.renderedPixels;
  }

  startPage(): void {
    this.work.pagesRead++;
    this.pageDeadline = this.clock() + this.caps.pageMs;
  }

  /** Milliseconds left before the page's or the file's time cap, whichever comes first. */
  timeLeft(): number {
    const now = this.clock();
    return Math.min(this.pageDeadline - now, this.started + this.caps.fileMs - now, this.wallLeft());
  }

  private wallLeft(): number {
    return this.wallStarted + WALL_PER_CLOCK * this.caps.fileMs - performance.now();
  }

  /** Throws when the page's or the file's time is up. */
  checkTime(): void {
    const now = this.clock();
    if (now > this.started + this.caps.fileMs || this.wallLeft() < 0) this.fail('fileMs');
    if (now > this.pageDeadline) this.fail('pageMs');
  }

  /** The time cap that `timeLeft()` ran into. */
  timeCap(): WorkCap {
    return this.clock() > this.pageDeadline ? 'pageMs' : 'fileMs';
  }

  finish(): PdfWork {
    this.work.elapsedMs = Math.round(this.clock() - this.started);
    return { ...this.work };
  }
}

/** A wait given its own limit (`settle`'s `mostMs`) ran out while the budget had time left. */
export class WaitedTooLong extends Error {}

/**
 * A pdf.js promise with a deadline: no input may leave the reader waiting on a promise that
 * never settles (issue 14 point 1). Rejects with TooMuchWork for the time cap that was reached,
 * or with WaitedTooLong after `mostMs` of wall time for this wait alone.
 */
export function settle<T>(
  promise: Promise<T>,
  meter: WorkMeter,
  mostMs = Number.POSITIVE_INFINITY,
): Promise<T> {
  const waitStarted = performance.now();
  return new Promise<T>((resolve, reject) => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    // Re-armed until the budget's clock (CPU time, in the CLI's reader) has really run out.
    const arm = () => {
      const own = mostMs - (performance.now() - waitStarted);
      const left = Math.min(meter.timeLeft(), own);
      if (left > 0) {
        timer = setTimeout(arm, Math.max(1, left));
        return;
      }
      if (own <= 0 && meter.timeLeft() > 0) return reject(new WaitedTooLong());
      try {
        meter.fail(meter.timeCap());
      } catch (e) {
        reject(e);
      }
    };
    arm();
    promise.then(
      (v) => {
        clearTimeout(timer);
        resolve(v);
      },
      (e) => {
        clearTimeout(timer);
        reject(e);
      },
    );
  });
}
