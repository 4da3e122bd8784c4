// Images in a PDF are enlarged so that a code drawn 1 pixel per module can be read, but never
// without bound: a 1 KB PDF holding a 21 × 20,000 image was enlarged to 609 × 580,000 pixels
// (1.4 GB) before any limit applied (found in review).
import { describe, expect, it } from 'vitest';
import { enlarge } from '../../../reading/pdf/pdf-pages';

const image = (width: number, height: number) => ({
  data: new Uint8ClampedArray(width * height * 4).fill(255),
  width,
  height,
});

describe('enlarge', () => {
  it('scales a small code up to the wanted side, module edges kept (an integer factor)', () => {
    const out = enlarge(image(25, 25), 600);
    expect(out.width).toBe(600);
    expect(out.height).toBe(600);
  });

  it('never past 4 megapixels, whatever the shape', () => {
    const out = enlarge(image(21, 20_000), 600);
    expect(out.width * out.height).toBeLessThanOrEqual(4_000_000);
    expect(out.width % 21).toBe(0);
    const huge = image(3000, 3000);
    expect(enlarge(huge, 600)).toBe(huge);
  });
});

describe('enlarge, pixel by pixel', () => {
  it('repeats each source pixel as a k × k block', () => {
    // 2 × 2: red, green / blue, white → 3 × 3 blocks each.
    const src = {
      data: Uint8ClampedArray.from([255, 0, 0, 255, 0, 255, 0, 255, 0, 0, 255, 255, 255, 255, 255, 255]),
      width: 2,
      height: 2,
    };
    const out = enlarge(src, 6);
    expect([out.width, out.height]).toEqual([6, 6]);
    const at = (x: number, y: number) => [...out.data.subarray((y * 6 + x) * 4, (y * 6 + x) * 4 + 4)];
    expect(at(0, 0)).toEqual([255, 0, 0, 255]);
    expect(at(2, 2)).toEqual([255, 0, 0, 255]);
    expect(at(3, 0)).toEqual([0, 255, 0, 255]);
    expect(at(5, 2)).toEqual([0, 255, 0, 255]);
    expect(at(0, 3)).toEqual([0, 0, 255, 255]);
    expect(at(5, 5)).toEqual([255, 255, 255, 255]);
  });
});
