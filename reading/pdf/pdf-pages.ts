// Reading a PDF for QR codes with pdf.js, independent of the runtime (a Web Worker with
// OffscreenCanvas in the app; Node with @napi-rs/canvas in the CLI). Per page: the embedded
// image objects first (a code drawn as an image decodes best at its own resolution), then the
// rendered page. The text layer is kept for the cross-check. Every step is charged to the work
// budget (pdf-work.ts) and every pdf.js promise has a deadline, so no file can make the scan
// wait forever or work without bound (issue 14).
import type { PDFDocumentProxy, PDFPageProxy } from 'pdfjs-dist';
import { checkSize, ReadError } from '../file-kind';
import type { Pixels } from '../qr/image-ops';
import {
  imageData,
  MIN_CODE_SUBPATHS,
  type PageOperators,
  pageOperators,
  worthDecoding,
} from './pdf-page-images';
import { MAX_IMAGE_PIXELS } from './pdf-preflight';
import { RenderBudgetSpent, renderedCodes } from './pdf-render';
import type { FoundCode, PdfEnvironment, PdfScan } from './pdf-scan-types';
import { settle, TooMuchWork, WorkMeter } from './pdf-work';
import { type TextRun, textRunsOf } from './text-lines';

export const MAX_PAGES = 50;

export type { FoundCode, PdfEnvironment, PdfScan } from './pdf-scan-types';

/**
 * The last document's destroy() per pdf.js module, still under way: getDocument() on a worker
 * port that is being torn down fails with "the worker is being destroyed" (the app's first file,
 * dropped just after the reader's warm-up page). It is awaited, but no more than DESTROY_WAIT_MS:
 * with pdf.js's in-thread worker a destroy() may wait on a port nobody answers.
 */
const destroying = new WeakMap<object, Promise<unknown>>();
const DESTROY_WAIT_MS = 2_000;

function destroyInBackground(env: PdfEnvironment, destroy: Promise<unknown>): void {
  destroying.set(
    env.pdfjs,
    destroy.catch(() => {}),
  );
}

async function previousDestroyed(env: PdfEnvironment): Promise<void> {
  const pending = destroying.get(env.pdfjs);
  if (!pending) return;
  let timer: ReturnType<typeof setTimeout> | undefined;
  await Promise.race([pending, new Promise((done) => (timer = setTimeout(done, DESTROY_WAIT_MS)))]);
  clearTimeout(timer);
  destroying.delete(env.pdfjs);
}

async function open(env: PdfEnvironment, bytes: Uint8Array, meter: WorkMeter): Promise<PDFDocumentProxy> {
  checkSize('pdf', bytes.length);
  await previousDestroyed(env);
  const task = env.pdfjs.getDocument({
    data: bytes,
    isEvalSupported: false,
    // Images over 40 MP are not decoded at all (a small file can declare a huge one).
    maxImageSize: MAX_IMAGE_PIXELS,
    ...env.documentOptions,
  });
  try {
    return await settle(task.promise, meter);
  } catch (e) {
    destroyInBackground(env, task.destroy());
    if (e instanceof TooMuchWork) throw e;
    throw new ReadError((e as Error).name === 'PasswordException' ? 'pdfEncrypted' : 'pdfCorrupt');
  }
}

/** What an enlarged image may reach: the QR decoder's own limit (40 MP) is far more than a code needs. */
const MAX_ENLARGED_PIXELS = 4_000_000;

/**
 * Integer nearest-neighbour upscaling: module edges stay sharp (codes are often 1 px/module).
 * Capped in pixels: a 1 KB PDF holding a 21 × 20,000 image was enlarged to 609 × 580,000 (1.4 GB,
 * over a minute) before any limit applied.
 */
