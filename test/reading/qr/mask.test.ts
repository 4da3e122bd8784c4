// Masking symbols already read (reading/qr/mask.ts): their quads, grown a little, take the grey of
// their surroundings in a copy; nothing outside them changes and the input is left as it was.
import { describe, expect, it } from 'vitest';
import type { Pixels } from '../../../reading/qr/image-ops';
import { fillQuad, MASK_GROWTH, maskQuads, surroundingLevel } from '../../../reading/qr/mask';
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

/** A `w`×`h` image of grey `paper` with a black square (a "symbol") from `from` to `to`. */
function symbolOnPaper(w: number, h: number, paper: number, from: number, to: number): Pixels {
  const img = black(w, h);
  for (let y = 0; y < h; y++)
    for (let x = 0; x < w; x++) {
      const v = x >= from && x < to && y >= from && y < to ? 0 : paper;
      img.data.fill(v, (y * w + x) * 4, (y * w + x) * 4 + 3);
    }
  return img;
}
const square = (from: number, to: number) =>
  quadOf([
    { x: from, y: from },
    { x: to, y: from },
    { x: to, y: to },
    { x: from, y: to },
  ]);

describe('surroundingLevel', () => {
  it('is the grey just around the quad, whatever is inside it', () => {
    const img = symbolOnPaper(100, 100, 90, 40, 60);
    expect(surroundingLevel(img, square(35, 65))).toBe(90);
    expect(surroundingLevel(img, square(45, 55))).toBe(0); // an outline inside the black square
  });

  it('is white when the outline lies outside the image', () => {
    expect(surroundingLevel(black(10, 10), square(-50, 60))).toBe(255);
  });
});

describe('maskQuads', () => {
  it('masks a grown copy with the surroundings grey and leaves the input untouched', () => {
    const paper = 70; // a dim photo: a white patch here would move a global threshold
    const img = symbolOnPaper(100, 100, paper, 40, 60);
    const before = new Uint8ClampedArray(img.data);
    const out = maskQuads(img, [square(40, 60)]);
    expect(img.data).toEqual(before);
    const margin = Math.floor(10 * (MASK_GROWTH - 1)) - 1;
    expect(at(out, 40 - margin, 50)).toBe(paper); // inside the grown margin
    expect(at(out, 50, 50)).toBe(paper); // the symbol is gone
    expect(at(out, 30, 50)).toBe(paper);
    expect(out.data[(50 * 100 + 50) * 4 + 3]).toBe(255);
  });

  it('masks with white around a symbol on white paper', () => {
    const out = maskQuads(symbolOnPaper(100, 100, 255, 40, 60), [square(40, 60)]);
    expect(at(out, 50, 50)).toBe(255);
  });
});
