// pdf.js in Node: load a PDF and rasterise a page to RGBA pixels. Used to make the
// scanned-looking demo variant and by the tests that look at rendered pixels.
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { PDFDocumentProxy } from 'pdfjs-dist/types/src/display/api';

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

/** `password` opens an encrypted PDF (without it, pdf.js rejects one with PasswordException). */
export async function loadPdf(bytes: Uint8Array, password?: string): Promise<PDFDocumentProxy> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  return pdfjs.getDocument({
    ...(password !== undefined && { password }),
    // pdf.js takes ownership of (detaches) the buffer it is given.
    data: bytes.slice(),
    // Draw glyphs as paths from the embedded font program: no system fonts, no FontFace API,
    // so what is rendered is exactly what the PDF carries.
    disableFontFace: true,
    useSystemFonts: false,
    standardFontDataUrl: `${join(PDFJS_ROOT, 'standard_fonts')}/`,
    cMapUrl: `${join(PDFJS_ROOT, 'cmaps')}/`,
    cMapPacked: true,
    isEvalSupported: false,
    verbosity: 0,
  }).promise;
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
