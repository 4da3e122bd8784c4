// Demo variants: each differs from the genuine certificate in exactly the way it claims to.
import { PDFDict, PDFDocument, PDFName } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import {
  editVisibleName,
  qrOnSecondPage,
  rotatedQr,
  scannedLookingPdf,
  withOtherHoldersQr,
} from '../../../issuer/pdf/doctored';
import { LABELS, renderCertificatePdf } from '../../../issuer/pdf/index';
import { qrGreyModules, qrMatrix } from '../../../issuer/qr/qr-image';
import { loadPdf } from '../../../reading/node/pdfjs-node';
import { imagePaints, imageStreams, qrPixels, SAMPLE, sampleUrl, textRuns, valuesByLabel } from './fixtures';

const LABEL_LIST = Object.values(LABELS);

async function expectQrOf(pdf: Uint8Array, url: string): Promise<void> {
  const expected = qrGreyModules(qrMatrix(url), 4);
  const { pixels } = await qrPixels(pdf);
  expect(Buffer.from(pixels).equals(Buffer.from(expected.pixels))).toBe(true);
}

describe('doctored certificates', () => {
  it('(a) shows another name but keeps the original QR', async () => {
    const pdf = await editVisibleName(SAMPLE, '山田 花代');
    expect(valuesByLabel(await textRuns(pdf), LABEL_LIST).get('氏名')).toBe('山田 花代');
    await expectQrOf(pdf, SAMPLE.url);
  });

  it("(b) shows holder A's data with holder B's QR", async () => {
    const otherUrl = sampleUrl(9);
    const pdf = await withOtherHoldersQr(SAMPLE, otherUrl);
    expect(valuesByLabel(await textRuns(pdf), LABEL_LIST).get('氏名')).toBe(SAMPLE.holderName);
    await expectQrOf(pdf, otherUrl);
  });

  it('(c) puts the QR on page 2 and says so on page 1', async () => {
    const pdf = await qrOnSecondPage(SAMPLE);
    expect(await imagePaints(pdf, 1)).toHaveLength(0);
    expect(await imagePaints(pdf, 2)).toHaveLength(1);
    expect((await textRuns(pdf, 1)).map((r) => r.str)).toContain('二次元コードは裏面にあります');
    // With no ⑨ items the back page holds the code alone, and is headed so.
    expect((await textRuns(pdf, 2)).map((r) => r.str)).toContain('二次元コード（裏面）');
    await expectQrOf(pdf, SAMPLE.url);
  });

  it('(d) draws the QR turned by 90°', async () => {
    const [paint] = await imagePaints(await rotatedQr(SAMPLE), 1);
    const [a, b, c, d] = paint?.matrix ?? [];
    expect(a).toBeCloseTo(0, 6);
    expect(d).toBeCloseTo(0, 6);
    expect(b).toBeGreaterThan(70);
    expect(c).toBeCloseTo(-(b ?? 0), 6);
  });

  it('(e) the scanned-looking PDF is one A4 page holding one JPEG and no text', async () => {
    const scan = await scannedLookingPdf(await renderCertificatePdf(SAMPLE));
    const doc = await loadPdf(scan);
    try {
      expect(doc.numPages).toBe(1);
      const page = await doc.getPage(1);
      expect(page.view).toEqual([0, 0, 595.28, 841.89]);
      expect((await page.getTextContent()).items).toHaveLength(0);
    } finally {
      await doc.destroy();
    }
    const images = await imageStreams(scan);
    expect(images).toHaveLength(1);
    expect(images[0]?.filter).toBe('/DCTDecode');
    // ~170 dpi over A4.
    expect(images[0]?.width).toBeGreaterThan(1300);
    expect(await imagePaints(scan, 1)).toHaveLength(1);
    const parsed = await PDFDocument.load(scan);
    const fonts = parsed.context
      .enumerateIndirectObjects()
      .filter(([, o]) => o instanceof PDFDict && o.get(PDFName.of('Type')) === PDFName.of('Font'));
    expect(fonts).toHaveLength(0);
  });
});
