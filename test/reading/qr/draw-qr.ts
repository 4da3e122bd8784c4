// Test helper (not a test): synthetic photos of QR codes, made with the issuer's encoder and
// @napi-rs/canvas, so the decoding chain's tests need no image files: codes placed, turned and
// scaled on a page, then blurred, washed out by glare or darkened by a shadow.
import { type Canvas, createCanvas, type SKRSContext2D } from '@napi-rs/canvas';
import { encodeQr } from '../../../issuer/qr/qr-encode';
import type { EcLevel } from '../../../issuer/qr/qr-tables';
import type { Pixels } from '../../../reading/qr/image-ops';
import type { Point, Quad } from '../../../reading/qr/qr-grid';

/** The code (with a 4-module quiet zone) as a canvas, `px` pixels per module. */
export function qrCanvas(text: string, px: number, level: EcLevel = 'M'): { canvas: Canvas; size: number } {
  const qr = encodeQr(new TextEncoder().encode(text), level);
  const side = (qr.size + 8) * px;
  const canvas = createCanvas(side, side);
  const ctx = canvas.getContext('2d');
  ctx.fillStyle = '#fff';
  ctx.fillRect(0, 0, side, side);
  ctx.fillStyle = '#000';
  for (let r = 0; r < qr.size; r++)
    for (let c = 0; c < qr.size; c++)
      if (qr.modules[r * qr.size + c]) ctx.fillRect((c + 4) * px, (r + 4) * px, px, px);
  return { canvas, size: qr.size };
}

export interface Placed {
  text: string;
  /** Where the symbol's outer corners (not its quiet zone) landed on the page. */
  quad: Quad;
}

export class Page {
  readonly canvas: Canvas;
  readonly ctx: SKRSContext2D;
  constructor(
    readonly width: number,
    readonly height: number,
    background = '#fff',
  ) {
    this.canvas = createCanvas(width, height);
    this.ctx = this.canvas.getContext('2d');
    this.ctx.fillStyle = background;
    this.ctx.fillRect(0, 0, width, height);
  }

  /** Draws a code centred at (cx, cy), `px` pixels per module, turned by `degrees`. */
  place(text: string, cx: number, cy: number, px: number, degrees = 0, level: EcLevel = 'M'): Placed {
    const { canvas, size } = qrCanvas(text, px, level);
    const a = (degrees * Math.PI) / 180;
    this.ctx.save();
    this.ctx.translate(cx, cy);
    this.ctx.rotate(a);
    this.ctx.drawImage(canvas, -canvas.width / 2, -canvas.height / 2);
    this.ctx.restore();
    const h = (size * px) / 2;
    const at = (x: number, y: number): Point => ({
      x: cx + x * Math.cos(a) - y * Math.sin(a),
      y: cy + x * Math.sin(a) + y * Math.cos(a),
    });
    return {
      text,
      quad: { topLeft: at(-h, -h), topRight: at(h, -h), bottomRight: at(h, h), bottomLeft: at(-h, h) },
    };
  }

  /** A white radial glare: full white at its centre, fading out at `radius`. */
  glare(cx: number, cy: number, radius: number, strength = 1): void {
    const g = this.ctx.createRadialGradient(cx, cy, 0, cx, cy, radius);
    g.addColorStop(0, `rgba(255,255,255,${strength})`);
    g.addColorStop(0.5, `rgba(255,255,255,${strength * 0.8})`);
    g.addColorStop(1, 'rgba(255,255,255,0)');
    this.ctx.fillStyle = g;
    this.ctx.fillRect(0, 0, this.width, this.height);
  }

  /** A shadow darkening the left part of the page (a linear ramp of black over the code). */
  shadow(fromX: number, toX: number, darkness: number): void {
    const g = this.ctx.createLinearGradient(fromX, 0, toX, 0);
    g.addColorStop(0, `rgba(0,0,0,${darkness})`);
    g.addColorStop(1, 'rgba(0,0,0,0)');
    this.ctx.fillStyle = g;
    this.ctx.fillRect(0, 0, this.width, this.height);
  }

  /** Gaussian blur of the whole page. */
  blur(radius: number): void {
    const copy = createCanvas(this.width, this.height);
    copy.getContext('2d').drawImage(this.canvas, 0, 0);
    this.ctx.filter = `blur(${radius}px)`;
    this.ctx.drawImage(copy, 0, 0);
    this.ctx.filter = 'none';
  }

  pixels(): Pixels {
    const d = this.ctx.getImageData(0, 0, this.width, this.height);
    return { data: d.data, width: d.width, height: d.height };
  }
}
