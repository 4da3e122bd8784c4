// The QR code on the page: an 8-bit DeviceGray image XObject with one pixel per module
// (4-module quiet zone included) and /Interpolate false, so viewers and rasterisers scale it
// with hard module edges. Drawn in a bordered panel with the reading note on its left.

import { deflateSync } from 'node:zlib';
import {
  concatTransformationMatrix,
  drawObject,
  grayscale,
  type PDFDocument,
  type PDFFont,
  type PDFPage,
  popGraphicsState,
  pushGraphicsState,
} from 'pdf-lib';
import { qrGreyModules, qrMatrix } from '../qr/qr-image';
import { QR_NOTE } from './labels';
import { CONTENT_WIDTH, MARGIN, type RenderContext } from './page';
import { wrapText } from './text-wrap';
import type { QrImage } from './types';

const MM = 72 / 25.4;
/**
 * Module pitch aimed for on paper; the image is clamped to 30–60 mm. 60, not 55: the largest
 * code a credential can need (version 40, 185 modules with the quiet zone) then keeps modules of
 * 0.32 mm, above the 0.3 mm the verifier's print check asks for (print-quality.ts).
 */
const MODULE_MM = 0.45;
const MIN_SIDE = 30 * MM;
const MAX_SIDE = 60 * MM;
const PAD = 10;
const NOTE_SIZE = 10.5;

export function embedQrImage(doc: PDFDocument, url: string): QrImage {
  const { side: modules, pixels } = qrGreyModules(qrMatrix(url, 'M'), 4);
  // node:zlib rather than pdf-lib's flateStream (pako): same format, several times faster.
  const stream = doc.context.stream(deflateSync(pixels), {
    Filter: 'FlateDecode',
    Type: 'XObject',
    Subtype: 'Image',
    Width: modules,
    Height: modules,
    ColorSpace: 'DeviceGray',
    BitsPerComponent: 8,
    Interpolate: false,
  });
  const side = Math.min(MAX_SIDE, Math.max(MIN_SIDE, modules * MODULE_MM * MM));
  return { ref: doc.context.register(stream), modules, side };
}

/** Draws the image with its lower-left corner at (x, y); 90 turns it a quarter counter-clockwise. */
export function drawQrImage(page: PDFPage, qr: QrImage, x: number, y: number, rotation: 0 | 90): void {
  const name = page.node.newXObject('QR', qr.ref);
  const s = qr.side;
  const matrix: [number, number, number, number, number, number] =
    rotation === 90 ? [0, s, -s, 0, x + s, y] : [s, 0, 0, s, x, y];
  page.pushOperators(
    pushGraphicsState(),
    concatTransformationMatrix(...matrix),
    drawObject(name),
    popGraphicsState(),
  );
}

export interface QrPanel {
  x: number;
  width: number;
  qr: QrImage;
  font: PDFFont;
  notes: string[];
  rotation: 0 | 90;
}

export const qrPanelHeight = (panel: QrPanel) => panel.qr.side + 2 * PAD;

/** The certificate's QR panel across the content width, with the reading notes (front or back page). */
export const certificateQrPanel = (ctx: RenderContext): QrPanel => ({
  x: MARGIN,
  width: CONTENT_WIDTH,
  qr: ctx.qr,
  font: ctx.regular,
  notes: QR_NOTE,
  rotation: ctx.qrRotation,
});

/** The panel with its top edge at `top`: notes on the left, the QR flush right. */
export function drawQrPanel(page: PDFPage, top: number, panel: QrPanel): void {
  const height = qrPanelHeight(panel);
  page.drawRectangle({
    x: panel.x,
    y: top - height,
    width: panel.width,
    height,
    borderColor: grayscale(0.35),
    borderWidth: 0.6,
  });
  drawQrImage(
    page,
    panel.qr,
    panel.x + panel.width - PAD - panel.qr.side,
    top - PAD - panel.qr.side,
    panel.rotation,
  );
  const noteWidth = panel.width - 3 * PAD - panel.qr.side;
  const lines = panel.notes.flatMap((n) =>
    wrapText(n, noteWidth, (s) => panel.font.widthOfTextAtSize(s, NOTE_SIZE)),
  );
  const lineGap = NOTE_SIZE * 1.6;
  // Vertically centred beside the code.
  let y = top - height / 2 + ((lines.length - 1) * lineGap) / 2 - NOTE_SIZE * 0.35;
  for (const line of lines) {
    page.drawText(line, { x: panel.x + PAD, y, size: NOTE_SIZE, font: panel.font, color: grayscale(0.15) });
    y -= lineGap;
  }
}
