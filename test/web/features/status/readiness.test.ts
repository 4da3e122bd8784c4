// Readiness before a scan: age and expiry of the held revocation data, a warning a day before
// it expires, 期限切れ (not 未取得) once past, 未取得 only for a list never fetched.
import { describe, expect, it } from 'vitest';
import type { StatusList } from '../../../../core/types';
import { readiness } from '../../../../web/features/status/readiness';

const list = (iat: number, exp: number) => ({ iat, exp }) as StatusList;
const DAY = 86_400;

describe('readiness', () => {
  const held = new Map([
    ['a', [list(1000, 1000 + 7 * DAY)]],
    ['b', [list(2000, 2000 + 2 * DAY)]],
  ]);
  const get = (uri: string) => held.get(uri) ?? [];

  it('is ready with the oldest list’s time and the earliest expiry', () => {
    expect(readiness(['a', 'b'], get, 5000)).toEqual({ kind: 'ready', iat: 1000, exp: 2000 + 2 * DAY });
  });
  it('warns within a day of the expiry', () => {
    expect(readiness(['b'], get, 2000 + DAY + 1).kind).toBe('soon');
  });
  it('says expired, not missing, once the held data is past its expiry', () => {
    expect(readiness(['b'], get, 2000 + 2 * DAY)).toEqual({ kind: 'expired', exp: 2000 + 2 * DAY });
  });
  it('is missing when a named list was never fetched, or none is named', () => {
    expect(readiness(['a', 'c'], get, 5000)).toEqual({ kind: 'missing' });
    expect(readiness([], get, 5000)).toEqual({ kind: 'missing' });
  });
});
