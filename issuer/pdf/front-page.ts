// 表面: header, title 「<資格名称>資格証」, the data table with the photo cell, and the QR panel.
import { grayscale } from 'pdf-lib';
import { certificateTitle, frontRows, HEADER, QR_ON_BACK_NOTE } from './labels';
import {
  addPage,
  assertAboveMargin,
  CONTENT_WIDTH,
  drawCentred,
  LOWEST,
  MARGIN,
  PAGE_HEIGHT,
  type RenderContext,
} from './page';
import { certificateQrPanel, drawQrPanel, qrPanelHeight } from './qr-draw';
import { drawTable, layoutTable, type TableGeometry } from './table';

const MM = 72 / 25.4;
/** A 30 × 40 mm ID-photo box. */
const PHOTO_BOX = { width: 30 * MM, height: 40 * MM };
const LABEL_WIDTH = 100;
const GAP = 22;
/** Value sizes tried in turn when the table and the QR panel do not fit at full size. */
const SHRINK = [0.9, 0.8, 0.7, 0.6];
/** The single line of QR_ON_BACK_NOTE at 10.5 pt. */
const BACK_NOTE_HEIGHT = 16;

export function drawFrontPage(ctx: RenderContext): void {
  const page = addPage(ctx.doc);
  let y = PAGE_HEIGHT - MARGIN;
  y = drawCentred(page, HEADER, y, ctx.bold, [10], 1, grayscale(0.35)) - 14;
  y = drawCentred(page, certificateTitle(ctx.input.qualificationName), y, ctx.bold, [24, 20, 16, 13], 2);
  page.drawLine({
    start: { x: MARGIN, y: y - 8 },
    end: { x: MARGIN + CONTENT_WIDTH, y: y - 8 },
    thickness: 1.2,
  });
  y -= 8 + GAP;

  const geometry: TableGeometry = {
    x: MARGIN,
    width: CONTENT_WIDTH,
    labelWidth: LABEL_WIDTH,
    ...(ctx.input.photoJpeg && { photo: PHOTO_BOX }),
  };
  const fonts = { label: ctx.bold, value: ctx.regular };
  const panel = certificateQrPanel(ctx);
  const below = GAP + (ctx.qrPage === 1 ? qrPanelHeight(panel) : BACK_NOTE_HEIGHT);
  // Every item at its longest (PROFILE §3) with the largest QR does not fit at full size: the
  // values shrink step by step until the page holds them (the QR keeps its size: it is what
  // must scan).
  const rows = frontRows(ctx.input);
  let table = layoutTable(rows, geometry, fonts);
  for (const scale of SHRINK) {
    if (y - table.height - below >= LOWEST) break;
    table = layoutTable(rows, geometry, fonts, scale);
  }
  drawTable(page, y, table, geometry, fonts, ctx.photo);
  y -= table.height + GAP;

  if (ctx.qrPage === 1) {
    drawQrPanel(page, y, panel);
    y -= qrPanelHeight(panel);
  } else {
    y = drawCentred(page, QR_ON_BACK_NOTE, y, ctx.regular, [10.5], 1, grayscale(0.15));
  }
  assertAboveMargin(y, 'front page');
}
