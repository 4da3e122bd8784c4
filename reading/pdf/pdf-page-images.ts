// The image objects a page paints, as pdf.js hands them over: the page's own objects, or its
// common objects (ids `g_…`) for an image that several pages share, which pdf.js keeps once for
// the document (issue 14 point 1: a QR drawn on two pages was waited for in the page's objects,
// where it never arrives). Each wait is bounded: an image that does not come is skipped and the
// rendered page covers it.
import type { PDFPageProxy } from 'pdfjs-dist';
import type { Pixels } from '../qr/image-ops';
import { settle, WaitedTooLong, type WorkMeter } from './pdf-work';

export interface PaintedImage {
  /** pdf.js's object id, or the image data itself for an inline image. */
  source: string | unknown;
  /** Drawn width in points (from the CTM). */
  widthPt: number;
  /** Drawn area in square points. */
  areaPt: number;
}

export interface PageOperators {
  images: PaintedImage[];
  /** Operators in pdf.js's list for the page. */
  count: number;
  /**
   * Whether anything but text is painted (paths, images, shadings). A page of text alone holds
   * no code a render could find: it is not rendered (a 20-page document read 19 pages of it
   * at 2 MP each for nothing).
   */
  paintsShapes: boolean;
  /** Whether anything but text and paths is painted (images, image masks, shadings, patterns). */
  paintsPictures: boolean;
  /** Subpaths of the page's paths (a rectangle is one): a code drawn as vectors has hundreds. */
  subpaths: number;
}

/**
 * Fewer subpaths than this cannot draw a QR code: even merged into one outline per connected
 * dark area, a version 1 symbol has about 40 (three finders of 3 each, and its data), and the
 * version 15–40 of a DQC URL (PROFILE §5) hundreds. A certificate's rules and frames have 8–41.
 */
export const MIN_CODE_SUBPATHS = 64;

/** pdf.js's path drawing ops in a constructPath's data (pdf.js src/shared/util.js DrawOPS). */
const DRAW_OP_ARGS = [2, 2, 6, 4, 0] as const;
const MOVE_TO = 0;

/** The subpaths in a constructPath's data (each begins with a moveTo); 0 for anything else. */
function subpathsOf(args: unknown[]): number {
  const data = (args[1] as unknown[] | undefined)?.[0];
  if (!(data instanceof Float32Array) && !Array.isArray(data)) return 0;
  let count = 0;
  for (let i = 0; i < data.length; ) {
    const op = data[i++] as number;
    const skip = DRAW_OP_ARGS[op];
    if (skip === undefined) return count; // an op pdf.js would warn about: stop counting
    if (op === MOVE_TO) count++;
    i += skip;
  }
  return count;
}

/** pdf.js operators that paint paths, and those that paint pictures (neither is text). */
const painting = (OPS: typeof import('pdfjs-dist').OPS) => ({
  paths: new Set([
    OPS.constructPath,
    OPS.stroke,
    OPS.closeStroke,
    OPS.fill,
    OPS.eoFill,
    OPS.fillStroke,
    OPS.eoFillStroke,
    OPS.closeFillStroke,
    OPS.closeEOFillStroke,
    (OPS as unknown as { rawFillPath?: number }).rawFillPath ?? -1,
  ]),
  pictures: new Set([
    OPS.shadingFill,
    OPS.paintXObject,
    OPS.paintImageMaskXObject,
    OPS.paintImageMaskXObjectGroup,
    OPS.paintImageXObject,
    OPS.paintInlineImageXObject,
    OPS.paintInlineImageXObjectGroup,
    OPS.paintImageXObjectRepeat,
    OPS.paintImageMaskXObjectRepeat,
    OPS.paintSolidColorImageMask,
  ]),
});

type Matrix = [number, number, number, number, number, number];
const multiply = ([a, b, c, d, e, f]: Matrix, [A, B, C, D, E, F]: Matrix): Matrix => [
  a * A + b * C,
  a * B + b * D,
  c * A + d * C,
  c * B + d * D,
  e * A + f * C + E,
  e * B + f * D + F,
];

/** The page's operator list (within the time left) and the images it paints, with their CTM. */
export async function pageOperators(
  OPS: typeof import('pdfjs-dist').OPS,
  page: PDFPageProxy,
  meter: WorkMeter,
): Promise<PageOperators> {
  const ops = await settle(page.getOperatorList(), meter);
  const stack: Matrix[] = [];
  let ctm: Matrix = [1, 0, 0, 1, 0, 0];
  const images: PaintedImage[] = [];
  const kinds = painting(OPS);
  let paintsShapes = false;
  let paintsPictures = false;
  let subpaths = 0;
  ops.fnArray.forEach((fn, i) => {
    const args = ops.argsArray[i] as unknown[];
    if (kinds.paths.has(fn)) paintsShapes = true;
    if (kinds.pictures.has(fn)) paintsShapes = paintsPictures = true;
    if (fn === OPS.constructPath) subpaths += subpathsOf(args);
    if (fn === OPS.save) stack.push(ctm);
    else if (fn === OPS.restore) ctm = stack.pop() ?? ctm;
    else if (fn === OPS.transform) ctm = multiply(args as Matrix, ctm);
    else if (fn === OPS.paintFormXObjectBegin) {
      stack.push(ctm);
      if (Array.isArray(args[0]) && args[0].length === 6) ctm = multiply(args[0] as Matrix, ctm);
    } else if (fn === OPS.paintFormXObjectEnd) ctm = stack.pop() ?? ctm;
    else if (fn === OPS.paintImageXObject || fn === OPS.paintInlineImageXObject) {
      images.push({
        source: fn === OPS.paintImageXObject ? String(args[0]) : args[0],
        widthPt: Math.hypot(ctm[0], ctm[1]),
        areaPt: Math.abs(ctm[0] * ctm[3] - ctm[1] * ctm[2]),
      });
    }
  });
  return { images, count: ops.fnArray.length, paintsShapes, paintsPictures, subpaths };
}

/** How long one image may take to arrive once the operator list is in (it is sent before). */
const IMAGE_WAIT_MS = 1_000;

/** An image's data wherever pdf.js keeps it, or null when it does not arrive in time. */
export async function imageData(page: PDFPageProxy, image: PaintedImage, meter: WorkMeter): Promise<unknown> {
  if (typeof image.source !== 'string') return image.source;
  const id = image.source;
  // pdf.js's own rule (canvas.js): ids starting "g_" live in the document's common objects.
  const objs = id.startsWith('g_') ? page.commonObjs : page.objs;
  const arrived = new Promise<unknown>((resolve) => objs.get(id, resolve));
  try {
    return await settle(arrived, meter, IMAGE_WAIT_MS);
  } catch (e) {
    if (e instanceof WaitedTooLong) return null; // one late image is not fatal; the budget is
    throw e;
  }
}

/** Whether decoding `pixels` can find a code at all (a code needs 21 × 21 modules). */
export const worthDecoding = (pixels: Pixels | null): pixels is Pixels =>
  pixels !== null && pixels.width >= 21 && pixels.height >= 21;
