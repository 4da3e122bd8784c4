// Result-screen times never throw: a signed token may carry a time past what a JS Date holds.
import { describe, expect, it } from 'vitest';
import {
  formatResultTime,
  formatTime,
  formatTokenTime,
  japanDateAndTime,
} from '../../../../web/features/verify/format-time';

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

  it('is Japan time with the zone written out, whatever zone the device is set to', () => {
    // A record filed by an employer must say the same time on any device, and say which zone.
    const at = Date.parse('2026-11-23T08:15:00Z');
    expect(formatTime(at, 'ja')).toBe('2026/11/23 17:15 JST');
    expect(formatTime(at, 'en')).toBe('23 Nov 2026, 17:15 JST');
    expect(formatResultTime('2026-11-23T15:30:00Z', 'ja')).toBe('2026/11/24 00:30 JST');
  });

  it('gives spreadsheet date and time columns in Japan time', () => {
    expect(japanDateAndTime(Date.parse('2026-12-31T15:00:00Z'))).toEqual(['2027/01/01', '00:00:00']);
    expect(japanDateAndTime(Number.NaN)).toEqual(['', '']);
  });
});
