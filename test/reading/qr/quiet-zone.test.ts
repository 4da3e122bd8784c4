// Restoring a quiet zone (reading/qr/quiet-zone.ts): box counts, erosion and dilation against
// their definitions on small masks, the module size told from an image's runs, and a code whose
// quiet zone a black bar took (as in BoofCV's "pathological" photos) made readable again.
import { beforeAll, describe, expect, it } from 'vitest';
import { readBarcodes } from 'zxing-wasm/reader';
import { decodeQrFromPixels } from '../../../reading/node/qr-node';
import type { Pixels } from '../../../reading/qr/image-ops';
import { boxCounts, commonRun, dilate, erode, restoreQuietZone } from '../../../reading/qr/quiet-zone';
import { Page } from './draw-qr';

beforeAll(async () => {
  await decodeQrFromPixels({ data: new Uint8ClampedArray(4), width: 1, height: 1 }, 1); // loads the wasm
});

describe('boxCounts', () => {
  it('counts the set cells of each clipped (2r+1)² box, as counting them one by one does', () => {
    let seed = 7;
    const random = () => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed / 2 ** 31;
    };
    for (const [w, h, r] of [
      [13, 9, 2],
      [6, 17, 4],
      [20, 20, 25],
      [1, 5, 1],
    ] as const) {
      const mask = Uint8Array.from({ length: w * h }, () => (random() < 0.4 ? 1 : 0));
      const counts = boxCounts(mask, w, h, r);
      for (let y = 0; y < h; y++)
        for (let x = 0; x < w; x++) {
          let n = 0;
          for (let yy = Math.max(0, y - r); yy <= Math.min(h - 1, y + r); yy++)
            for (let xx = Math.max(0, x - r); xx <= Math.min(w - 1, x + r); xx++)
              n += mask[yy * w + xx] as number;
          expect(counts[y * w + x]).toBe(n);
        }
    }
  });
});

describe('erode and dilate', () => {
  // A 9 × 7 mask with a 5 × 3 block of set cells at x 2–6, y 2–4.
  const w = 9;
  const h = 7;
  const block = Uint8Array.from({ length: w * h }, (_, i) => {
    const x = i % w;
    const y = Math.floor(i / w);
    return x >= 2 && x <= 6 && y >= 2 && y <= 4 ? 1 : 0;
  });
  const set = (m: Uint8Array) => [...m].flatMap((v, i) => (v ? [`${i % w},${Math.floor(i / w)}`] : []));

  it('erode(r = 1) keeps the cells whose whole 3 × 3 neighbourhood is set', () => {
    expect(set(erode(block, w, h, 1))).toEqual(['3,3', '4,3', '5,3']);
  });

  it('dilate(r = 1) adds every cell next to a set one', () => {
    expect(set(dilate(block, w, h, 1)).length).toBe(7 * 5);
  });

  it('counts outside the image as set when eroding (a dark area at the border stays solid)', () => {
    const full = new Uint8Array(w * h).fill(1);
    expect(set(erode(full, w, h, 2)).length).toBe(w * h);
  });
});

describe('commonRun', () => {
  it('finds the module size of a drawn code', () => {
    const page = new Page(300, 300);
    page.place('module size', 150, 150, 7);
    const { data, width, height } = page.pixels();
    const dark = Uint8Array.from({ length: width * height }, (_, p) =>
      (data[p * 4] as number) < 128 ? 1 : 0,
    );
    // Drawn at a fractional offset, so the anti-aliased edges make runs of 7 or 8 pixels.
    const run = commonRun(dark, width, height) ?? 0;
    expect(run).toBeGreaterThanOrEqual(7);
    expect(run).toBeLessThanOrEqual(8);
  });

  it('has no answer for a blank image', () => {
    expect(commonRun(new Uint8Array(100 * 100), 100, 100)).toBeNull();
  });
});

describe('restoreQuietZone', () => {
  const text = 'https://example.jp/quiet-zone';
  const read = async (p: Pixels) =>
    (await readBarcodes(p as ImageData, { formats: ['QRCode'], tryHarder: true, textMode: 'Plain' }))
      .filter((r) => r.isValid)
      .map((r) => r.text);

  it('reads a code again whose quiet zone a black bar took', async () => {
    const page = new Page(320, 320);
    const { quad } = page.place(text, 160, 160, 8, 0, 'M');
    // Black from the symbol's lower edge to the bottom of the image, touching its lower finder.
    page.ctx.fillStyle = '#000';
    page.ctx.fillRect(0, quad.bottomLeft.y, 320, 320 - quad.bottomLeft.y);
    const barred = page.pixels();
    expect(await read(barred)).toEqual([]);
    expect(await read(restoreQuietZone(barred))).toEqual([text]);
  });

  it('leaves a clean code readable and a blank image as it was', async () => {
    const page = new Page(320, 320);
    page.place(text, 160, 160, 8);
    expect(await read(restoreQuietZone(page.pixels()))).toEqual([text]);
    const blank = new Page(50, 50).pixels();
    expect(restoreQuietZone(blank).data).toEqual(blank.data);
  });
});
