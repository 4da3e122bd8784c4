// Deblurring a code's region (reading/qr/deblur.ts): the FFT it rests on (reading/qr/fft.ts)
// against a direct DFT and its own inverse, and Wiener deconvolution with a Gaussian making an
// out-of-focus code (a synthetic page blurred by half a module) readable again for zxing-wasm.
import { beforeAll, describe, expect, it } from 'vitest';
import { readBarcodes } from 'zxing-wasm/reader';
import { decodeQrFromPixels } from '../../../reading/node/qr-node';
import { MAX_DEBLUR_SIDE, spectrumOf, wienerGaussian } from '../../../reading/qr/deblur';
import { fft, fft2d } from '../../../reading/qr/fft';
import { findQrCodes } from '../../../reading/qr/strategies';
import { zxingReader } from '../../../reading/qr/zxing-read';
import { Page } from './draw-qr';

beforeAll(async () => {
  await decodeQrFromPixels({ data: new Uint8ClampedArray(4), width: 1, height: 1 }, 1); // loads the wasm
});

describe('fft', () => {
  it('equals a direct DFT, and its inverse gives the input back', () => {
    const n = 16;
    const input = Array.from({ length: n }, (_, i) => Math.sin(i * 1.3) * 10 + (i % 3));
    const re = Float64Array.from(input);
    const im = new Float64Array(n);
    fft(re, im);
    for (let k = 0; k < n; k++) {
      let sr = 0;
      let si = 0;
      for (let t = 0; t < n; t++) {
        sr += (input[t] as number) * Math.cos((-2 * Math.PI * k * t) / n);
        si += (input[t] as number) * Math.sin((-2 * Math.PI * k * t) / n);
      }
      expect(re[k]).toBeCloseTo(sr, 8);
      expect(im[k]).toBeCloseTo(si, 8);
    }
    fft(re, im, true);
    input.forEach((v, i) => {
      expect(re[i]).toBeCloseTo(v, 9);
    });
  });

  it('2-D: a single bright pixel has a flat spectrum of its value', () => {
    const n = 8;
    const re = new Float64Array(n * n);
    const im = new Float64Array(n * n);
    re[0] = 5;
    fft2d(re, im, n);
    expect([...re].every((v) => Math.abs(v - 5) < 1e-9)).toBe(true);
    expect([...im].every((v) => Math.abs(v) < 1e-9)).toBe(true);
  });
});

describe('wienerGaussian', () => {
  const text = `https://example.jp/deblur?x=${'A'.repeat(20)}`;
  /** A version-3 code at 6 px per module, blurred by a Gaussian of σ = 3.5 px (≈ 0.6 module). */
  const blurredCode = () => {
    const page = new Page(256, 256);
    page.place(text, 128, 128, 6, 0, 'L');
    page.blur(3.5);
    return page.pixels();
  };
  const read = async (p: { data: Uint8ClampedArray; width: number; height: number }) =>
    (await readBarcodes(p as ImageData, { formats: ['QRCode'], tryHarder: true, textMode: 'Plain' }))
      .filter((r) => r.isValid)
      .map((r) => r.text);

  it('makes a code blurred past reading readable again (σ ≈ 0.45 module)', async () => {
    const blurred = blurredCode();
    expect(await read(blurred)).toEqual([]);
    const sharp = wienerGaussian(spectrumOf(blurred), 0.45 * 6, 0.015);
    expect([sharp.width, sharp.height]).toEqual([256, 256]);
    expect(await read(sharp)).toEqual([text]);
  });

  it("keeps a flat region flat (no ringing from the region's borders)", () => {
    const flat = new Page(100, 60, '#b4b4b4').pixels();
    const out = wienerGaussian(spectrumOf(flat), 3, 0.015);
    expect(out.data.every((v, i) => (i % 4 === 3 ? v === 255 : Math.abs(v - 180) <= 1))).toBe(true);
  });

  it('refuses regions larger than it deconvolves', () => {
    const big = {
      data: new Uint8ClampedArray(4 * (MAX_DEBLUR_SIDE + 1)),
      width: MAX_DEBLUR_SIDE + 1,
      height: 1,
    };
    expect(() => spectrumOf(big)).toThrow(RangeError);
  });

  it('is what reads the blurred code in the chain (a region of interest zxing located)', async () => {
    const hits = await findQrCodes(blurredCode(), { budgetMs: 3000, read: zxingReader(readBarcodes) });
    expect(hits.map((h) => [h.text, h.strategy])).toEqual([[text, 'lead-deblur']]);
  });
});
