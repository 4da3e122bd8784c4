// Reading a PDF for QR codes with pdf.js, independent of the runtime (a Web Worker with
// OffscreenCanvas in the app; Node with @napi-rs/canvas in the CLI). Per page: the embedded
// image objects first (a code drawn as an image decodes best at its own resolution), then the
// rendered page at several scales. The text layer is kept for the cross-check.
import type { PDFDocumentProxy, PDFPageProxy } from 'pdfjs-dist';
import { checkSize, ReadError } from '../file-kind';
import type { Pixels } from '../qr/image-ops';
import type { TextRun } from './cross-check';

export const MAX_PAGES = 50;
/** Rendered pages are capped so a huge page cannot exhaust memory. */
const MAX_RENDER_PIXELS = 16_000_000;
const RENDER_SCALES = [2, 3.5];

export interface FoundCode {
  text: string;
  page: number;
  /** Drawn size of the image the code was read from, in points, when it was an image object. */
  image?: { pixels: Pixels; widthPt: number };
}

export interface PdfScan {
  /** Every page a code was found on: the same code on two pages (a genuine page and an edited
   * copy of it) is listed for each, so each page's text is compared. */
  codes: FoundCode[];
  /** Text runs per page (index 0 = page 1). */
  pageText: TextRun[][];
}

export interface PdfEnvironment {
  pdfjs: typeof import('pdfjs-dist');
  /** Options for getDocument in this runtime (asset URLs, canvas factory…). */
  documentOptions: Record<string, unknown>;
  /** A 2D canvas of the given size (OffscreenCanvas or @napi-rs/canvas). */
  createCanvas(
    width: number,
    height: number,
  ): {
    getContext(type: '2d'): unknown;
  };
  readPixels(canvas: unknown, width: number, height: number): Pixels;
  /** Pixels of an image object as pdf.js hands it over (bitmap or raw data). */
  imagePixels(image: unknown): Pixels | null;
  /** `budgetMs` 0 = the cheapest attempt only (first pass over the pages). */
  decode(pixels: Pixels, budgetMs: number): Promise<string[]>;
}

async function open(env: PdfEnvironment, bytes: Uint8Array): Promise<PDFDocumentProxy> {
  checkSize('pdf', bytes.length);
  try {
    return await env.pdfjs.getDocument({
      data: bytes,
      isEvalSupported: false,
      // Images over 40 MP are not decoded at all (a small file can declare a huge one).
      maxImageSize: 40_000_000,
      ...env.documentOptions,
    }).promise;
  } catch (e) {
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
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const s = (Math.floor(y / k) * p.width + Math.floor(x / k)) * 4;
      data.set(p.data.subarray(s, s + 4), (y * width + x) * 4);
    }
  }
  return { data, width, height };
}

/** Image objects painted on the page, with the width they are drawn at (from the CTM). */
async function paintedImages(
  env: PdfEnvironment,
  page: PDFPageProxy,
): Promise<{ id: string; widthPt: number }[]> {
  const { OPS } = env.pdfjs;
  const ops = await page.getOperatorList();
  const stack: number[][] = [];
  let ctm = [1, 0, 0, 1, 0, 0];
  const out: { id: string; widthPt: number }[] = [];
  ops.fnArray.forEach((fn, i) => {
    const args = ops.argsArray[i] as unknown[];
    if (fn === OPS.save) stack.push(ctm);
    else if (fn === OPS.restore) ctm = stack.pop() ?? ctm;
    else if (fn === OPS.transform) {
      const [a, b, c, d, e, f] = args as number[];
      const [A, B, C, D, E, F] = ctm as [number, number, number, number, number, number];
      ctm = [
        (a as number) * A + (b as number) * C,
        (a as number) * B + (b as number) * D,
        (c as number) * A + (d as number) * C,
        (c as number) * B + (d as number) * D,
        (e as number) * A + (f as number) * C + E,
        (e as number) * B + (f as number) * D + F,
      ];
    } else if (fn === OPS.paintImageXObject) {
      out.push({ id: String(args[0]), widthPt: Math.hypot(ctm[0] as number, ctm[1] as number) });
    }
  });
  return out;
}

/** First pass: cheap attempts only. A document with no code after it gets a thorough pass. */
const QUICK = 0;
const THOROUGH = { image: 1500, page: 4000 };
/**
 * The thorough pass as a whole: a 50-page PDF with no code took 90 s page by page and was then
 * called damaged. A certificate's code is on its first pages; past this, "no code found".
 */
