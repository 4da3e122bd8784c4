// Result-screen times never throw: a signed token may carry a time past what a JS Date holds.
import { describe, expect, it } from 'vitest';
import { formatResultTime, formatTime, formatTokenTime } from '../../web/features/verify/format-time';

describe('format-time', () => {
  it('formats ordinary times in the reader’s language', () => {
    expect(formatTokenTime(1_790_000_000, 'ja')).toBe(formatTime(1_790_000_000_000, 'ja'));
    expect(formatTokenTime(1_790_000_000, 'ja')).toMatch(/2026/);
    expect(formatResultTime('2026-09-21T14:03:20Z', 'en')).toMatch(/2026/);
  });

  it('shows a time no Date holds as its text instead of throwing', () => {
    const beyond = 9_000_000_000_000; // seconds: the year 287168
    expect(() => new Intl.DateTimeFormat('ja-JP').format(new Date(beyond * 1000))).toThrow(RangeError);
    expect(formatTokenTime(beyond, 'ja')).toBe('+287168-08-24T16:00:00Z');
    expect(formatResultTime('+287168-08-24T16:00:00Z', 'en')).toBe('+287168-08-24T16:00:00Z');
    expect(formatTime(Number.NaN, 'ja')).toBe('—');
  });
});
