// pdf.js in Node, set up once for everyone who needs it: the verifier CLI's PDF scan (the same
// page scanning and cross-check as the app, reading/pdf), the issuer's scanned-looking demo
// variant, and the tests that look at rendered pixels.
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { PDFDocumentProxy } from 'pdfjs-dist/types/src/display/api';
import { scanPdfCodes } from '../pdf/pdf-codes';
import type { PdfCodes } from '../pdf/pdf-findings';
import type { PdfEnvironment } from '../pdf/pdf-pages';
import type { Pixels } from '../qr/image-ops';
import { rawImageToRgba } from '../qr/raw-pixels';
import { decodeQrFromPixels } from './qr-node';

const PDFJS_PACKAGE = createRequire(import.meta.url).resolve('pdfjs-dist/package.json');
const PDFJS_ROOT = dirname(PDFJS_PACKAGE);

/**
 * The @napi-rs/canvas that pdf.js itself resolves (it may pin its own copy). pdf.js fills its
 * glyph paths with that copy's Path2D, which another copy's context rejects, so the page is
 * drawn on a canvas of the same copy and handed on as plain pixels.
 */
function pdfjsCanvas(): typeof import('@napi-rs/canvas') {
  return createRequire(PDFJS_PACKAGE)('@napi-rs/canvas');
}

/**
 * getDocument options for Node. Glyphs are drawn as paths from the embedded font program: no
 * system fonts, no FontFace API, so what is rendered is exactly what the PDF carries. Assets come
 * from node_modules, never from the network.
 */
export const NODE_DOCUMENT_OPTIONS = {
  disableFontFace: true,
  useSystemFonts: false,
  standardFontDataUrl: `${join(PDFJS_ROOT, 'standard_fonts')}/`,
  cMapUrl: `${join(PDFJS_ROOT, 'cmaps')}/`,
  cMapPacked: true,
  wasmUrl: `${join(PDFJS_ROOT, 'wasm')}/`,
  isEvalSupported: false,
  verbosity: 0,
};

const legacyPdfjs = async () =>
  (await import('pdfjs-dist/legacy/build/pdf.mjs')) as unknown as typeof import('pdfjs-dist');

/** `password` opens an encrypted PDF (without it, pdf.js rejects one with PasswordException). */
export async function loadPdf(bytes: Uint8Array, password?: string): Promise<PDFDocumentProxy> {
  const pdfjs = await legacyPdfjs();
  return pdfjs.getDocument({
    ...(password !== undefined && { password }),
    // pdf.js takes ownership of (detaches) the buffer it is given.
    data: bytes.slice(),
    ...NODE_DOCUMENT_OPTIONS,
  }).promise;
}

/** pdf.js hands raw image data over as 1, 3 or 4 channels; RGBA for the decoder. */
function rawToPixels(image: unknown): Pixels | null {
  const img = image as { data?: Uint8Array | Uint8ClampedArray; width: number; height: number };
  if (!img?.data || !img.width || !img.height) return null;
  return rawImageToRgba(img.data, img.width, img.height);
}

/** The reading layer's PDF environment in Node: pdf.js's legacy build and @napi-rs/canvas. */
export async function nodePdfEnvironment(): Promise<PdfEnvironment> {
  const canvas = pdfjsCanvas();
  return {
    pdfjs: await legacyPdfjs(),
    documentOptions: NODE_DOCUMENT_OPTIONS,
    createCanvas: (w, h) => canvas.createCanvas(w, h),
    readPixels: (c, w, h) => {
      const data = (c as ReturnType<typeof canvas.createCanvas>).getContext('2d').getImageData(0, 0, w, h);
      return { data: data.data, width: w, height: h };
    },
    imagePixels: rawToPixels,
    decode: decodeQrFromPixels,
  };
}

/** A PDF's codes, page text and JPEG digests, as the app's PDF worker reads them. */
export async function scanPdfFile(bytes: Uint8Array): Promise<PdfCodes> {
  return scanPdfCodes(await nodePdfEnvironment(), bytes);
}

export interface RenderedPage {
  width: number;
  height: number;
  /** RGBA, row-major, top row first. */
  data: Uint8ClampedArray;
  /** Device pixels per PDF point. */
  scale: number;
  /** PDF user space (y up) → pixel coordinates (y down). */
  toPixels: (x: number, y: number) => [number, number];
}

/** Renders page `pageNumber` (1-based) at `dpi` on a white background. */
export async function renderPage(
  doc: PDFDocumentProxy,
  pageNumber: number,
  dpi: number,
): Promise<RenderedPage> {
  const page = await doc.getPage(pageNumber);
  const scale = dpi / 72;
  const viewport = page.getViewport({ scale });
  const width = Math.ceil(viewport.width);
  const height = Math.ceil(viewport.height);
  const canvas = pdfjsCanvas().createCanvas(width, height);
  const context = canvas.getContext('2d');
  context.fillStyle = '#fff';
  context.fillRect(0, 0, width, height);
  await page.render({
    canvas: canvas as unknown as HTMLCanvasElement,
    canvasContext: context as unknown as CanvasRenderingContext2D,
    viewport,
  }).promise;
  page.cleanup();
  return {
    width,
    height,
    data: context.getImageData(0, 0, width, height).data,
    scale,
    toPixels: (x, y) => viewport.convertToViewportPoint(x, y) as [number, number],
  };
}
