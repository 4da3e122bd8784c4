// Images in a PDF are enlarged so that a code drawn 1 pixel per module can be read, but never
// without bound: a 1 KB PDF holding a 21 × 20,000 image was enlarged to 609 × 580,000 pixels
// (1.4 GB) before any limit applied (found in review).
import { describe, expect, it } from 'vitest';
import { enlarge } from '../../../reading/pdf/pdf-pages';

const image = (width: number, height: number) => ({
  data: new Uint8ClampedArray(width * height * 4).fill(255),
  width,
  height,
});

describe('enlarge', () => {
  it('scales a small code up to the wanted side, module edges kept (an integer factor)', () => {
    const out = enlarge(image(25, 25), 600);
    expect(out.width).toBe(600);
    expect(out.height).toBe(600);
  });

  it('never past 4 megapixels, whatever the shape', () => {
    const out = enlarge(image(21, 20_000), 600);
    expect(out.width * out.height).toBeLessThanOrEqual(4_000_000);
    expect(out.width % 21).toBe(0);
    const huge = image(3000, 3000);
    expect(enlarge(huge, 600)).toBe(huge);
  });
});
