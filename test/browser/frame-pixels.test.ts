// A camera frame's luma as the decoder's pixels (web/features/qr-decode/frame-pixels.ts), with
// real WebCodecs VideoFrames in Chromium: the Y plane of an I420 or NV12 frame comes out as grey
// RGBA, pixel for pixel and within the visible rectangle; an RGB frame is left to the canvas.
import { describe, expect, it } from 'vitest';
import { frameLuma } from '../../web/features/qr-decode/frame-pixels';

/** A 4 × 2 frame whose luma counts 10, 20, … 80 and whose chroma is mid-grey. */
function yuvFrame(format: 'I420' | 'NV12', visibleRect?: DOMRectInit): VideoFrame {
  const luma = [10, 20, 30, 40, 50, 60, 70, 80];
  // I420: a 2 × 1 U plane and a 2 × 1 V plane; NV12: one 2 × 1 plane of U, V pairs. Same bytes.
  const chroma = [128, 128, 128, 128];
  return new VideoFrame(new Uint8Array([...luma, ...chroma]), {
    format,
    codedWidth: 4,
    codedHeight: 2,
    timestamp: 0,
    ...(visibleRect ? { visibleRect } : {}),
  });
}

const greys = (data: Uint8ClampedArray) => [...data].filter((_, i) => i % 4 === 0);

describe('frameLuma', () => {
  for (const format of ['I420', 'NV12'] as const) {
    it(`reads the Y plane of an ${format} frame as opaque grey`, async () => {
      const frame = yuvFrame(format);
      const pixels = await frameLuma(frame);
      frame.close();
      expect(pixels).toMatchObject({ width: 4, height: 2 });
      expect(greys(pixels?.data ?? new Uint8ClampedArray())).toEqual([10, 20, 30, 40, 50, 60, 70, 80]);
      expect(pixels?.data[1]).toBe(10);
      expect(pixels?.data[3]).toBe(255);
    });
  }

  it('keeps to the visible rectangle', async () => {
    const frame = yuvFrame('I420', { x: 2, y: 0, width: 2, height: 2 });
    const pixels = await frameLuma(frame);
    frame.close();
    expect(pixels).toMatchObject({ width: 2, height: 2 });
    expect(greys(pixels?.data ?? new Uint8ClampedArray())).toEqual([30, 40, 70, 80]);
  });

  it('gives null for an RGBA frame (the canvas path converts it)', async () => {
    const frame = new VideoFrame(new Uint8Array(4 * 2 * 4), {
      format: 'RGBA',
      codedWidth: 4,
      codedHeight: 2,
      timestamp: 0,
    });
    expect(await frameLuma(frame)).toBeNull();
    frame.close();
  });
});
