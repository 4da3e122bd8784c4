// Rendered-image glyph check. Text extraction cannot tell whether glyphs are drawn: a font that
// lost its outlines still maps glyph ids to Unicode. So the page is rasterised with pdf.js
// (paths from the embedded font program only, no system fonts) and each character's cell is
// compared with the same character drawn by Skia from the original Noto Sans JP TTF.
// With pdf-lib's own `subset: true`, the drawn cells are blank and every score is 0.
import { beforeAll, describe, expect, it } from 'vitest';
import { renderCertificatePdf } from '../../../issuer/pdf/index';
import type { CertificatePdfInput } from '../../../issuer/pdf/types';
import {
  type CharScore,
  glyphScores,
  REFERENCE_BOLD,
  REFERENCE_FAMILY,
  registerReferenceFont,
  renderPdfPage,
  undrawn,
} from '../../helpers/glyph-scores';
import { SAMPLE } from './fixtures';

beforeAll(registerReferenceFont);

/** The scores of the text item `text` on page 1 of `pdf` (`expected` is what the reference draws). */
async function scores(pdf: Uint8Array, text: string, family: string, expected = text) {
  return glyphScores(await renderPdfPage(pdf), text, expected, family);
}

function expectDrawn(found: CharScore[]): void {
  expect(undrawn(found)).toEqual([]);
  expect(found.length).toBeGreaterThan(0);
}

describe('glyphs in the rendered certificate', () => {
  const names = ['鷹野 麗華', '齋藤 龍之介', 'わたなべ ゆうこ', 'キャサリン・ミラー', '髙橋 𠮷男'];
  it.each(names)('draws every character of the name %s', async (holderName) => {
    const input: CertificatePdfInput = { ...SAMPLE, holderName };
    expectDrawn(await scores(await renderCertificatePdf(input), holderName, REFERENCE_FAMILY));
  });

  it('draws the bold title and labels', async () => {
    const pdf = await renderCertificatePdf({ ...SAMPLE, qualificationName: '難病指定医（協力難病指定医）' });
    expectDrawn(await scores(pdf, '難病指定医（協力難病指定医）資格証', REFERENCE_BOLD));
    expectDrawn(await scores(pdf, '交付機関', REFERENCE_BOLD));
  });

  it('scores a cell low when the drawn glyph is not the expected one (control)', async () => {
    const pdf = await renderCertificatePdf({ ...SAMPLE, holderName: '鷹野麗華' });
    const wrong = await scores(pdf, '鷹野麗華', REFERENCE_FAMILY, '一二三口');
    expect(Math.max(...wrong.map((s) => s.correlation))).toBeLessThan(0.5);
  });
});