const THOROUGH_TOTAL_MS = 20_000;

async function imageCodes(
  env: PdfEnvironment,
  page: PDFPageProxy,
  pageNo: number,
  budgetMs: number,
): Promise<FoundCode[]> {
  const found: FoundCode[] = [];
  for (const { id, widthPt } of await paintedImages(env, page)) {
    const image = await new Promise<unknown>((resolve) => page.objs.get(id, resolve));
    const pixels = env.imagePixels(image);
    if (!pixels || pixels.width < 21 || pixels.height < 21) continue;
    for (const text of await env.decode(enlarge(pixels, 600), budgetMs))
      found.push({ text, page: pageNo, image: { pixels, widthPt } });
  }
  return found;
}

async function renderedCodes(
  env: PdfEnvironment,
  page: PDFPageProxy,
  pageNo: number,
  budgetMs: number,
): Promise<FoundCode[]> {
  // The cheap pass renders once; the thorough pass also tries a larger scale for small codes.
  for (const wanted of budgetMs === QUICK ? RENDER_SCALES.slice(0, 1) : RENDER_SCALES) {
    const base = page.getViewport({ scale: 1 });
    const scale = Math.min(wanted, Math.sqrt(MAX_RENDER_PIXELS / (base.width * base.height)));
    const viewport = page.getViewport({ scale });
    const width = Math.ceil(viewport.width);
    const height = Math.ceil(viewport.height);
    const canvas = env.createCanvas(width, height);
    const canvasContext = canvas.getContext('2d') as CanvasRenderingContext2D;
    await page.render({ canvas: canvas as HTMLCanvasElement, canvasContext, viewport, background: 'white' })
      .promise;
    const texts = await env.decode(env.readPixels(canvas, width, height), budgetMs);
    if (texts.length > 0) return texts.map((text) => ({ text, page: pageNo }));
  }
  return [];
}

async function textRuns(page: PDFPageProxy): Promise<TextRun[]> {
  const content = await page.getTextContent();
  return content.items.flatMap((item) =>
    'str' in item && item.str.trim() !== ''
      ? [
          {
            text: item.str,
            x: item.transform[4] as number,
            y: item.transform[5] as number,
            width: item.width,
            height: item.height,
          },
        ]
      : [],
  );
}

async function pageCodes(
  env: PdfEnvironment,
  page: PDFPageProxy,
  n: number,
  thorough: boolean,
): Promise<FoundCode[]> {
  const fromImages = await imageCodes(env, page, n, thorough ? THOROUGH.image : QUICK).catch(() => []);
  return fromImages.length > 0 ? fromImages : renderedCodes(env, page, n, thorough ? THOROUGH.page : QUICK);
}

export async function scanPdf(
  env: PdfEnvironment,
  bytes: Uint8Array,
  onPage?: (done: number, all: number, thorough: boolean) => void,
): Promise<PdfScan> {
  const doc = await open(env, bytes);
  try {
    if (doc.numPages > MAX_PAGES) throw new ReadError('pdfTooManyPages');
    const scan: PdfScan = { codes: [], pageText: [] };
    const add = (codes: FoundCode[]) => {
      for (const code of codes)
        if (!scan.codes.some((c) => c.text === code.text && c.page === code.page)) scan.codes.push(code);
    };
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      scan.pageText.push(await textRuns(page).catch(() => []));
      add(await pageCodes(env, page, n, false));
      page.cleanup();
      onPage?.(n, doc.numPages, false);
    }
    // Nothing found the cheap way (a scan, a small or damaged code): every page, thoroughly.
    const deadline = Date.now() + THOROUGH_TOTAL_MS;
    for (let n = 1; scan.codes.length === 0 && n <= doc.numPages && Date.now() < deadline; n++) {
      onPage?.(n, doc.numPages, true);
      const page = await doc.getPage(n);
      add(await pageCodes(env, page, n, true));
      page.cleanup();
    }
    return scan;
  } catch (e) {
    throw e instanceof ReadError ? e : new ReadError('pdfCorrupt');
  } finally {
    // Not awaited: with pdf.js's in-thread worker, destroy() may wait on a port nobody answers;
    // the reader's own worker is terminated when the answer is in.
    void doc.destroy().catch(() => {});
  }
}
