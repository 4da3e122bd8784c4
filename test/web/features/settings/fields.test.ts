// Number settings: typing 0 in 「結果表示のあとカメラに戻るまで（秒）」 gave the 6 s fallback, not the
// 2 s minimum (found in review).
import { describe, expect, it } from 'vitest';
import { clamped } from '../../../../web/features/settings/fields';

describe('clamped', () => {
  it('keeps a typed number within its range, 0 included', () => {
    expect(clamped('0', 2, 60, 6)).toBe(2);
    expect(clamped('600', 2, 60, 6)).toBe(60);
    expect(clamped('10', 2, 60, 6)).toBe(10);
  });
  it('gives the fallback only for nothing readable', () => {
    expect(clamped('', 2, 60, 6)).toBe(6);
    expect(clamped('abc', 2, 60, 6)).toBe(6);
  });
});
