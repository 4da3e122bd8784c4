// Grey-level enhancements (reading/qr/enhance.ts), on small synthetic images: the box mean
// against a brute-force one, local normalisation evening out a glare/shadow ramp so that one
// threshold separates dark modules from light ones again, and unsharp masking steepening an edge.
import { describe, expect, it } from 'vitest';
import { boxMean, fromGrey, localNormalize, toGrey, unsharp } from '../../../reading/qr/enhance';

describe('boxMean', () => {
  it('equals the brute-force mean over the clipped (2r+1)² box', () => {
    const w = 13;
    const h = 9;
    const grey = Uint8Array.from({ length: w * h }, (_, i) => (i * 97 + 13) % 256);
    for (const r of [0, 1, 3, 20]) {
      const fast = boxMean(Float32Array.from(grey), w, h, r);
      for (let y = 0; y < h; y++) {
        for (let x = 0; x < w; x++) {
          let sum = 0;
          let n = 0;
          for (let yy = Math.max(0, y - r); yy <= Math.min(h - 1, y + r); yy++)
            for (let xx = Math.max(0, x - r); xx <= Math.min(w - 1, x + r); xx++) {
              sum += grey[yy * w + xx] as number;
              n++;
            }
          expect(fast[y * w + x]).toBeCloseTo(sum / n, 3);
        }
      }
    }
  });
});

describe('localNormalize', () => {
  it('makes a checkerboard under a strong light ramp separable by one threshold', () => {
    // 4-pixel "modules": dark ones 40 % of the local light level, under light going from 30 to 255.
    const w = 160;
    const h = 40;
    const grey = new Uint8Array(w * h);
    const dark = (x: number, y: number) => (Math.floor(x / 4) + Math.floor(y / 4)) % 2 === 0;
    for (let y = 0; y < h; y++)
      for (let x = 0; x < w; x++) {
        const light = 30 + (225 * x) / (w - 1);
        grey[y * w + x] = dark(x, y) ? light * 0.4 : light;
      }
    const before = toGrey(fromGrey(grey, w, h));
    const maxDark = (g: Uint8Array | Uint8ClampedArray) => {
      let m = 0;
      for (let i = 0; i < g.length; i++) if (dark(i % w, Math.floor(i / w))) m = Math.max(m, g[i] as number);
      return m;
    };
    const minLight = (g: Uint8Array | Uint8ClampedArray) => {
      let m = 255;
      for (let i = 0; i < g.length; i++) if (!dark(i % w, Math.floor(i / w))) m = Math.min(m, g[i] as number);
      return m;
    };
    // Before: the dark modules on the bright side are lighter than the light ones on the dark side.
    expect(maxDark(before)).toBeGreaterThan(minLight(before));
    const after = toGrey(localNormalize(fromGrey(grey, w, h), 6));
    expect(maxDark(after)).toBeLessThan(minLight(after));
  });

  it('keeps a flat region flat (no noise blown up)', () => {
    const grey = new Uint8Array(30 * 30).fill(200);
    grey[450] = 203;
    const out = toGrey(localNormalize(fromGrey(grey, 30, 30), 4));
    expect(Math.max(...out) - Math.min(...out)).toBeLessThan(40);
  });
});

describe('unsharp', () => {
  it('steepens a soft edge and leaves flat areas as they were', () => {
    const w = 40;
    const grey = new Uint8Array(w * 4);
    for (let y = 0; y < 4; y++)
      for (let x = 0; x < w; x++) grey[y * w + x] = Math.min(200, Math.max(50, 50 + (x - 16) * 18.75));
    const out = toGrey(unsharp(fromGrey(grey, w, 4), 2, 1.5));
    const step = (g: Uint8Array, x: number) => (g[w + x + 1] as number) - (g[w + x] as number);
    expect(step(out, 15)).toBeLessThanOrEqual(step(grey, 15)); // overshoot below the edge
    expect(Math.max(...out)).toBeGreaterThan(200);
    expect(Math.min(...out)).toBeLessThan(50);
    expect(out[w + 2]).toBe(50);
    expect(out[w + 37]).toBe(200);
  });
});
