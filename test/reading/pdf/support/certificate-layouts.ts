// Certificate PDFs in layouts our issuer never makes (issuer/pdf/README-layout.md is a two-column
// table of its own), for the document check of PROFILE §6.1: what other issuers' certificates
// look like — a vertical list `①資格の名称：介護福祉士` with the value in the label's run, a bordered
// table whose labels are spaced out and whose values sit in a column (wrapping within it), and
// numbered pairs two to a line. Real text in Noto Sans JP (the issuer's font), the QR code as
// the issuer draws it (a genuine credential's URL when the test gives one), the photo as a
// /DCTDecode image. Content order is deliberately not reading order where a generator might
// differ (the table draws its values before its labels).
import { grayscale, PDFDocument, type PDFFont, type PDFPage } from 'pdf-lib';
import { embedJapaneseFont, fontkit } from '../../../../issuer/pdf/fonts';
import { drawQrImage, embedQrImage } from '../../../../issuer/pdf/qr-draw';

const A4: [number, number] = [595.28, 841.89];

/** A labelled row; a value given as several lines is drawn wrapped onto them. */
export interface Row {
  label: string;
  value: string | string[];
}

export interface Sheet {
  /** The QR code's content. */
  url: string;
  title: string;
  rows: Row[];
  photoJpeg?: Uint8Array;
  /** A closing sentence under the rows. */
  footer?: string;
}

const linesOf = (value: Row['value']) => (typeof value === 'string' ? [value] : value);

async function start(sheet: Sheet): Promise<{ doc: PDFDocument; page: PDFPage; font: PDFFont }> {
  const doc = await PDFDocument.create({ updateMetadata: false });
  doc.registerFontkit(fontkit);
  const text = [
    sheet.title,
    sheet.footer ?? '',
    ...sheet.rows.flatMap((r) => [r.label, ...linesOf(r.value)]),
  ];
  const font = await embedJapaneseFont(doc, 'regular', `${text.join('')}0123456789`);
  const page = doc.addPage(A4);
  page.drawText(sheet.title, { x: 200, y: 770, size: 18, font });
  const qr = embedQrImage(doc, sheet.url);
  drawQrImage(page, qr, A4[0] - 60 - qr.side, 60, 0);
  if (sheet.photoJpeg) {
    const photo = await doc.embedJpg(sheet.photoJpeg);
    page.drawImage(photo, { x: 440, y: 600, width: 90, height: 112 });
  }
  return { doc, page, font };
}

const save = (doc: PDFDocument) => doc.save({ objectsPerTick: Number.POSITIVE_INFINITY });

/**
 * (a) A vertical list: each row one run `<label><value>` (the label brings its own ①…/colon),
 * 12 pt at 22 pt spacing from the left margin; a wrapped value continues at the margin.
 */
export async function verticalListPdf(sheet: Sheet): Promise<Uint8Array> {
  const { doc, page, font } = await start(sheet);
  let y = 700;
  for (const row of sheet.rows) {
    linesOf(row.value).forEach((line, i) => {
      page.drawText(i === 0 ? `${row.label}${line}` : line, { x: 72, y, size: 12, font });
      y -= 22;
    });
  }
  if (sheet.footer) page.drawText(sheet.footer, { x: 72, y: y - 8, size: 10.5, font });
  return save(doc);
}

/**
 * (b) A bordered two-column table: labels (11 pt, spaced out as they are to fill a cell) at
 * x = 60, values (13 pt) at x = 180 on the label's baseline, a wrapped value's further lines
 * 1.4 × 13 pt lower in the value column. Values are drawn first, labels after.
 */
export async function twoColumnTablePdf(sheet: Sheet): Promise<Uint8Array> {
  const { doc, page, font } = await start(sheet);
  const rows: { row: Row; top: number; height: number }[] = [];
  let top = 720;
  for (const row of sheet.rows) {
    const height = 16 + 18.2 * linesOf(row.value).length;
    rows.push({ row, top, height });
    top -= height;
  }
  for (const { row, top } of rows) {
    linesOf(row.value).forEach((line, i) => {
      page.drawText(line, { x: 180, y: top - 22 - i * 18.2, size: 13, font });
    });
  }
  for (const { row, top, height } of rows) {
    page.drawRectangle({
      x: 50,
      y: top - height,
      width: 380,
      height,
      borderColor: grayscale(0.3),
      borderWidth: 0.7,
    });
    page.drawLine({ start: { x: 170, y: top }, end: { x: 170, y: top - height }, thickness: 0.7 });
    page.drawText(row.label, { x: 60, y: top - 22, size: 11, font });
  }
  if (sheet.footer) page.drawText(sheet.footer, { x: 60, y: top - 30, size: 10.5, font });
  return save(doc);
}

/**
 * (c) Numbered pairs, two to a line: `1. 資格名称:` and its value as separate runs with a gap,
 * a second pair starting at x = 310 on the same line. `rows` fill the lines in order; a label
 * starting with "|" begins a new line.
 */
export async function pairedLinesPdf(sheet: Sheet): Promise<Uint8Array> {
  const { doc, page, font } = await start(sheet);
  let y = 720;
  let column = 0;
  for (const row of sheet.rows) {
    const label = row.label.replace(/^\|/, '');
    if (row.label.startsWith('|') || column === 2) {
      y -= 24;
      column = 0;
    }
    const x = column === 0 ? 60 : 310;
    page.drawText(label, { x, y, size: 10, font });
    page.drawText(linesOf(row.value).join(''), {
      x: x + font.widthOfTextAtSize(label, 10) + 10,
      y,
      size: 12,
      font,
    });
    column++;
  }
  if (sheet.footer) page.drawText(sheet.footer, { x: 60, y: y - 40, size: 10.5, font });
  return save(doc);
}
