// Rendered-glyph check for the certificate PDFs and the record page: text extraction cannot tell whether glyphs are drawn (a font without outlines still
// maps glyph ids to Unicode), so the page is rasterised with pdf.js (paths from the embedded font
// program only, no system fonts) and each character's cell is compared with the same character
// drawn by Skia from the original Noto Sans JP TTF. A blank cell or a .notdef box scores low.
import { createRequire } from 'node:module';
import { createCanvas, GlobalFonts } from '@napi-rs/canvas';
import { loadPdf, type RenderedPage, renderPage } from '../../reading/node/pdfjs-node';

/** The reference faces, drawn by Skia from the original TTFs. */
export const REFERENCE_FAMILY = 'DqcTestNotoSansJP';
export const REFERENCE_BOLD = 'DqcTestNotoSansJPBold';

let registered = false;
export function registerReferenceFont(): void {
  if (registered) return;
  const font = (weight: string) =>
    createRequire(import.meta.url).resolve(`@expo-google-fonts/noto-sans-jp/${weight}.ttf`);
  GlobalFonts.registerFromPath(font('400Regular/NotoSansJP_400Regular'), REFERENCE_FAMILY);
  GlobalFonts.registerFromPath(font('700Bold/NotoSansJP_700Bold'), REFERENCE_BOLD);
  registered = true;
}

export interface CharScore {
  char: string;
  /** Mean darkness in the cell, 0–255: rendered and reference. */
  ink: number;
  referenceInk: number;
  correlation: number;
}

const mean = (v: number[]) => v.reduce((s, x) => s + x, 0) / v.length;

function correlation(a: number[], b: number[]): number {
  const ma = mean(a);
  const mb = mean(b);
  let ab = 0;
  let aa = 0;
  let bb = 0;
  a.forEach((x, i) => {
    const y = (b[i] as number) - mb;
    ab += (x - ma) * y;
    aa += (x - ma) ** 2;
    bb += y * y;
  });
  return aa === 0 || bb === 0 ? 0 : ab / Math.sqrt(aa * bb);
}

/** The page rendered once, for several checks. */
export async function renderPdfPage(pdf: Uint8Array, dpi = 200, pageNumber = 1) {
  const doc = await loadPdf(pdf);
  try {
    const items = (await (await doc.getPage(pageNumber)).getTextContent()).items;
    const page = await renderPage(doc, pageNumber, dpi);
    return { items, page };
  } finally {
    void doc.destroy().catch(() => {});
  }
}

/**
 * Scores each character of the text item `text`: Pearson correlation between the rendered cell
 * and the reference cell, both as darkness. `expected` (default `text`) is what the reference draws.
 */
export function glyphScores(
  rendered: Awaited<ReturnType<typeof renderPdfPage>>,
  text: string,
  expected = text,
  family = REFERENCE_FAMILY,
): CharScore[] {
  const { items, page } = rendered as { items: unknown[]; page: RenderedPage };
  const item = items.find((i) => (i as { str?: string }).str === text) as { transform: number[] } | undefined;
  if (!item) throw new Error(`text item not found: ${text}`);
  const size = item.transform[3] ?? 0;
  const origin = page.toPixels(item.transform[4] ?? 0, item.transform[5] ?? 0);
  const px = size * page.scale;
  const reference = createCanvas(page.width, page.height);
  const ctx = reference.getContext('2d');
  ctx.fillStyle = '#fff';
  ctx.fillRect(0, 0, page.width, page.height);
  ctx.fillStyle = '#000';
  ctx.font = `${px}px ${family}`;
  ctx.fillText(expected, origin[0], origin[1]);
  const ref = ctx.getImageData(0, 0, page.width, page.height).data;
  const ink = (data: Uint8ClampedArray, x: number, y: number) =>
    255 - (data[(y * page.width + x) * 4] as number);
  const scores: CharScore[] = [];
  let prefix = '';
  for (const char of expected) {
    const left = origin[0] + ctx.measureText(prefix).width;
    prefix += char;
    if (/\s/u.test(char)) continue;
    const right = origin[0] + ctx.measureText(prefix).width;
    const a: number[] = [];
    const b: number[] = [];
    for (let y = Math.floor(origin[1] - 1.0 * px); y < Math.ceil(origin[1] + 0.25 * px); y++) {
      for (let x = Math.floor(left); x < Math.ceil(right); x++) {
        a.push(ink(page.data, x, y));
        b.push(ink(ref, x, y));
      }
    }
    scores.push({ char, ink: mean(a), referenceInk: mean(b), correlation: correlation(a, b) });
  }
  return scores;
}

/** Same glyph, same place: 0.93–0.97 observed; a blank cell scores 0, a different glyph < 0.5. */
export const MIN_CORRELATION = 0.8;

/** The characters that were not drawn as the reference draws them (empty when all were). */
export function undrawn(scores: CharScore[]): string[] {
  return scores
    .filter((s) => s.correlation < MIN_CORRELATION || s.ink < 0.5 * s.referenceInk)
    .map(
      (s) => `${s.char} r=${s.correlation.toFixed(2)} ink=${s.ink.toFixed(0)}/${s.referenceInk.toFixed(0)}`,
    );
}
