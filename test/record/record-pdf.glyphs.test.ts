// The record page rendered to PNG with pdf.js in Node, its Japanese glyphs checked as the
// certificate's are (test/issuer/pdf/fonts.glyphs.test.ts): every character of the names a record
// must print (髙, 﨑, 𠮷, 齋…), the headline and the labels is drawn from the embedded subset, and
// the embedded font has a glyph for every character the text layer holds (no .notdef).
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createCanvas } from '@napi-rs/canvas';
import { PDFDocument } from 'pdf-lib';
import { beforeAll, describe, expect, it } from 'vitest';
import { glyphScores, registerReferenceFont, renderPdfPage, undrawn } from '../helpers/glyph-scores';
import { addStatusList, context, issueUrl, makeWorld, type World } from '../helpers/world';
import { embeddedFonts, recordOf, visibleText } from './support/records';

let world: World;

beforeAll(async () => {
  registerReferenceFont();
  world = await makeWorld();
  await addStatusList(world, { 7: 1 });
}, 60_000);

const recordFor = async (holderName: string) =>
  (await recordOf(await issueUrl(world, { holderName }), context(world))).pdf;

describe('glyphs on the rendered record page', () => {
  const names = ['髙橋 𠮷男', '﨑山 由紀', '齋藤 龍之介', 'わたなべ ゆうこ', 'キャサリン・ミラー'];
  it.each(names)('draws every character of the name %s', async (name) => {
    const rendered = await renderPdfPage(await recordFor(name));
    const scores = glyphScores(rendered, name);
    expect(undrawn(scores)).toEqual([]);
    expect(scores.length).toBeGreaterThan(0);
  });

  it('draws the headline, the title and the labels, and writes the page as a PNG', async () => {
    const pdf = await recordFor('山田 花子');
    // Labels are set at 8 pt: rendered finer so their strokes resolve.
    const rendered = await renderPdfPage(pdf, 300);
    for (const text of [
      '無効です（取消されています）',
      '資格者証 確認記録',
      '確認結果',
      '登録番号',
      '確認日時',
    ])
      expect(undrawn(glyphScores(rendered, text)), text).toEqual([]);
    const { page } = rendered;
    const canvas = createCanvas(page.width, page.height);
    const ctx = canvas.getContext('2d');
    const image = ctx.createImageData(page.width, page.height);
    image.data.set(page.data);
    ctx.putImageData(image, 0, 0);
    const file = join(mkdtempSync(join(tmpdir(), 'dqc-record-png-')), 'record.png');
    writeFileSync(file, canvas.toBuffer('image/png'));
    expect([...readFileSync(file).subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  });

  it('scores a cell low when the drawn glyph is not the expected one (control)', async () => {
    const rendered = await renderPdfPage(await recordFor('鷹野麗華'));
    const wrong = glyphScores(rendered, '鷹野麗華', '一二三口');
    expect(Math.max(...wrong.map((s) => s.correlation))).toBeLessThan(0.5);
  });

  it('the embedded font has a glyph for every character of the text layer', async () => {
    const pdf = await recordFor('髙橋 𠮷男');
    const fonts = embeddedFonts(await PDFDocument.load(pdf));
    expect(fonts).toHaveLength(1);
    const face = fonts[0] as (typeof fonts)[number];
    const chars = [...new Set(await visibleText(pdf))].filter((c) => c.trim() !== '' && !/\p{Cc}/u.test(c));
    expect(chars.length).toBeGreaterThan(100);
    expect(chars.filter((c) => !face.hasGlyphForCodePoint(c.codePointAt(0) ?? 0))).toEqual([]);
  });
});
