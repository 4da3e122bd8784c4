/// <reference lib="webworker" />
// The PDF reader's Web Worker: pdf.js, rendering into OffscreenCanvas, and QR decoding all run
// here, off the main thread. pdf.js's own assets (cmaps, standard fonts, wasm) come from this
// origin (precached by the service worker). Every file is read within the work budget
// (reading/pdf/pdf-work.ts); a file that reaches a cap is answered with the cap and the
// counters, and the main thread then replaces this worker (read-pdf.ts). It says `ready` once
// pdf.js, its own worker and the decoder have read a small page, so the first file pays none
// of that.
import * as pdfjs from 'pdfjs-dist';
import pdfWorkerUrl from 'pdfjs-dist/build/pdf.worker.min.mjs?url';
import { prepareZXingModule, readBarcodes } from 'zxing-wasm/reader';
import wasmUrl from 'zxing-wasm/reader/zxing_reader.wasm?url';
import { ReadError } from '../../../reading/file-kind';
import { scanPdfCodes } from '../../../reading/pdf/pdf-codes';
import { streamInflate } from '../../../reading/pdf/pdf-filters';
import type { PdfCodes } from '../../../reading/pdf/pdf-findings';
import type { PdfEnvironment } from '../../../reading/pdf/pdf-pages';
import { APP_TIME_CAPS, type PdfWork, TooMuchWork, type WorkCap } from '../../../reading/pdf/pdf-work';
import { WARM_UP_PDF } from '../../../reading/pdf/warm-up';
import type { Pixels } from '../../../reading/qr/image-ops';
import { rawImageToRgba } from '../../../reading/qr/raw-pixels';
import { decodeQrImage } from '../../../reading/qr/strategies';
import { zxingReader } from '../../../reading/qr/zxing-read';

export type PdfWorkerMessage =
  | { type: 'ready' }
  | { type: 'progress'; done: number; all: number; thorough: boolean }
  | { type: 'done'; scan: PdfCodes & { work: PdfWork } }
  | { type: 'error'; problem: string; cap?: WorkCap; work?: PdfWork };

// pdf.js parses in its own (nested) worker. Without one it would import its worker code into
// this thread, where that code takes over this worker's message port.
const pdfjsWorker = new Worker(pdfWorkerUrl, { type: 'module' });
pdfjs.GlobalWorkerOptions.workerPort = pdfjsWorker;
// The decoder is made ready before pdf.js sets up its in-thread ("fake") worker.
const zxingReady = prepareZXingModule({
  overrides: { locateFile: (path: string) => (path.endsWith('.wasm') ? wasmUrl : path) },
  fireImmediately: true,
});
const read = zxingReader(readBarcodes);
// Absolute: pdf.js's own worker fetches these itself (useWorkerFetch).
const ASSETS = new URL('/pdfjs/', self.location.origin).href;

/** pdf.js's DOM factories need `document`; in a worker canvases are OffscreenCanvas. */
class OffscreenCanvasFactory {
  create(width: number, height: number) {
    const canvas = new OffscreenCanvas(width, height);
    return { canvas, context: canvas.getContext('2d', { willReadFrequently: true }) };
  }
  reset(target: { canvas: OffscreenCanvas }, width: number, height: number) {
    target.canvas.width = width;
    target.canvas.height = height;
  }
  destroy(target: { canvas: OffscreenCanvas | null; context: unknown }) {
    if (target.canvas) {
      target.canvas.width = 0;
      target.canvas.height = 0;
    }
    target.canvas = null;
    target.context = null;
  }
}

/** SVG filters (transfer functions, high contrast) are a DOM feature; reading codes needs none. */
class NoFilterFactory {
  addFilter() {
    return 'none';
  }
  addHCMFilter() {
    return 'none';
  }
  addAlphaFilter() {
    return 'none';
  }
  addLuminosityFilter() {
    return 'none';
  }
  addHighlightHCMFilter() {
    return 'none';
  }
  destroy() {}
}

function pixelsOf(canvas: OffscreenCanvas): Pixels {
  const ctx = canvas.getContext('2d', { willReadFrequently: true }) as OffscreenCanvasRenderingContext2D;
  return ctx.getImageData(0, 0, canvas.width, canvas.height);
}

