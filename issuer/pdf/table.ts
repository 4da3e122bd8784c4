// The bordered label/value table. Every label and every value line is its own text-show run,
// so a text extractor returns the label and, separately, the value (README-layout.md).
import { grayscale, type PDFFont, type PDFImage, type PDFPage } from 'pdf-lib';
import type { Row } from './labels';
import { wrapText } from './text-wrap';

export const LABEL_SIZE = 10.5;
export const VALUE_SIZE = 12;
export const EMPHASIS_SIZE = 16;
const PAD_X = 8;
const PAD_Y = 8;
const MIN_ROW_HEIGHT = 28;
const LINE_GAP = 1.45;
/** Noto Sans JP's ideographs reach about 0.88 em above the baseline; 0.9 leaves air. */
const ASCENT = 0.9;
const BORDER = grayscale(0.35);
const LABEL_FILL = grayscale(0.93);
const LABEL_INK = grayscale(0.2);

export interface TableFonts {
  label: PDFFont;
  value: PDFFont;
}

export interface TableGeometry {
  x: number;
  width: number;
  labelWidth: number;
  /** A photo cell at the right, spanning the first rows: its inner box size. */
  photo?: { width: number; height: number };
}

export interface RowLayout {
  row: Row;
  labelLines: string[];
  valueLines: string[];
  size: number;
  height: number;
  /** Value cell width (narrower beside the photo). */
  valueWidth: number;
}

export interface TableLayout {
  rows: RowLayout[];
  /** How many leading rows the photo cell spans. */
  photoSpan: number;
  height: number;
}

const photoCellWidth = (g: TableGeometry) => (g.photo ? g.photo.width + 2 * PAD_X : 0);

function measure(font: PDFFont, size: number): (s: string) => number {
  return (s) => font.widthOfTextAtSize(s, size);
}

/** `scale` shrinks the value text (front-page.ts: a record at the profile's limits). */
export function layoutTable(rows: Row[], g: TableGeometry, fonts: TableFonts, scale = 1): TableLayout {
  const photoCellHeight = g.photo ? g.photo.height + 2 * PAD_Y : 0;
  const out: RowLayout[] = [];
  let offset = 0;
  let photoSpan = 0;
  for (const row of rows) {
    const besidePhoto = offset < photoCellHeight;
    if (besidePhoto) photoSpan++;
    const valueWidth = g.width - g.labelWidth - (besidePhoto ? photoCellWidth(g) : 0);
    const size = (row.emphasis ? EMPHASIS_SIZE : VALUE_SIZE) * scale;
    const valueLines = wrapText(row.value, valueWidth - 2 * PAD_X, measure(fonts.value, size));
    const labelLines = wrapText(row.label, g.labelWidth - 2 * PAD_X, measure(fonts.label, LABEL_SIZE));
    const valueHeight = ASCENT * size + (valueLines.length - 1) * LINE_GAP * size + 0.3 * size;
    const labelHeight = ASCENT * size + (labelLines.length - 1) * LINE_GAP * LABEL_SIZE + 0.3 * LABEL_SIZE;
    const height = Math.max(MIN_ROW_HEIGHT, 2 * PAD_Y + Math.max(valueHeight, labelHeight));
    out.push({ row, labelLines, valueLines, size, height, valueWidth });
    offset += height;
  }
  return { rows: out, photoSpan, height: offset };
}

/** Draws the table with its top edge at `top` (PDF user space, y grows upwards). */
export function drawTable(
  page: PDFPage,
  top: number,
  layout: TableLayout,
  g: TableGeometry,
  fonts: TableFonts,
  photo?: PDFImage,
): void {
  let y = top;
  for (const r of layout.rows) {
    const bottom = y - r.height;
    page.drawRectangle({ x: g.x, y: bottom, width: g.labelWidth, height: r.height, color: LABEL_FILL });
    page.drawRectangle({
      x: g.x,
      y: bottom,
      width: g.labelWidth + r.valueWidth,
      height: r.height,
      borderColor: BORDER,
      borderWidth: 0.6,
    });
    page.drawLine({
      start: { x: g.x + g.labelWidth, y },
      end: { x: g.x + g.labelWidth, y: bottom },
      color: BORDER,
      thickness: 0.6,
    });
    // Label and value share the first baseline, so they read as one line.
    const baseline = y - PAD_Y - ASCENT * r.size;
    r.labelLines.forEach((line, i) => {
      page.drawText(line, {
        x: g.x + PAD_X,
        y: baseline - i * LINE_GAP * LABEL_SIZE,
        size: LABEL_SIZE,
        font: fonts.label,
        color: LABEL_INK,
      });
    });
    r.valueLines.forEach((line, i) => {
      page.drawText(line, {
        x: g.x + g.labelWidth + PAD_X,
        y: baseline - i * LINE_GAP * r.size,
        size: r.size,
        font: fonts.value,
      });
    });
    y = bottom;
  }
  if (g.photo && layout.photoSpan > 0) drawPhotoCell(page, top, layout, g, photo);
}

function drawPhotoCell(
  page: PDFPage,
  top: number,
  layout: TableLayout,
  g: TableGeometry,
  photo?: PDFImage,
): void {
  const box = g.photo;
  if (!box) return;
  const height = layout.rows.slice(0, layout.photoSpan).reduce((h, r) => h + r.height, 0);
  const x = g.x + g.width - photoCellWidth(g);
  page.drawRectangle({
    x,
    y: top - height,
    width: photoCellWidth(g),
    height,
    borderColor: BORDER,
    borderWidth: 0.6,
  });
  if (!photo) return;
  // Fit inside the box, keeping the aspect ratio, centred.
  const scale = Math.min(box.width / photo.width, box.height / photo.height);
  const w = photo.width * scale;
  const h = photo.height * scale;
  const px = x + PAD_X + (box.width - w) / 2;
  const py = top - height / 2 - h / 2;
  page.drawImage(photo, { x: px, y: py, width: w, height: h });
  page.drawRectangle({ x: px, y: py, width: w, height: h, borderColor: grayscale(0.6), borderWidth: 0.4 });
}
