// Real-looking certificate PDFs the work budget must let through, beyond the demo's: a phone
// photo of the printed page (12 MP JPEG), a 20-page document with the certificate last, and a
// 20-page 300 dpi scan with the certificate last (the heaviest honest file: 174 MP of images).
// Made from the issuer's own certificate PDF; nothing is committed.
import { createCanvas, ImageData } from '@napi-rs/canvas';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { scannedLookingPdf } from '../../../../issuer/pdf/doctored';
import { loadPdf, renderPage } from '../../../../reading/node/pdfjs-node';

const A4: [number, number] = [595.28, 841.89];

/** Page 1 of `pdf` as a phone photo: 3024 × 4032, turned 4°, on a desk, JPEG in an A4 page. */
export async function photographedPdf(pdf: Uint8Array): Promise<Uint8Array> {
  const source = await loadPdf(pdf);
  const page = await renderPage(source, 1, 300).finally(() => source.destroy());
  const flat = createCanvas(page.width, page.height);
  flat.getContext('2d').putImageData(new ImageData(page.data, page.width, page.height), 0, 0);
  const photo = createCanvas(3024, 4032);
  const ctx = photo.getContext('2d');
  ctx.fillStyle = '#8a7660'; // a wooden desk
  ctx.fillRect(0, 0, 3024, 4032);
  ctx.translate(1512, 2016);
  ctx.rotate((4 * Math.PI) / 180);
  const scale = 3400 / page.height;
  ctx.drawImage(
    flat,
    (-page.width * scale) / 2,
    (-page.height * scale) / 2,
    page.width * scale,
    page.height * scale,
  );
  const doc = await PDFDocument.create();
  const image = await doc.embedJpg(photo.encodeSync('jpeg', 85));
  doc.addPage(A4).drawImage(image, { x: 0, y: 0, width: A4[0], height: A4[1] });
  return doc.save();
}

/** `pages - 1` pages of plain text, then page 1 of `pdf` (the certificate) last. */
export async function certificateLastPdf(pdf: Uint8Array, pages = 20): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  for (let p = 1; p < pages; p++) {
    const page = doc.addPage(A4);
    for (let line = 0; line < 50; line++)
      page.drawText(
        `Page ${p}, line ${line + 1}: an application form, a cover letter, terms and conditions.`,
        {
          x: 56,
          y: 780 - line * 14,
          size: 10,
          font,
        },
      );
  }
  const [certificate] = await doc.copyPages(await PDFDocument.load(pdf), [0]);
  if (certificate) doc.addPage(certificate);
  return doc.save();
}

/** Every page of `pdf` through the issuer's scan simulation at `dpi`, as one PDF. */
export async function scannedPagesPdf(pdf: Uint8Array, dpi = 300): Promise<Uint8Array> {
  const source = await PDFDocument.load(pdf);
  const out = await PDFDocument.create();
  for (let i = 0; i < source.getPageCount(); i++) {
    const single = await PDFDocument.create();
    const [page] = await single.copyPages(source, [i]);
    if (page) single.addPage(page);
    const scan = await PDFDocument.load(await scannedLookingPdf(await single.save(), { dpi, seed: i + 1 }));
    const [scanned] = await out.copyPages(scan, [0]);
    if (scanned) out.addPage(scanned);
  }
  return out.save();
}
