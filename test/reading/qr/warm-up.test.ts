// The decoder worker's warm-up image (reading/qr/warm-up.ts): the code it draws is read by the
// same quick path a camera frame takes, to the text it was generated from, and is as dense as a
// certificate's (scripts/gen-warm-up-code.ts keeps the generated modules in step: --check).
import { describe, expect, it } from 'vitest';
import { readBarcodes } from 'zxing-wasm/reader';
import { decodeQrFromPixels } from '../../../reading/node/qr-node';
import { decodeQrImage } from '../../../reading/qr/strategies';
import { WARM_UP_CODE_TEXT, warmUpImage } from '../../../reading/qr/warm-up';
import { WARM_UP_CODE_SIZE } from '../../../reading/qr/warm-up-code';
import { zxingReader } from '../../../reading/qr/zxing-read';

describe('warmUpImage', () => {
  it('is a camera-sized opaque frame whose code the quick path reads', async () => {
    await decodeQrFromPixels(warmUpImage(), 1); // loads the wasm
    const image = warmUpImage();
    expect(image).toMatchObject({ width: 640, height: 480 });
    expect(image.data.filter((_, i) => i % 4 === 3).every((a) => a === 255)).toBe(true);
    const texts = await decodeQrImage(image, { budgetMs: 20, read: zxingReader(readBarcodes), quick: true });
    expect(texts).toEqual([WARM_UP_CODE_TEXT]);
  });

  it('holds a code as dense as a small certificate’s (version 15 or more: alignment patterns, version information)', () => {
    expect(new TextEncoder().encode(WARM_UP_CODE_TEXT).length).toBeGreaterThanOrEqual(500);
    expect(WARM_UP_CODE_SIZE).toBeGreaterThanOrEqual(17 + 4 * 15);
  });
});
