// The decoding chain (reading/qr/strategies.ts): every code of an image is read, each at its
// place (real zxing-wasm on synthetic pages), and the rules around a hit, checked with a scripted
// reader: what was read is masked before the next attempt, the search goes on while symbols
// remain located but unread, a spurious symbol inside a read one is dropped, and positions found
// in a shrunk working copy map back onto the photo.

import { beforeAll, describe, expect, it, vi } from 'vitest';
import { readBarcodes } from 'zxing-wasm/reader';
import { decodeQrFromPixels } from '../../../reading/node/qr-node';
import { ATTEMPTS, WORK_PIXELS } from '../../../reading/qr/attempts';
import type { Pixels } from '../../../reading/qr/image-ops';
import { quadIoU } from '../../../reading/qr/quad';
import {
  decodePureQr,
  decodeQrImage,
  findQrCodes,
  type ReadFn,
  type ReadOutcome,
} from '../../../reading/qr/strategies';
import { zxingReader } from '../../../reading/qr/zxing-read';
import { Page, qrCanvas } from './draw-qr';
import { square, white } from './shapes';

const greyAt = (p: Pixels, x: number, y: number) =>
  p.data[(Math.round(y) * p.width + Math.round(x)) * 4] as number;
const nothing: ReadOutcome = { symbols: [], located: [] };

beforeAll(async () => {
  await decodeQrFromPixels(white(1, 1), 1); // loads the wasm
});

describe('findQrCodes with zxing-wasm', () => {
  it('reads every code on a page, each where it was drawn', async () => {
    const page = new Page(1400, 1000);
    const placed = [
      page.place('https://example.jp/a', 250, 250, 6),
      page.place('https://example.jp/b?second', 900, 260, 5, 30),
      page.place('third certificate', 300, 750, 7, -12),
      page.place('x'.repeat(300), 1050, 720, 4),
    ];
    const hits = await findQrCodes(page.pixels(), { budgetMs: 3000, read: zxingReader(readBarcodes) });
    expect(hits.map((h) => h.text).sort()).toEqual(placed.map((p) => p.text).sort());
    for (const p of placed) {
      const hit = hits.find((h) => h.text === p.text);
      expect(quadIoU(hit?.quad ?? square(0, 0, 0), p.quad)).toBeGreaterThan(0.7);
    }
  });

  it('keeps decodeQrImage to distinct texts (the same code twice gives one text)', async () => {
    const page = new Page(900, 450);
    page.place('same', 220, 225, 6);
    page.place('same', 680, 225, 6);
    const read = zxingReader(readBarcodes);
    expect((await findQrCodes(page.pixels(), { budgetMs: 3000, read })).length).toBe(2);
    expect(await decodeQrImage(page.pixels(), { budgetMs: 3000, read })).toEqual(['same']);
  });
});

