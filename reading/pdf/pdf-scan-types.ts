// The shapes of a PDF scan shared by the page scan (pdf-pages.ts), its renderer (pdf-render.ts) and
// the runtimes that provide the environment (the app's PDF worker, reading/node): in their own
// module so the scan and the renderer need not import each other.
import type { Pixels } from '../qr/image-ops';
import type { Inflater } from './pdf-filters';
import type { PdfWork } from './pdf-work';
import type { TextRun } from './text-lines';

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
  /** What reading the file cost (the work budget's counters). */
  work?: PdfWork;
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
  /**
   * `budgetMs` 0 = the cheapest attempt only (first pass over the pages); `pure`: the image read
   * as a lone upright symbol at one pixel per module, nothing else tried (strategies.ts).
   */
  decode(pixels: Pixels, budgetMs: number, options?: { pure?: boolean }): Promise<string[]>;
  /** The pre-flight's inflater (default: DecompressionStream). */
  inflate?: Inflater;
}
