// Page geometry and what every page drawer needs.
import { grayscale, type PDFDocument, type PDFFont, type PDFImage, type PDFPage } from 'pdf-lib';
import { wrapText } from './text-wrap';
import type { CertificatePdfInput, QrImage } from './types';

/** A4 portrait in points. */
export const PAGE_WIDTH = 595.28;
export const PAGE_HEIGHT = 841.89;
export const MARGIN = 48;
export const CONTENT_WIDTH = PAGE_WIDTH - 2 * MARGIN;

export interface RenderContext {
  doc: PDFDocument;
  input: CertificatePdfInput;
  bold: PDFFont;
  regular: PDFFont;
  photo?: PDFImage;
  qr: QrImage;
  qrPage: 1 | 2;
  qrRotation: 0 | 90;
}

export function addPage(doc: PDFDocument): PDFPage {
  return doc.addPage([PAGE_WIDTH, PAGE_HEIGHT]);
}

/**
 * Centred text, wrapped to the content width at the first of `sizes` that needs at most
 * `maxLines` lines (else the smallest). Returns the y below the last line.
 */
export function drawCentred(
  page: PDFPage,
  text: string,
  top: number,
  font: PDFFont,
  sizes: number[],
  maxLines = 2,
  color = grayscale(0),
): number {
  let size = sizes[sizes.length - 1] ?? 12;
  let lines: string[] = [];
  for (const candidate of sizes) {
    size = candidate;
    lines = wrapText(text, CONTENT_WIDTH, (s) => font.widthOfTextAtSize(s, candidate));
    if (lines.length <= maxLines) break;
  }
  let y = top - size;
  for (const line of lines) {
    const width = font.widthOfTextAtSize(line, size);
    page.drawText(line, { x: (PAGE_WIDTH - width) / 2, y, size, font, color });
    y -= size * 1.4;
  }
  return y + size * 1.4 - size * 0.35;
}

/** "n/total" centred in the bottom margin, only on multi-page certificates. */
export function drawPageNumbers(doc: PDFDocument, font: PDFFont): void {
  const pages = doc.getPages();
  if (pages.length < 2) return;
  pages.forEach((page, i) => {
    const text = `${i + 1}/${pages.length}`;
    const size = 9;
    page.drawText(text, {
      x: (PAGE_WIDTH - font.widthOfTextAtSize(text, size)) / 2,
      y: MARGIN / 2,
      size,
      font,
      color: grayscale(0.4),
    });
  });
}

/** The lowest y content may reach: above the page numbers. */
export const LOWEST = MARGIN / 2 + 12;

/** Layout is computed for the longest values the profile allows; reaching the margin is a bug. */
export function assertAboveMargin(y: number, what: string): void {
  if (y < LOWEST) throw new Error(`証明書の PDF に記載事項が収まりません（${what}）`);
}
