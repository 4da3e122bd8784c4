// Regions of interest (reading/qr/roi.ts): the box around a quad, a crop resampled (averaged when
// shrinking, bilinear when enlarging) whose points map back onto the photo, and a located
// symbol's surroundings resampled to a given number of pixels per module.
import { describe, expect, it } from 'vitest';
import type { Pixels } from '../../../reading/qr/image-ops';
import { boxAround, cropResized, leadView } from '../../../reading/qr/roi';
import { square } from './shapes';

/** Grey level = x (0–255) in every row: a horizontal ramp. */
function ramp(w: number, h: number): Pixels {
  const data = new Uint8ClampedArray(w * h * 4);
  for (let y = 0; y < h; y++) for (let x = 0; x < w; x++) data.set([x, x, x, 255], (y * w + x) * 4);
  return { data, width: w, height: h };
}
const grey = (p: Pixels, x: number, y: number) => p.data[(y * p.width + x) * 4] as number;

describe('boxAround', () => {
  it('grows the quad about its centre and clips it to the image', () => {
    expect(boxAround(square(100, 100, 100), 1.5, 1000, 1000)).toEqual({
      x: 75,
      y: 75,
      width: 150,
      height: 150,
    });
    expect(boxAround(square(0, 0, 100), 1.5, 1000, 1000)).toEqual({ x: 0, y: 0, width: 125, height: 125 });
    expect(boxAround(square(10, 10, 2), 1, 1000, 1000)).toBeNull(); // too small to read anything in
  });
});

describe('cropResized', () => {
  it('averages when shrinking, and maps points back by offset and scale', () => {
    const view = cropResized(ramp(256, 10), { x: 100, y: 2, width: 100, height: 8 }, 25, 2);
    expect([view.pixels.width, view.pixels.height]).toEqual([25, 2]);
    // Output pixel 0 covers source columns 100–103: their mean, 101.5.
    expect(Math.abs(grey(view.pixels, 0, 0) - 101.5)).toBeLessThanOrEqual(1);
    expect(view.toSource({ x: 12.5, y: 1 })).toEqual({ x: 150, y: 6 });
  });

  it('interpolates when enlarging', () => {
    const view = cropResized(ramp(50, 4), { x: 10, y: 0, width: 10, height: 4 }, 40, 16);
    // Output x = 20 is source x = 10 + (20.5 / 4 − 0.5) = 14.625.
    expect(Math.abs(grey(view.pixels, 20, 8) - 14.625)).toBeLessThanOrEqual(1);
    expect(view.pixels.data[3]).toBe(255);
  });
});

describe('leadView', () => {
  it('resamples a located symbol to the asked pixels per module, its margin included', () => {
    // A version-2 symbol (25 modules) 250 px a side: 10 px per module.
    const view = leadView(ramp(1000, 1000), { quad: square(300, 300, 250), size: 25 }, { pxPerModule: 4 });
    expect(view).not.toBeNull();
    if (!view) return;
    expect(view.moduleSize).toBeCloseTo(4, 1);
    expect(view.pixels.width).toBe(150); // 375 px of photo (1.5 × 250) at 0.4
    const corner = view.toSource({ x: 0, y: 0 });
    expect(corner.x).toBeCloseTo(237, 0);
  });

  it('stays within maxSide for a large, dense symbol', () => {
    const view = leadView(
      ramp(1000, 1000),
      { quad: square(100, 100, 700), size: 177 },
      { pxPerModule: 6, maxSide: 512 },
    );
    expect(Math.max(view?.pixels.width ?? 0, view?.pixels.height ?? 0)).toBeLessThanOrEqual(512);
  });
});
