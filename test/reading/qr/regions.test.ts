// Regions of interest in the chain (reading/qr/regions.ts through findQrCodes), with a scripted
// reader: a finder pattern zxing could not assemble (a "hint") gets a closer look on a crop of
// the photo, and what is read there lands at its place in the photo; a located symbol that a
// later attempt reads is not looked at again; zxing's failed Micro QR / rMQR candidates become
// hints with their module counts (reading/qr/zxing-read.ts).
import { describe, expect, it } from 'vitest';
import type { readBarcodes } from 'zxing-wasm/reader';
import type { Pixels } from '../../../reading/qr/image-ops';
import { quadIoU } from '../../../reading/qr/quad';
import { leadView } from '../../../reading/qr/roi';
import { HINT_ATTEMPTS, LEAD_ATTEMPTS, LEAD_MARGIN } from '../../../reading/qr/roi-attempts';
import { findQrCodes, type ReadFn, type ReadOutcome } from '../../../reading/qr/strategies';
import { zxingReader } from '../../../reading/qr/zxing-read';
import { square, white } from './shapes';

const nothing: ReadOutcome = { symbols: [], located: [] };
const PHOTO = { width: 1200, height: 900 };
const isPhoto = (image: Pixels) => image.width === PHOTO.width && image.height === PHOTO.height;

describe('regions of interest', () => {
  it('reads a code around a hint on a crop, and maps it back into the photo', async () => {
    // A Micro QR candidate (15 modules, 4 px each) at (500, 400): the corner of a real code.
    const hint = square(500, 400, 60);
    const crops: Pixels[] = [];
    const read: ReadFn = async (image) => {
      if (isPhoto(image)) return { ...nothing, hints: [{ quad: hint, size: 15 }] };
      if (image.width !== image.height || image.width > 400) return nothing; // not a crop around the hint
      crops.push(image);
      // In the crop, the code lies at its centre, a quarter of the crop wide.
      const side = image.width / 4;
      return { symbols: [{ text: 'H', quad: square(1.5 * side, 1.5 * side, side) }], located: [] };
    };
    const hits = await findQrCodes(white(PHOTO.width, PHOTO.height), { budgetMs: 3000, read });
    expect(hits.map((h) => [h.text, h.strategy])).toEqual([['H', HINT_ATTEMPTS[0]?.name]]);
    // The crop: the hint's box grown 4.5× (270 px) at 4 px per module (1 px here): 270 px.
    expect(crops[0]?.width).toBe(270);
    const expected = square(530 - 270 / 8, 430 - 270 / 8, 270 / 4);
    expect(quadIoU(hits[0]?.quad ?? hint, expected)).toBeGreaterThan(0.95);
  });

  it('tries every closer look on a located symbol that stays unread, once', async () => {
    const located = square(300, 300, 250);
    const photo = white(PHOTO.width, PHOTO.height);
    // The crops' sides, one per pixels-per-module asked (straightening renders other sizes).
    const sides = LEAD_ATTEMPTS.map(
      (a) =>
        leadView(photo, { quad: located, size: 25 }, { pxPerModule: a.pxPerModule, margin: LEAD_MARGIN })
          ?.pixels.width,
    );
    let crops = 0;
    const read: ReadFn = async (image) => {
      if (isPhoto(image)) return { symbols: [], located: [{ quad: located, size: 25 }] };
      if (sides.includes(image.width)) crops++;
      return nothing;
    };
    await findQrCodes(photo, { budgetMs: 3000, read });
    expect(crops).toBe(LEAD_ATTEMPTS.length);
  });

  it('gives no closer look to a located symbol once it is read', async () => {
    const code = square(300, 300, 250);
    let crops = 0;
    const read: ReadFn = async (image) => {
      if (!isPhoto(image)) {
        crops++;
        return nothing;
      }
      return { symbols: [{ text: 'A', quad: code }], located: [{ quad: code, size: 25 }] };
    };
    const hits = await findQrCodes(white(PHOTO.width, PHOTO.height), { budgetMs: 3000, read });
    expect(hits.map((h) => h.text)).toEqual(['A']);
    expect(crops).toBe(0);
  });
});

describe('zxingReader', () => {
  it('passes failed Micro QR and rMQR candidates on as hints, failed QR codes as located', async () => {
    const position = square(10, 10, 30);
    const result = (format: string, version: string, isValid = false) => ({
      format,
      version,
      isValid,
      text: isValid ? 'ok' : '',
      position,
    });
    const fake = (async () => [
      result('QRCode', '4', true),
      result('QRCode', '7'),
      result('MicroQRCode', 'M3'),
      result('RMQRCode', 'R15x59'),
      result('MicroQRCode', 'M9'),
    ]) as unknown as typeof readBarcodes;
    const outcome = await zxingReader(fake)(white(50, 50), {});
    expect(outcome.symbols.map((s) => s.text)).toEqual(['ok']);
    expect(outcome.located.map((l) => l.size)).toEqual([45]);
    expect(outcome.hints?.map((h) => h.size)).toEqual([15, 15]);
  });
});
