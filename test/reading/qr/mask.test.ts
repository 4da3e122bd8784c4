// Masking symbols already read (reading/qr/mask.ts): their quads, grown a little, turn white in
// a copy; nothing outside them changes and the input is left as it was.
import { describe, expect, it } from 'vitest';
import type { Pixels } from '../../../reading/qr/image-ops';
import { fillQuad, MASK_GROWTH, maskQuads } from '../../../reading/qr/mask';
import { quadOf } from '../../../reading/qr/quad';

const black = (w: number, h: number): Pixels => {
  const data = new Uint8ClampedArray(w * h * 4);
  for (let i = 3; i < data.length; i += 4) data[i] = 255;
  return { data, width: w, height: h };
};
const at = (p: Pixels, x: number, y: number) => p.data[(y * p.width + x) * 4] as number;

describe('fillQuad', () => {
  it('paints the inside of an axis-aligned square white and nothing else', () => {
    const img = black(20, 20);
    fillQuad(
      img,
      quadOf([
        { x: 5, y: 5 },
        { x: 15, y: 5 },
        { x: 15, y: 15 },
        { x: 5, y: 15 },
      ]),
    );
    let white = 0;
    for (let y = 0; y < 20; y++) for (let x = 0; x < 20; x++) if (at(img, x, y) === 255) white++;
    expect(white).toBe(100);
    expect(at(img, 5, 5)).toBe(255);
    expect(at(img, 14, 14)).toBe(255);
    expect(at(img, 4, 10)).toBe(0);
    expect(at(img, 15, 10)).toBe(0);
  });

  it('paints a turned quad (a diamond) and clips what falls outside the image', () => {
    const img = black(20, 20);
    fillQuad(
      img,
      quadOf([
        { x: 10, y: -2 },
        { x: 22, y: 10 },
        { x: 10, y: 22 },
        { x: -2, y: 10 },
      ]),
    );
    expect(at(img, 10, 10)).toBe(255);
    expect(at(img, 0, 10)).toBe(255);
    expect(at(img, 0, 0)).toBe(0); // a corner of the image lies outside the diamond
    expect(at(img, 19, 19)).toBe(0);
  });
});

describe('maskQuads', () => {
  it('masks a grown copy and leaves the input untouched', () => {
    const img = black(100, 100);
    const out = maskQuads(img, [
      quadOf([
        { x: 40, y: 40 },
        { x: 60, y: 40 },
        { x: 60, y: 60 },
        { x: 40, y: 60 },
      ]),
    ]);
    expect(img.data.every((v, i) => v === (i % 4 === 3 ? 255 : 0))).toBe(true);
    const margin = Math.floor(10 * (MASK_GROWTH - 1)) - 1;
    expect(at(out, 40 - margin, 50)).toBe(255); // inside the grown margin
    expect(at(out, 30, 50)).toBe(0);
    expect(at(out, 50, 50)).toBe(255);
  });
});
