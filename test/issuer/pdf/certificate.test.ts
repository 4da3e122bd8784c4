// The rendered certificate: extractable text next to its labels, metadata, the QR image, the
// photo bytes, and long values wrapping inside their cells.
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { makeDemoPhotoJpeg } from '../../../issuer/pdf/demo-photo';
import { LABELS, renderCertificatePdf } from '../../../issuer/pdf/index';
import { qrGreyModules, qrMatrix } from '../../../issuer/qr/qr-image';
import { loadPdf } from '../../../reading/node/pdfjs-node';
import {
  BACK_VALUE_X,
  CREATED,
  FRONT_VALUE_X,
  imagePaints,
  imageStreams,
  LONG_NAME,
  qrPixels,
  SAMPLE,
  textRuns,
  valuesByLabel,
} from './fixtures';

const LABEL_LIST = Object.values(LABELS);
const PAGE_WIDTH = 595.28;
const MARGIN = 48;
const MM = 72 / 25.4;
const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

describe('renderCertificatePdf', () => {
  it('shows every item as text beside its label, formatted as documented', async () => {
    const pdf = await renderCertificatePdf(SAMPLE, { creationDate: CREATED });
    const runs = await textRuns(pdf);
    const strings = runs.map((r) => r.str);
    expect(strings).toContain('介護福祉士資格証');
    expect(strings).toContain('二次元コードを読み取ると資格情報を確認できます');
    expect(Object.fromEntries(valuesByLabel(runs, LABEL_LIST))).toEqual({
      氏名: '山田 花子',
      '氏名（カナ）': 'ヤマダ ハナコ',
      生年月日: '1990/04/01',
      資格名称: '介護福祉士',
      登録番号: '第100001号',
      登録日: '2016/04/01',
      交付日: '2016/05/20',
      // iat is 2026-09-20 15:30 UTC, already the 21st in Japan.
      発行日: '2026/09/21',
      交付機関: '厚生労働大臣',
    });
    // Label and value share a baseline: the value starts on the label's line.
    const label = runs.find((r) => r.str === '登録番号');
    const value = runs.find((r) => r.str === '第100001号');
    expect(value?.y).toBeCloseTo(label?.y ?? Number.NaN, 3);
    expect(value?.x).toBeCloseTo(FRONT_VALUE_X, 3);
  });

  it('leaves out optional rows that have no data', async () => {
    const { holderNameKana: _k, grantDate: _g, ...minimal } = SAMPLE;
    const values = valuesByLabel(await textRuns(await renderCertificatePdf(minimal)), LABEL_LIST);
    expect([...values.keys()]).toEqual([
      '氏名',
      '生年月日',
      '資格名称',
      '登録番号',
      '登録日',
      '発行日',
      '交付機関',
    ]);
  });

  it('has A4 pages and metadata naming the document and the issuing body, not the holder', async () => {
    const pdf = await renderCertificatePdf(SAMPLE, { creationDate: CREATED });
    const doc = await loadPdf(pdf);
    const page = await doc.getPage(1);
    expect(page.view).toEqual([0, 0, 595.28, 841.89]);
    const info = (await doc.getMetadata()).info as unknown as Record<string, unknown>;
    await doc.destroy();
    expect(info.Title).toBe('介護福祉士資格証');
    expect(info.Author).toBe('厚生労働大臣');
    expect(info.Producer).toBe('dqc issuer');
    expect(info.CreationDate).toBe('D:20260920153000Z');
    expect(JSON.stringify(info)).not.toContain('山田');
  });

  it('carries the URL as one QR image, ≥ 25 mm wide, with a 4-module quiet zone', async () => {
    const pdf = await renderCertificatePdf(SAMPLE);
    const expected = qrGreyModules(qrMatrix(SAMPLE.url, 'M'), 4);
    const { side, pixels } = await qrPixels(pdf);
    expect(side).toBe(expected.side);
    expect(Buffer.from(pixels).equals(Buffer.from(expected.pixels))).toBe(true);
    const paints = await imagePaints(pdf, 1);
    expect(paints).toHaveLength(1);
    const [a, b, c, d] = paints[0]?.matrix ?? [];
    expect(b).toBe(0);
    expect(c).toBe(0);
    expect(a).toBe(d);
    expect(a).toBeGreaterThanOrEqual(25 * MM);
  });

  it('embeds the photo JPEG byte for byte as the one /DCTDecode image', async () => {
    const photoJpeg = makeDemoPhotoJpeg(7);
    const pdf = await renderCertificatePdf({ ...SAMPLE, photoJpeg });
    const jpegs = (await imageStreams(pdf)).filter((i) => i.filter === '/DCTDecode');
    expect(jpegs).toHaveLength(1);
    expect(sha256(jpegs[0]?.data ?? new Uint8Array())).toBe(sha256(photoJpeg));
    expect(await imagePaints(pdf, 1)).toHaveLength(2);
  });

  it.each([
    ['without a photo', undefined, PAGE_WIDTH - MARGIN],
    // The photo cell (30 mm + padding) narrows the name cell.
    ['beside the photo', makeDemoPhotoJpeg(1), PAGE_WIDTH - MARGIN - 30 * MM - 16],
  ])('wraps a 64-character name inside its cell %s', async (_, photoJpeg, cellRight) => {
    expect([...LONG_NAME]).toHaveLength(64);
    const pdf = await renderCertificatePdf({
      ...SAMPLE,
      holderName: LONG_NAME,
      ...(photoJpeg && { photoJpeg }),
    });
    const runs = await textRuns(pdf);
    const start = runs.findIndex((r) => r.str === '氏名');
    const end = runs.findIndex((r) => r.str === '氏名（カナ）');
    const lines = runs.slice(start + 1, end).filter((r) => r.str.trim() !== '');
    expect(lines.length).toBeGreaterThanOrEqual(3);
    expect(lines.map((l) => l.str).join('')).toBe(LONG_NAME);
    for (const [i, line] of lines.entries()) {
      expect(line.x).toBeCloseTo(FRONT_VALUE_X, 3);
      expect(line.x + line.width).toBeLessThanOrEqual(cellRight - 8 + 0.01);
      if (i > 0) expect(line.y).toBeLessThan((lines[i - 1] as { y: number }).y - line.size);
    }
    // The next row starts below the last name line.
    expect(runs[end]?.y).toBeLessThan((lines.at(-1)?.y ?? 0) - 12);
    for (const run of runs) {
      expect(run.x).toBeGreaterThanOrEqual(MARGIN);
      expect(run.x + run.width).toBeLessThanOrEqual(PAGE_WIDTH - MARGIN);
      expect(run.y).toBeGreaterThan(MARGIN / 2);
    }
  });

  it('breaks a long Latin name at spaces; the text survives up to white space', async () => {
    const name = 'MAXIMILIANA ALEXANDRA KONSTANTINOPOULOU-FITZGERALD VAN DER BERG';
    const pdf = await renderCertificatePdf({ ...SAMPLE, holderName: name });
    const runs = await textRuns(pdf);
    const lines = runs.filter((r) => r.x === FRONT_VALUE_X && r.size === 16).map((r) => r.str);
    expect(lines.length).toBeGreaterThan(1);
    // Every line ends a word (pdf.js drops the space kept at the end of the line).
    for (const line of lines) expect(name).toMatch(new RegExp(`(^| )${line.trim()}( |$)`));
    const value = valuesByLabel(runs, LABEL_LIST).get('氏名') ?? '';
    expect(value.replace(/\s/gu, '')).toBe(name.replace(/\s/gu, ''));
  });

  it('puts その他項目 on a back page with the same label/value runs', async () => {
    const otherItems = { 籍登録地: '東京都', 備考: '保健師助産師看護師法による登録' };
    const pdf = await renderCertificatePdf({ ...SAMPLE, otherItems });
    const runs = await textRuns(pdf, 2);
    expect(runs[0]?.str).toBe('その他の項目（裏面）');
    expect(Object.fromEntries(valuesByLabel(runs, Object.keys(otherItems), BACK_VALUE_X))).toEqual(
      otherItems,
    );
    expect(runs.find((r) => r.str === '東京都')?.x).toBeCloseTo(BACK_VALUE_X, 3);
  });
});