export function enlarge(p: Pixels, minSide: number): Pixels {
  const wanted = Math.ceil(minSide / Math.min(p.width, p.height));
  const k = Math.max(1, Math.min(wanted, Math.floor(Math.sqrt(MAX_ENLARGED_PIXELS / (p.width * p.height)))));
  if (k === 1) return p;
  const width = p.width * k;
  const height = p.height * k;
  const data = new Uint8ClampedArray(width * height * 4);
  // Whole pixels at a time: one enlarged row is built, then copied k times.
  const source = p.data.byteOffset % 4 === 0 ? p.data : p.data.slice();
  const from = new Uint32Array(source.buffer, source.byteOffset, p.width * p.height);
  const to = new Uint32Array(data.buffer);
  for (let y = 0; y < p.height; y++) {
    const row = y * k * width;
    for (let x = 0; x < p.width; x++) to.fill(from[y * p.width + x] as number, row + x * k, row + x * k + k);
    for (let r = 1; r < k; r++) to.copyWithin(row + r * width, row, row + width);
  }
  return { data, width, height };
}

/**
 * An image that may be a code alone at one or two pixels per module (a version 40 code with its
 * quiet zone is 185 modules): read as a pure symbol first. A scanned page is not: a pure read of
 * each page of a 20-page scan took the CLI past its time cap.
 */
const mayBeLoneCode = (p: Pixels) =>
  Math.max(p.width, p.height) <= 400 && Math.abs(p.width - p.height) <= 0.2 * Math.max(p.width, p.height);

/** Decoder budgets of the thorough pass (the first pass makes the cheapest attempt only). */
const THOROUGH = { image: 1500, page: 4000 };
/** An image drawn over this share of the page is the page (a scan or a photo). */
const COVERS_PAGE = 0.8;

async function imageCodes(
  env: PdfEnvironment,
  page: PDFPageProxy,
  pageNo: number,
  ops: PageOperators,
  thorough: boolean,
  budgetMs: () => number,
  meter: WorkMeter,
): Promise<{ found: FoundCode[]; covered: boolean }> {
  const found: FoundCode[] = [];
  const { width, height } = page.getViewport({ scale: 1 });
  let covered = false;
  for (const image of ops.images) {
    const pixels = env.imagePixels(await imageData(page, image, meter));
    if (!worthDecoding(pixels)) continue;
    // The issuer's image (one pixel per module) reads as a pure symbol, as it is. Others: a clean
    // image of a code reads at 4 px per module; the thorough pass enlarges further for the
    // damaged ones.
    const pure = !thorough && mayBeLoneCode(pixels);
    if (pure) meter.decoded(pixels.width * pixels.height);
    let texts = pure ? await env.decode(pixels, 0, { pure: true }) : [];
    if (texts.length === 0) {
      const view = enlarge(pixels, thorough ? 600 : 300);
      meter.decoded(view.width * view.height);
      texts = await env.decode(view, budgetMs());
    }
    for (const text of texts) found.push({ text, page: pageNo, image: { pixels, widthPt: image.widthPt } });
    meter.checkTime();
    if (image.areaPt >= COVERS_PAGE * width * height) covered = true;
  }
  return { found, covered };
}

async function textRuns(page: PDFPageProxy, meter: WorkMeter): Promise<TextRun[]> {
  const content = await settle(page.getTextContent(), meter);
  return textRunsOf(content.items).filter((run) => run.text.trim() !== '');
}

/** A failure of pdf.js on one part of a page is survivable; the budget running out is not. */
const unlessOverBudget =
  <T>(fallback: T) =>
  (e: unknown): T => {
    if (e instanceof TooMuchWork) throw e;
    return fallback;
  };

