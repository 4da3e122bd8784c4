// 裏面: ⑨ その他項目 as a table, continued on further pages if needed, and the QR panel when
// the demo variant puts it on page 2.
import type { PDFPage } from 'pdf-lib';
import { BACK_QR_TITLE, BACK_TITLE, backRows, CONTINUED } from './labels';
import {
  addPage,
  assertAboveMargin,
  CONTENT_WIDTH,
  drawCentred,
  MARGIN,
  PAGE_HEIGHT,
  type RenderContext,
} from './page';
import { certificateQrPanel, drawQrPanel, qrPanelHeight } from './qr-draw';
import { drawTable, layoutTable, type TableGeometry } from './table';

const LABEL_WIDTH = 150;
const GAP = 22;
/** Keeps the page number clear. */
const BOTTOM = MARGIN;

export function needsBackPage(ctx: RenderContext): boolean {
  return ctx.qrPage === 2 || backRows(ctx.input).length > 0;
}

export function drawBackPages(ctx: RenderContext): void {
  const geometry: TableGeometry = { x: MARGIN, width: CONTENT_WIDTH, labelWidth: LABEL_WIDTH };
  const fonts = { label: ctx.bold, value: ctx.regular };
  const rows = layoutTable(backRows(ctx.input), geometry, fonts).rows;

  let continued = false;
  const startPage = (): [PDFPage, number] => {
    const page = addPage(ctx.doc);
    const title = continued ? `${BACK_TITLE}${CONTINUED}` : rows.length > 0 ? BACK_TITLE : BACK_QR_TITLE;
    continued = true;
    return [page, drawCentred(page, title, PAGE_HEIGHT - MARGIN, ctx.bold, [16], 2) - GAP];
  };

  let [page, y] = startPage();
  for (const row of rows) {
    if (y - row.height < BOTTOM) [page, y] = startPage();
    drawTable(page, y, { rows: [row], photoSpan: 0, height: row.height }, geometry, fonts);
    y -= row.height;
  }
  if (ctx.qrPage === 2) {
    const panel = certificateQrPanel(ctx);
    if (rows.length > 0) y -= GAP;
    if (y - qrPanelHeight(panel) < BOTTOM) [page, y] = startPage();
    drawQrPanel(page, y, panel);
    y -= qrPanelHeight(panel);
  }
  assertAboveMargin(y, 'back page');
}
