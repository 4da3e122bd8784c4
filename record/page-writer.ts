// Draws a RecordPage with pdf-lib, top to bottom, starting a new A4 page when a row does not fit
// (a row never splits). Every label line and every value line is its own text-show run at the
// columns of page-geometry.ts, so the re-check reads each row back by its label.
import { type Color, grayscale, type PDFDocument, type PDFFont, type PDFPage, rgb } from 'pdf-lib';
import type { Verdict } from '../core/reasons';
import {
  CELL_PAD,
  CONTENT_WIDTH,
  LABEL_WIDTH,
  LABEL_X,
  LINE_GAP,
  LOWEST,
  MARGIN,
  PAGE_HEIGHT,
  PAGE_WIDTH,
  SIZE,
  VALUE_WIDTH,
  VALUE_X,
} from './page-geometry';
import { COMPARED, RECORD_SUBTITLE, RECORD_TITLE, type RecordPage, type RecordRow } from './record-text';
import { wrapLine } from './text-wrap';

/** Noto Sans JP's ideographs reach about 0.88 em above the baseline. */
const ASCENT = 0.9;
const INK = grayscale(0.08);
const SOFT_INK = grayscale(0.35);
const BORDER = grayscale(0.6);
const LABEL_FILL = grayscale(0.94);
const BAND: Record<Verdict, { fill: Color; edge: Color }> = {
  valid: { fill: rgb(0.87, 0.95, 0.88), edge: rgb(0.1, 0.45, 0.2) },
  invalid: { fill: rgb(0.99, 0.88, 0.88), edge: rgb(0.7, 0.1, 0.1) },
  indeterminate: { fill: rgb(1, 0.94, 0.8), edge: rgb(0.7, 0.48, 0) },
};

interface LaidRow {
  labelLines: string[];
  valueLines: string[];
  size: number;
  height: number;
}

export class PageWriter {
  private page!: PDFPage;
  private y = 0;
  private readonly pages: PDFPage[] = [];

  constructor(
    private readonly doc: PDFDocument,
    private readonly font: PDFFont,
    private readonly printable: (s: string) => string,
  ) {}

  write(record: RecordPage): void {
    this.newPage();
    this.text(RECORD_TITLE, MARGIN, this.y - SIZE.title, SIZE.title);
    this.y -= SIZE.title * 1.3;
    this.text(RECORD_SUBTITLE, MARGIN, this.y - SIZE.subtitle, SIZE.subtitle, SOFT_INK);
    this.y -= SIZE.subtitle * 1.6 + 8;
    this.headline(record.verdict, record.headline);
    for (const row of record.lead) this.row(row);
    for (const section of record.sections) {
      this.sectionTitle(section.title, section.rows[0]);
      for (const row of section.rows) this.row(row);
    }
    this.y -= 8;
    for (const note of record.notes) this.note(note);
    this.footers();
  }

  private newPage(): void {
    this.page = this.doc.addPage([PAGE_WIDTH, PAGE_HEIGHT]);
    this.pages.push(this.page);
    this.y = PAGE_HEIGHT - MARGIN;
  }

  private text(s: string, x: number, y: number, size: number, color: Color = INK): void {
    const shown = this.printable(s);
    if (shown !== '') this.page.drawText(shown, { x, y, size, font: this.font, color });
  }

  private width = (size: number) => (s: string) => this.font.widthOfTextAtSize(this.printable(s), size);

  private lay(row: RecordRow, size: number): LaidRow {
    const labelLines = wrapLine(row.label, LABEL_WIDTH - 2 * CELL_PAD, this.width(SIZE.label));
    const valueLines = row.lines.flatMap((l) => wrapLine(l, VALUE_WIDTH, this.width(size)));
    const lines = Math.max(labelLines.length * (SIZE.label / size), valueLines.length);
    const height = 2 * CELL_PAD + ASCENT * size + (lines - 1) * LINE_GAP * size + 0.3 * size;
    return { labelLines, valueLines, size, height: Math.max(height, 18) };
  }

  /** Moves to a new page unless `height` fits above the footer. */
  private room(height: number): void {
    if (this.y - height < LOWEST) this.newPage();
  }

  private headline(verdict: Verdict, headline: string): void {
    const laid = this.lay({ label: COMPARED.headline, lines: [headline] }, SIZE.headline);
    const height = laid.height + 6;
    const band = BAND[verdict];
    this.page.drawRectangle({
      x: MARGIN,
      y: this.y - height,
      width: CONTENT_WIDTH,
      height,
      color: band.fill,
      borderColor: band.edge,
      borderWidth: 1.5,
    });
    this.cells(laid, this.y - 3);
    this.y -= height + 6;
  }

  private sectionTitle(title: string, first: RecordRow | undefined): void {
    // A title is kept with its first row.
    this.room(SIZE.section * 2.2 + (first ? this.lay(first, SIZE.value).height : 0));
    this.y -= 6;
    this.text(title, MARGIN, this.y - SIZE.section, SIZE.section);
    this.y -= SIZE.section * 1.6;
  }

  private row(row: RecordRow): void {
    const laid = this.lay(row, SIZE.value);
    this.room(laid.height);
    const bottom = this.y - laid.height;
    this.page.drawRectangle({
      x: MARGIN,
      y: bottom,
      width: LABEL_WIDTH,
      height: laid.height,
      color: LABEL_FILL,
    });
    this.page.drawRectangle({
      x: MARGIN,
      y: bottom,
      width: CONTENT_WIDTH,
      height: laid.height,
      borderColor: BORDER,
      borderWidth: 0.5,
    });
    this.page.drawLine({
      start: { x: MARGIN + LABEL_WIDTH, y: this.y },
      end: { x: MARGIN + LABEL_WIDTH, y: bottom },
      color: BORDER,
      thickness: 0.5,
    });
    this.cells(laid, this.y);
    this.y = bottom;
  }

  /** Label and value share the first baseline, so they read as one line. */
  private cells(laid: LaidRow, top: number): void {
    const baseline = top - CELL_PAD - ASCENT * laid.size;
    laid.labelLines.forEach((line, i) => {
      this.text(line, LABEL_X, baseline - i * LINE_GAP * SIZE.label, SIZE.label, SOFT_INK);
    });
    laid.valueLines.forEach((line, i) => {
      this.text(line, VALUE_X, baseline - i * LINE_GAP * laid.size, laid.size);
    });
  }

  private note(paragraph: string): void {
    const lines = wrapLine(paragraph, CONTENT_WIDTH, this.width(SIZE.note));
    this.room(lines.length * LINE_GAP * SIZE.note + 4);
    for (const line of lines) {
      this.text(line, MARGIN, this.y - SIZE.note, SIZE.note, SOFT_INK);
      this.y -= LINE_GAP * SIZE.note;
    }
    this.y -= 4;
  }

  /** Title and page number at the foot of every page, at the left margin (outside both columns). */
  private footers(): void {
    this.pages.forEach((page, i) => {
      const text = this.printable(`${RECORD_TITLE}  ${i + 1}/${this.pages.length}`);
      page.drawText(text, { x: MARGIN, y: MARGIN - 16, size: SIZE.footer, font: this.font, color: SOFT_INK });
    });
  }
}
