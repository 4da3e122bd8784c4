// The app's PDF worker code path in Node (reading/pdf/pdf-codes.ts with the app's time caps and
// its DecompressionStream inflater; only the canvas differs): issue 14 points 1 and 2. A QR image
// shared by two pages is read on both; hostile files end with pdfTooMuchWork and counters
// within the caps; blank pages cost no render; certificate PDFs as people hand them over (issued,
// scanned, photographed, 20 pages with the certificate last) are read with counters far inside
// every cap. Counters are asserted, never time.
import { grayscale, PDFDocument } from 'pdf-lib';
import { beforeAll, describe, expect, it } from 'vitest';
import { renderCertificatePdf } from '../../../issuer/pdf';
import { scannedLookingPdf } from '../../../issuer/pdf/doctored';
import { nodePdfEnvironment } from '../../../reading/node/pdfjs-node';
import { scanPdfCodes } from '../../../reading/pdf/pdf-codes';
import { streamInflate } from '../../../reading/pdf/pdf-filters';
import type { PdfEnvironment } from '../../../reading/pdf/pdf-pages';
import { FIRST_PASS_RENDER_PIXELS } from '../../../reading/pdf/pdf-render';
import { APP_TIME_CAPS, PDF_CAPS, type PdfWork, TooMuchWork } from '../../../reading/pdf/pdf-work';
import { SAMPLE } from '../../issuer/pdf/fixtures';
import { HOSTILE_PDFS, sharedImagePdf, vectorQrPdf } from './support/hostile-pdfs';
import { pageTree, rawPdf } from './support/raw-pdf';
import { certificateLastPdf, photographedPdf, scannedPagesPdf } from './support/real-pdfs';

let env: PdfEnvironment;
beforeAll(async () => {
  env = { ...(await nodePdfEnvironment()), inflate: streamInflate };
});

const scan = (bytes: Uint8Array) => scanPdfCodes(env, bytes, { caps: APP_TIME_CAPS });

/** Every summed counter at most `share` of its cap; no image side past half its cap. */
function inside(work: PdfWork, share: number) {
  expect(work.objects).toBeLessThanOrEqual(PDF_CAPS.objects * share);
  expect(work.inflatedBytes).toBeLessThanOrEqual(PDF_CAPS.fileBytes * share);
  expect(work.largestStreamBytes).toBeLessThanOrEqual(PDF_CAPS.streamBytes * share);
  expect(work.largestPageOperators).toBeLessThanOrEqual(PDF_CAPS.pageOperators * share);
  expect(work.operators).toBeLessThanOrEqual(PDF_CAPS.fileOperators * share);
  expect(work.imagePixels).toBeLessThanOrEqual(PDF_CAPS.imagePixels * share);
  expect(work.largestImageSide).toBeLessThanOrEqual(PDF_CAPS.imageSide / 2);
  expect(work.renderedPixels).toBeLessThanOrEqual(PDF_CAPS.renderedPixels * share);
}

describe('issue 14 point 1: an image shared by several pages', () => {
  it('is read on every page that draws it (pdf.js keeps it in its common objects)', async () => {
    const result = await scan(sharedImagePdf(SAMPLE.url, 3));
    expect(result.codes.map((c) => [c.text, c.page])).toEqual([
      [SAMPLE.url, 1],
      [SAMPLE.url, 2],
      [SAMPLE.url, 3],
    ]);
    // Read from the image objects: nothing rendered.
    expect(result.work).toMatchObject({ renderedPixels: 0, pagesRead: 3 });
  });
});

