// The bit-parallel mask penalty against a plain, module-by-module reading of ISO/IEC 18004
// §7.8.3 (N1 runs, N2 2×2 blocks, N3 1:1:3:1:1 with 4 light modules on a side, N4 balance).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { encodeQr } from '../../../issuer/qr/qr-encode';
import { penalty } from '../../../issuer/qr/qr-penalty';

function reference(m: Uint8Array, size: number): number {
  const at = (line: number, i: number, vertical: boolean) => {
    if (i < 0 || i >= size) return 0; // outside the symbol is light
    return m[vertical ? i * size + line : line * size + i] as number;
  };
  let score = 0;
  for (const vertical of [false, true]) {
    for (let line = 0; line < size; line++) {
      let run = 1;
      for (let i = 1; i <= size; i++) {
        if (i < size && at(line, i, vertical) === at(line, i - 1, vertical)) run++;
        else {
          if (run >= 5) score += 3 + (run - 5);
          run = 1;
        }
      }
      const pattern = [1, 0, 1, 1, 1, 0, 1];
      for (let i = 0; i + 7 <= size; i++) {
        if (!pattern.every((b, k) => at(line, i + k, vertical) === b)) continue;
        if ([1, 2, 3, 4].every((k) => at(line, i - k, vertical) === 0)) score += 40;
        if ([7, 8, 9, 10].every((k) => at(line, i + k, vertical) === 0)) score += 40;
      }
    }
  }
  let dark = 0;
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const v = m[y * size + x] as number;
      dark += v;
      if (
        x + 1 < size &&
        y + 1 < size &&
        v === m[y * size + x + 1] &&
        v === m[(y + 1) * size + x] &&
        v === m[(y + 1) * size + x + 1]
      )
        score += 3;
    }
  }
  const total = size * size;
  return score + (Math.ceil(Math.abs(dark * 20 - total * 10) / total) - 1) * 10;
}

describe('mask penalty', () => {
  it('equals the plain reading on random matrices of every symbol size (and a few odd ones)', () => {
    fc.assert(
      fc.property(
        fc
          .integer({ min: 1, max: 177 })
          .chain((size) =>
            fc.tuple(fc.constant(size), fc.uint8Array({ minLength: size * size, maxLength: size * size })),
          ),
        fc.integer({ min: 1, max: 9 }),
        ([size, bytes], density) => {
          const m = bytes.map((b) => (b % 10 < density ? 1 : 0));
          expect(penalty(m, size)).toBe(reference(m, size));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('equals the plain reading on real codes for every mask', () => {
    for (const n of [10, 100, 600, 2000]) {
      for (let mask = 0; mask < 8; mask++) {
        const qr = encodeQr(
          Uint8Array.from({ length: n }, (_, i) => (i * 131) & 0xff),
          'M',
          mask,
        );
        expect(penalty(qr.modules, qr.size)).toBe(reference(qr.modules, qr.size));
      }
    }
  });
});
