// Small shapes the QR tests share: an axis-aligned square quadrilateral and a white image.
import type { Pixels } from '../../../reading/qr/image-ops';
import type { Quad } from '../../../reading/qr/qr-grid';
import { quadOf } from '../../../reading/qr/quad';

/** The square with its top-left corner at (x, y), corners clockwise from there. */
export const square = (x: number, y: number, side: number): Quad =>
  quadOf([
    { x, y },
    { x: x + side, y },
    { x: x + side, y: y + side },
    { x, y: y + side },
  ]);

/** A white RGBA image. */
export const white = (w: number, h: number): Pixels => ({
  data: new Uint8ClampedArray(w * h * 4).fill(255),
  width: w,
  height: h,
});
