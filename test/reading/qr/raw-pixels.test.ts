// Raw pixel buffers as RGBA (reading/qr/raw-pixels.ts rawImageToRgba), the one conversion the
// CLI's and the app's PDF readers and the camera's frames share: grey, RGB and RGBA pixel for pixel.
import { describe, expect, it } from 'vitest';
import { rawImageToRgba } from '../../../reading/qr/raw-pixels';

describe('rawImageToRgba', () => {
  it('spreads grey over R, G and B, opaque', () => {
    const p = rawImageToRgba(new Uint8Array([0, 128, 255, 7]), 2, 2);
    expect([...(p?.data ?? [])]).toEqual([
      0, 0, 0, 255, 128, 128, 128, 255, 255, 255, 255, 255, 7, 7, 7, 255,
    ]);
  });

  it('keeps RGB in order and adds opaque alpha', () => {
    const p = rawImageToRgba(new Uint8ClampedArray([1, 2, 3, 250, 251, 252]), 2, 1);
    expect([...(p?.data ?? [])]).toEqual([1, 2, 3, 255, 250, 251, 252, 255]);
    expect(p).toMatchObject({ width: 2, height: 1 });
  });

  it('copies RGBA as it is (a copy, not the same buffer)', () => {
    const data = new Uint8Array([9, 8, 7, 6]);
    const p = rawImageToRgba(data, 1, 1);
    expect([...(p?.data ?? [])]).toEqual([9, 8, 7, 6]);
    expect(p?.data.buffer).not.toBe(data.buffer);
  });

  it('gives null for any other layout (a 1-bit mask: the rendered page covers it)', () => {
    expect(rawImageToRgba(new Uint8Array(2), 8, 2)).toBeNull();
  });
});
