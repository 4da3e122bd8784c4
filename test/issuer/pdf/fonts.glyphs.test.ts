// Rendered-image glyph check. Text extraction cannot tell whether glyphs are drawn: a font that
// lost its outlines still maps glyph ids to Unicode. So the page is rasterised with pdf.js
// (paths from the embedded font program only, no system fonts) and each character's cell is
// compared with the same character drawn by Skia from the original Noto Sans JP TTF.
// With pdf-lib's own `subset: true`, the drawn cells are blank and every score is 0.
import { createRequire } from 'node:module';
import { createCanvas, GlobalFonts } from '@napi-rs/canvas';
import { beforeAll, describe, expect, it } from 'vitest';
import { renderCertificatePdf } from '../../../issuer/pdf/index';
import type { CertificatePdfInput } from '../../../issuer/pdf/types';
import { loadPdf, type RenderedPage, renderPage } from '../../../reading/node/pdfjs-node';
import { SAMPLE } from './fixtures';

const DPI = 200;
const REGULAR = 'DqcTestNotoSansJP';
const BOLD = 'DqcTestNotoSansJPBold';
/** Same glyph, same place: 0.93–0.97 observed; a blank cell scores 0, a different glyph < 0.5. */
const MIN_CORRELATION = 0.8;

beforeAll(() => {
  const require = createRequire(import.meta.url);
  const font = (weight: string) => require.resolve(`@expo-google-fonts/noto-sans-jp/${weight}.ttf`);
  GlobalFonts.registerFromPath(font('400Regular/NotoSansJP_400Regular'), REGULAR);
  GlobalFonts.registerFromPath(font('700Bold/NotoSansJP_700Bold'), BOLD);
});

interface CharScore {
  char: string;
  /** Mean darkness in the cell, 0–255: rendered and reference. */
  ink: number;
  referenceInk: number;
  correlation: number;
}

/**
 * Scores each character of the text item `text` on page 1: Pearson correlation between the
 * rendered cell and the reference cell, both as darkness (255 − grey). `expected` (default
 * `text`, same advances) is what the reference draws.
 */
async function glyphScores(
  pdf: Uint8Array,
  text: string,
  family: string,
  expected = text,
): Promise<CharScore[]> {
  const doc = await loadPdf(pdf);
  let page: RenderedPage;
  let origin: [number, number];
  let size: number;
  try {
    const items = (await (await doc.getPage(1)).getTextContent()).items;
    const item = items.find((i) => 'str' in i && i.str === text);
    if (!item || !('transform' in item)) throw new Error('text item not found');
    const t = item.transform as number[];
    size = t[3] ?? 0;
    page = await renderPage(doc, 1, DPI);
    origin = page.toPixels(t[4] ?? 0, t[5] ?? 0);
  } finally {
    await doc.destroy();
  }
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

function expectDrawn(scores: CharScore[]): void {
  const failed = scores.filter((s) => s.correlation < MIN_CORRELATION || s.ink < 0.5 * s.referenceInk);
  expect(
    failed.map(
      (s) => `${s.char} r=${s.correlation.toFixed(2)} ink=${s.ink.toFixed(0)}/${s.referenceInk.toFixed(0)}`,
    ),
  ).toEqual([]);
  expect(scores.length).toBeGreaterThan(0);
}

describe('glyphs in the rendered certificate', () => {
  const names = ['鷹野 麗華', '齋藤 龍之介', 'わたなべ ゆうこ', 'キャサリン・ミラー', '髙橋 𠮷男'];
  it.each(names)('draws every character of the name %s', async (holderName) => {
    const input: CertificatePdfInput = { ...SAMPLE, holderName };
    expectDrawn(await glyphScores(await renderCertificatePdf(input), holderName, REGULAR));
  });

  it('draws the bold title and labels', async () => {
    const pdf = await renderCertificatePdf({ ...SAMPLE, qualificationName: '難病指定医（協力難病指定医）' });
    expectDrawn(await glyphScores(pdf, '難病指定医（協力難病指定医）資格証', BOLD));
    expectDrawn(await glyphScores(pdf, '交付機関', BOLD));
  });

  it('scores a cell low when the drawn glyph is not the expected one (control)', async () => {
    const pdf = await renderCertificatePdf({ ...SAMPLE, holderName: '鷹野麗華' });
    const wrong = await glyphScores(pdf, '鷹野麗華', REGULAR, '一二三口');
    expect(Math.max(...wrong.map((s) => s.correlation))).toBeLessThan(0.5);
  });
});