describe('findQrCodes rules (scripted reader)', () => {
  const A = square(100, 100, 200);
  const B = square(600, 300, 200);

  it('masks what it read and keeps going while a located symbol is still unread', async () => {
    const seen: Pixels[] = [];
    const read: ReadFn = async (image) => {
      // Straightening B (a blank region here) renders a small square image: nothing in it.
      if (image.width !== 1000 || image.height !== 700) return nothing;
      seen.push(image);
      if (seen.length === 1) return { symbols: [{ text: 'A', quad: A }], located: [{ quad: B, size: 25 }] };
      // A real reader would find A again were it not masked: report it whenever it is visible.
      const symbols = greyAt(image, 200, 200) < 128 ? [{ text: 'A', quad: A }] : [];
      if (seen.length === 3) symbols.push({ text: 'B', quad: B });
      return { symbols, located: [] };
    };
    const img = white(1000, 700);
    for (let y = 100; y < 300; y++) img.data.fill(0, (y * 1000 + 100) * 4, (y * 1000 + 300) * 4);
    const hits = await findQrCodes(img, { budgetMs: 3000, read });
    expect(hits.map((h) => [h.text, h.strategy])).toEqual([
      ['A', 'plain'],
      ['B', ATTEMPTS[2]?.name],
    ]);
    // From the second attempt on, A's square was masked: flat (white, or mid-grey once normalised).
    for (const image of seen.slice(1)) {
      const levels = [150, 200, 250].map((v) => greyAt(image, v, v));
      expect(new Set(levels).size).toBe(1);
      expect(levels[0]).toBeGreaterThanOrEqual(120);
    }
    expect(greyAt(img, 200, 200)).toBe(0); // the caller's pixels untouched
  });

  it('after a hit with nothing else located, runs only the attempts worth running after a hit', async () => {
    let calls = 0;
    const read: ReadFn = async () =>
      ++calls === 1 ? { symbols: [{ text: 'A', quad: A }], located: [] } : nothing;
    const hits = await findQrCodes(white(1000, 700), { budgetMs: 3000, read });
    expect(hits.map((h) => h.text)).toEqual(['A']);
    expect(calls).toBe(1 + ATTEMPTS.slice(1).filter((a) => a.afterHit).length);
  });

  it('drops a spurious small symbol inside a real one, whichever comes first', async () => {
    const inner = square(180, 180, 40);
    const read: ReadFn = async () => ({
      symbols: [
        { text: '53208', quad: inner },
        { text: 'real', quad: A },
      ],
      located: [],
    });
    const hits = await findQrCodes(white(1000, 700), { budgetMs: 3000, read });
    expect(hits.map((h) => h.text)).toEqual(['real']);
  });

  it('maps a symbol found in the working copy of a large photo back onto the photo', async () => {
    const width = 4000;
    const height = 3000;
    const read: ReadFn = async (image) => {
      // Only the working copy (4000 × 3000 halved) shows the symbol, at its shrunk place.
      if (image.width !== width / 2 || image.height !== height / 2) return nothing;
      const f = 0.5;
      return { symbols: [{ text: 'W', quad: square(1000 * f, 1200 * f, 400 * f) }], located: [] };
    };
    const hits = await findQrCodes(white(width, height), { budgetMs: 3000, read });
    expect(Math.sqrt(WORK_PIXELS / (width * height))).toBeLessThan(0.9);
    expect(hits).toHaveLength(1);
    expect(quadIoU(hits[0]?.quad ?? A, square(1000, 1200, 400))).toBeGreaterThan(0.98);
  });

  it('stops starting attempts once the budget is spent (a scripted clock: 30 ms per read)', async () => {
    let now = 1000;
    const clock = vi.spyOn(performance, 'now').mockImplementation(() => now);
    try {
      let calls = 0;
      const read: ReadFn = async () => {
        calls++;
        now += 30;
        return nothing;
      };
      await findQrCodes(white(200, 200), { budgetMs: 50, read });
      expect(calls).toBe(2); // started at 0 and 30 ms; at 60 ms the budget of 50 is spent
    } finally {
      clock.mockRestore();
    }
  });
});

describe('decodePureQr (a PDF image object as the issuer draws it)', () => {
  const pixelsOf = (canvas: ReturnType<typeof qrCanvas>['canvas']): Pixels => {
    const data = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height);
    return { data: data.data, width: canvas.width, height: canvas.height };
  };
  const read = zxingReader(readBarcodes);

  it('reads a lone upright symbol at one pixel per module', async () => {
    const { canvas } = qrCanvas('https://dqcv.nqs.go.jp/w/?c=pure', 1);
    expect(await decodePureQr(pixelsOf(canvas), read)).toEqual(['https://dqcv.nqs.go.jp/w/?c=pure']);
  });

  it('gives nothing for a code that is not upright on the pixel grid (the search reads it instead)', async () => {
    const page = new Page(400, 300);
    page.place('https://example.jp/placed', 200, 150, 3, 30);
    expect(await decodePureQr(page.pixels(), read)).toEqual([]);
    expect(await decodeQrImage(page.pixels(), { budgetMs: 0, read })).toEqual(['https://example.jp/placed']);
  });
});