describe('issue 14 point 2: hostile files end with pdfTooMuchWork within the caps', () => {
  const refused = Object.entries(HOSTILE_PDFS).filter(([name]) => name !== '50-blank-pages');
  it.each(refused)('%s', async (_, make) => {
    const error = await scan(make()).then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(TooMuchWork);
    const { work } = error as TooMuchWork;
    // Refused before pdf.js read a page: nothing rendered, nothing decoded.
    expect(work).toMatchObject({ pagesRead: 0, renderedPixels: 0, decodedPixels: 0 });
  });

  it('50 blank pages of 200 × 200 inches: no render at all, no code', async () => {
    const result = await scan(HOSTILE_PDFS['50-blank-pages']?.() as Uint8Array);
    expect(result.codes).toEqual([]);
    expect(result.work).toMatchObject({ renderedPixels: 0, decodedPixels: 0 });
  });

  it('a page of 200 × 200 inches with a few marks is rendered at 4 MP at most in the first pass', async () => {
    const objects = pageTree(1);
    // Enough marks to draw a code (MIN_CODE_SUBPATHS), so the first pass renders the page.
    const marks = Array.from({ length: 80 }, (_, i) => `${(i % 9) * 20} ${Math.floor(i / 9) * 20} 10 10 re`);
    objects.push(
      { value: '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 14400 14400] /Contents 4 0 R >>' },
      { value: '', stream: new TextEncoder().encode(`${marks.join('\n')} f`) },
    );
    const result = await scan(rawPdf(objects));
    expect(result.codes).toEqual([]);
    // First pass ≤ 4 MP; the thorough pass renders at most its own two sizes.
    expect(result.work.renderedPixels).toBeGreaterThan(0);
    expect(result.work.renderedPixels).toBeLessThanOrEqual(FIRST_PASS_RENDER_PIXELS + 2 * 16_000_000);
  });
});

describe('certificate PDFs stay far inside the caps', () => {
  let certificate: Uint8Array;
  beforeAll(async () => {
    certificate = await renderCertificatePdf(SAMPLE);
  });

  it('as issued: read from the QR image object, nothing rendered', async () => {
    const result = await scan(certificate);
    expect(result.codes.map((c) => c.text)).toEqual([SAMPLE.url]);
    expect(result.work.renderedPixels).toBe(0);
    inside(result.work, 0.01);
  });

  it('scanned (170 dpi, skewed, noisy JPEG): read from the page image', async () => {
    const result = await scan(await scannedLookingPdf(certificate));
    expect(result.codes.map((c) => c.text)).toEqual([SAMPLE.url]);
    inside(result.work, 0.05);
  });

  it('photographed (a 12 MP phone photo, turned 4°, in a PDF)', async () => {
    const result = await scan(await photographedPdf(certificate));
    expect(result.codes.map((c) => c.text)).toEqual([SAMPLE.url]);
    inside(result.work, 0.1);
  }, 120_000);

  it('a page of rules and frames alone beside it is not rendered (too few paths for a code)', async () => {
    for (const [rulesFirst, page] of [
      [false, 1],
      [true, 2],
    ] as const) {
      const result = await scan(await withRulesPage(certificate, rulesFirst));
      expect(result.codes.map((c) => [c.text, c.page])).toEqual([[SAMPLE.url, page]]);
      expect(result.work).toMatchObject({ renderedPixels: 0, pagesRead: 2 });
    }
  });

  it('a code drawn as vectors, a rectangle per module, is found on the rendered page', async () => {
    const result = await scan(vectorQrPdf(SAMPLE.url));
    expect(result.codes.map((c) => [c.text, c.page])).toEqual([[SAMPLE.url, 1]]);
    expect(result.work.renderedPixels).toBeGreaterThan(0);
    expect(result.work.renderedPixels).toBeLessThanOrEqual(FIRST_PASS_RENDER_PIXELS);
  });

  it('20 pages, the certificate last: every page read once, pages of text alone not rendered', async () => {
    const result = await scan(await certificateLastPdf(certificate, 20));
    expect(result.codes.map((c) => [c.text, c.page])).toEqual([[SAMPLE.url, 20]]);
    expect(result.work.pagesRead).toBe(20);
    expect(result.work.renderedPixels).toBe(0);
    inside(result.work, 0.25);
  }, 120_000);

  it('5 scanned pages (150 dpi), the certificate last: page images read, no page rendered', async () => {
    const result = await scan(await scannedPagesPdf(await certificateLastPdf(certificate, 5), 150));
    expect(result.codes.map((c) => [c.text, c.page])).toEqual([[SAMPLE.url, 5]]);
    expect(result.work.renderedPixels).toBe(0);
    inside(result.work, 0.1);
  }, 120_000);
});

/** The PDF with a page of a table's rules and frames (8 rectangles, as a certificate's 2nd page). */
async function withRulesPage(pdf: Uint8Array, first: boolean): Promise<Uint8Array> {
  const doc = await PDFDocument.load(pdf);
  const page = first ? doc.insertPage(0, [595, 842]) : doc.addPage([595, 842]);
  for (let i = 0; i < 8; i++) {
    page.drawRectangle({
      x: 50,
      y: 700 - 40 * i,
      width: 495,
      height: 40,
      borderColor: grayscale(0.4),
      borderWidth: 0.6,
    });
  }
  return doc.save();
}
