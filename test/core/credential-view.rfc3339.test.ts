// Two helpers on the verification path that replaced runtime facilities for speed: rfc3339 (was
// Date#toISOString) and allocBytes (was a fresh Uint8Array per Sig_structure and credential).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { allocBytes } from '../../core/bytes';
import { rfc3339 } from '../../core/credential-view';

describe('rfc3339', () => {
  const viaDate = (s: number) => new Date(s * 1000).toISOString().replace('.000Z', 'Z');

  it('gives what Date gives for every second Date can hold (to the year 275760)', () => {
    for (const max of [253_402_300_799, 8_640_000_000_000]) {
      fc.assert(
        fc.property(fc.integer({ min: 0, max }), (s) => {
          expect(rfc3339(s)).toBe(viaDate(s));
        }),
        { numRuns: 10_000 },
      );
    }
    // 2000-02-29, 2100-03-01 (no leap day), the last second of 9999, the first of 10000, Date's end
    for (const s of [0, 951_782_400, 951_868_799, 4_107_542_400, 253_402_300_799, 253_402_300_800, 8.64e12]) {
      expect(rfc3339(s)).toBe(viaDate(s));
    }
  });

  it('never throws: a signed token may carry any uint up to 2^53 − 1', () => {
    expect(rfc3339(253_402_300_800)).toBe('+010000-01-01T00:00:00Z');
    expect(() => new Date(Number.MAX_SAFE_INTEGER * 1000).toISOString()).toThrow(RangeError);
    expect(rfc3339(Number.MAX_SAFE_INTEGER)).toMatch(/^\+\d{6,}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
  });
});

describe('allocBytes', () => {
  it('hands out zeroed bytes that no other call ever shares', () => {
    const views = Array.from({ length: 400 }, (_, i) => allocBytes((i * 37) % 600));
    for (const v of views) expect(v.every((b) => b === 0)).toBe(true);
    for (const [i, v] of views.entries()) v.fill((i % 255) + 1);
    for (const [i, v] of views.entries()) expect(v.every((b) => b === (i % 255) + 1)).toBe(true);
  });

  it('gives large arrays their own buffer', () => {
    const big = allocBytes(100_000);
    expect(big.byteOffset).toBe(0);
    expect(big.buffer.byteLength).toBe(100_000);
  });
});