async function pageCodes(
  env: PdfEnvironment,
  page: PDFPageProxy,
  n: number,
  thorough: boolean,
  meter: WorkMeter,
  known?: PageOperators | null,
): Promise<FoundCode[]> {
  const ops =
    known === undefined
      ? await pageOperators(env.pdfjs.OPS, page, meter).catch(unlessOverBudget(null))
      : known;
  const budget = (most: number) => () => (thorough ? Math.max(0, Math.min(most, meter.timeLeft() - 250)) : 0);
  const images = ops
    ? await imageCodes(env, page, n, ops, thorough, budget(THOROUGH.image), meter).catch(
        unlessOverBudget({ found: [], covered: false }),
      )
    : { found: [], covered: false };
  if (images.found.length > 0) return images.found;
  // Nothing drawn but text (or nothing at all): nothing a render could find. A scan whose page
  // image was just read at full resolution: the first pass does not read it again, smaller. Nor
  // does it render a page of a few paths alone (a certificate's second page of rules and frames):
  // too few to draw a code; the thorough pass still renders it when no code was found at all.
  if ((ops && !ops.paintsShapes) || (!thorough && images.covered)) return [];
  if (!thorough && ops && !ops.paintsPictures && ops.subpaths < MIN_CODE_SUBPATHS) return [];
  return renderedCodes(env, page, n, thorough, budget(THOROUGH.page), meter).catch(
    (e: unknown): FoundCode[] => {
      if (e instanceof TooMuchWork || e instanceof RenderBudgetSpent) throw e;
      return [];
    },
  );
}

export async function scanPdf(
  env: PdfEnvironment,
  bytes: Uint8Array,
  onPage?: (done: number, all: number, thorough: boolean) => void,
  meter: WorkMeter = new WorkMeter(),
): Promise<PdfScan> {
  const doc = await open(env, bytes, meter);
  try {
    if (doc.numPages > MAX_PAGES) throw new ReadError('pdfTooManyPages');
    const scan: PdfScan = { codes: [], pageText: [] };
    const add = (codes: FoundCode[]) => {
      for (const code of codes)
        if (!scan.codes.some((c) => c.text === code.text && c.page === code.page)) scan.codes.push(code);
    };
    for (let n = 1; n <= doc.numPages; n++) {
      meter.startPage();
      const page = await settle(doc.getPage(n), meter);
      // Text and operators are asked for together (pdf.js's worker reads the fonts once for
      // both), and the page's images are decoded here while pdf.js is still on the text.
      const text = textRuns(page, meter).catch(unlessOverBudget([]));
      text.catch(() => {}); // awaited below, unless the codes ended the scan first
      const ops = await pageOperators(env.pdfjs.OPS, page, meter).catch(unlessOverBudget(null));
      const codes = await pageCodes(env, page, n, false, meter, ops);
      scan.pageText.push(await text);
      add(codes);
      page.cleanup();
      onPage?.(n, doc.numPages, false);
    }
    if (scan.codes.length === 0) add(await thoroughPass(env, doc, meter, onPage));
    scan.work = meter.finish();
    return scan;
  } catch (e) {
    throw e instanceof ReadError ? e : new ReadError('pdfCorrupt');
  } finally {
    // Not awaited here (the next open() waits for it, briefly): with pdf.js's in-thread worker,
    // destroy() may wait on a port nobody answers; the reader's own worker is terminated when
    // the answer is in.
    destroyInBackground(env, doc.destroy());
  }
}

/**
 * Nothing found the cheap way (a scan, a small or damaged code): every page again, thoroughly,
 * while the file's time and render budget last. Running out here is not an error: every page
 * was read once; the answer is then that no code was found.
 */
async function thoroughPass(
  env: PdfEnvironment,
  doc: PDFDocumentProxy,
  meter: WorkMeter,
  onPage?: (done: number, all: number, thorough: boolean) => void,
): Promise<FoundCode[]> {
  const quietEnd = new Set(['fileMs', 'pageMs', 'renderedPixels']);
  for (let n = 1; n <= doc.numPages; n++) {
    onPage?.(n, doc.numPages, true);
    try {
      meter.startPage();
      const page = await settle(doc.getPage(n), meter);
      const found = await pageCodes(env, page, n, true, meter);
      page.cleanup();
      if (found.length > 0) return found;
    } catch (e) {
      if (e instanceof RenderBudgetSpent || (e instanceof TooMuchWork && quietEnd.has(e.cap))) return [];
      throw e;
    }
  }
  return [];
}
