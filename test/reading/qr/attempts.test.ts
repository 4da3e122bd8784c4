// The chain's views (reading/qr/attempts.ts): a point found in a scaled, cropped or working copy
// maps back to the same place in the photo, so masks and positions line up.
import { describe, expect, it } from 'vitest';
import { cropped, scaled, stretched, WORK_PIXELS, workingCopy } from '../../../reading/qr/attempts';
import { shrinkGrey } from '../../../reading/qr/enhance';
import type { Pixels } from '../../../reading/qr/image-ops';

const blank = (w: number, h: number): Pixels => ({
  data: new Uint8ClampedArray(w * h * 4).fill(255),
  width: w,
  height: h,
});

describe('views', () => {
  it('scaled: a point maps back by the real size ratio', () => {
    const v = scaled(blank(101, 50), 0.5);
    expect(v.pixels.width).toBe(51);
    const p = v.toSource?.({ x: 51, y: 25 });
    expect(p?.x).toBeCloseTo(101, 6);
    expect(p?.y).toBeCloseTo(50, 6);
  });

  it('stretched: one axis doubled, a point maps back on that axis only', () => {
    const v = stretched(blank(100, 80), 2, 1);
    expect([v.pixels.width, v.pixels.height]).toEqual([200, 80]);
    expect(v.toSource?.({ x: 150, y: 40 })).toEqual({ x: 75, y: 40 });
  });

  it('cropped: a point maps back by the crop offset', () => {
    const v = cropped(blank(100, 80), 0.4, 0.25, 0.6, 0.75);
    expect(v.pixels.width).toBe(60);
    expect(v.pixels.height).toBe(60);
    expect(v.toSource?.({ x: 1, y: 2 })).toEqual({ x: 41, y: 22 });
  });

  it('workingCopy: small images as they are, large ones shrunk by an integer factor', () => {
    const small = blank(1000, 1000);
    expect(workingCopy(small).pixels).toBe(small);
    const large = workingCopy(blank(4032, 3024));
    expect(large.pixels.width).toBe(2016);
    expect(large.pixels.height * large.pixels.width).toBeLessThan(WORK_PIXELS);
    expect(large.toSource?.({ x: 2016, y: 1 })).toEqual({ x: 4032, y: 2 });
  });

  it('shrinkGrey averages each block into one grey pixel', () => {
    const p = blank(4, 2);
    p.data.fill(0, 0, 4 * 4); // the first row black: each 2×2 block half black
    const out = shrinkGrey(p, 2);
    expect([out.width, out.height]).toEqual([2, 1]);
    expect(out.data[0]).toBeGreaterThanOrEqual(126);
    expect(out.data[0]).toBeLessThanOrEqual(128);
    expect(out.data[3]).toBe(255);
  });
});