/** pdf.js hands images over as an ImageBitmap or as raw 1/3/4-channel data. */
function imagePixels(image: unknown): Pixels | null {
  const img = image as {
    bitmap?: ImageBitmap;
    data?: Uint8Array | Uint8ClampedArray;
    width: number;
    height: number;
    kind?: number;
  };
  if (!img?.width || !img.height) return null;
  if (img.bitmap) {
    const canvas = new OffscreenCanvas(img.width, img.height);
    (canvas.getContext('2d') as OffscreenCanvasRenderingContext2D).drawImage(img.bitmap, 0, 0);
    return pixelsOf(canvas);
  }
  return img.data ? rawImageToRgba(img.data, img.width, img.height) : null;
}

const env: PdfEnvironment = {
  pdfjs,
  documentOptions: {
    cMapUrl: `${ASSETS}cmaps/`,
    cMapPacked: true,
    standardFontDataUrl: `${ASSETS}standard_fonts/`,
    wasmUrl: `${ASSETS}wasm/`,
    disableFontFace: true,
    isOffscreenCanvasSupported: true,
    useWorkerFetch: true,
    CanvasFactory: OffscreenCanvasFactory,
    FilterFactory: NoFilterFactory,
  },
  createCanvas: (w, h) => new OffscreenCanvas(w, h),
  readPixels: (canvas) => pixelsOf(canvas as OffscreenCanvas),
  imagePixels,
  decode: (pixels, budgetMs, options) => decodeQrImage(pixels, { budgetMs, read, ...options }),
  inflate: streamInflate,
};

/**
 * Warm-up passes over the warm-up page (pdf.js's worker code, its font and image paths, and the
 * decoder, on a certificate-like page), while no file has come and the app has not asked for rest:
 * the engine then compiles pdf.js's font code and the decoder's hot functions fully (after one
 * pass, the first certificate's fonts and decoding still took up to 1.5× and 3× what later ones
 * did: bench/pdf-verify.ts). The camera asks for rest: on two cores the passes made its
 * camera → verdict up to 2× slower. `ready` each time the passes stop.
 */
const WARM_PASSES = 4;
let passes = 0;
let fileCame = false;
let resting = false;
let warming: Promise<void> = Promise.resolve();

function warmUp(): void {
  warming = warming.then(async () => {
    await zxingReady;
    for (; passes < WARM_PASSES && !fileCame && !resting; passes++)
      await scanPdfCodes(env, WARM_UP_PDF.slice()).catch(() => {});
    postMessage({ type: 'ready' } satisfies PdfWorkerMessage);
  });
}
warmUp();

/** What the main thread sends (read-pdf.ts): a file's bytes, or warming up paused or resumed. */
export type PdfWorkerRequest = ArrayBuffer | { type: 'rest' | 'warm' };

self.onmessage = async (event: MessageEvent<PdfWorkerRequest>) => {
  if (!(event.data instanceof ArrayBuffer)) {
    resting = event.data.type === 'rest';
    if (!resting) warmUp();
    return;
  }
  const bytes = new Uint8Array(event.data);
  fileCame = true;
  try {
    // A warm-up pass under way ends first (pdf.js reads one document at a time here).
    await warming;
    const scan = await scanPdfCodes(env, bytes, {
      caps: APP_TIME_CAPS,
      onPage: (done, all, thorough) =>
        postMessage({ type: 'progress', done, all, thorough } satisfies PdfWorkerMessage),
    });
    postMessage({ type: 'done', scan } satisfies PdfWorkerMessage);
  } catch (e) {
    // pdf.js may still be inflating or parsing in its own worker (a loop it does not leave to
    // check whether it was cancelled): it is ended now, not when this worker's end reaches it.
    if (e instanceof TooMuchWork) pdfjsWorker.terminate();
    postMessage({
      type: 'error',
      problem: e instanceof ReadError ? e.problem : 'pdfCorrupt',
      ...(e instanceof TooMuchWork && { cap: e.cap, work: e.work }),
    } satisfies PdfWorkerMessage);
  }
};
