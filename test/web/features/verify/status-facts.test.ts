// Fixes: the status age is the list's own time (its iat = statusCheckedAt), not the download
// time; no status line where the status step never ran; the offline note never claims status
// information that was not there.
import { describe, expect, it } from 'vitest';
import type { Check, VerifyResult } from '../../../../core/types';
import { offlineNoteFor, statusAgeView } from '../../../../web/features/verify/status-facts';

const STEPS = ['url', 'encoding', 'cose', 'alg', 'signer', 'signature', 'claims', 'issuer', 'time'] as const;

function result(status: Check['result'], extra: Partial<VerifyResult> = {}): VerifyResult {
  const checks: Check[] = STEPS.map((name, i) => ({ step: i + 1, name, result: 'pass' }));
  checks.push({ step: 10, name: 'status', result: status }, { step: 11, name: 'trust', result: 'pass' });
  return { verdict: 'valid', reasons: [], checks, trustListSeq: 1, ...extra };
}

describe('status age', () => {
  const checkedAt = Date.parse('2026-11-23T08:23:00Z');

  it('is the list’s own time and how old that is, however recently it was downloaded', () => {
    const view = statusAgeView(result('pass', { statusCheckedAt: '2026-11-23T08:15:00Z' }), checkedAt);
    expect(view).toEqual({ kind: 'asOf', at: '2026-11-23T08:15:00Z', minutes: 8 });
    const old = statusAgeView(result('pass', { statusCheckedAt: '2026-11-20T08:23:00Z' }), checkedAt);
    expect(old).toEqual({ kind: 'asOf', at: '2026-11-20T08:23:00Z', minutes: 3 * 1440 });
  });

  it('is no age at all for a list dated ahead of the device clock or beyond what a Date holds', () => {
    expect(
      statusAgeView(result('pass', { statusCheckedAt: '2026-11-23T09:00:00Z' }), checkedAt),
    ).toMatchObject({
      minutes: 0,
    });
    expect(
      statusAgeView(result('pass', { statusCheckedAt: '+287168-08-24T16:00:00Z' }), checkedAt),
    ).toMatchObject({ minutes: 0 });
  });

  it('says nothing when the status step never ran (tampered, wrong host)', () => {
    const tampered = result('skipped', { verdict: 'invalid', reasons: ['BAD_SIGNATURE'] });
    expect(statusAgeView(tampered, checkedAt)).toEqual({ kind: 'none' });
  });

  it('says there is no status information when the step ran without a usable list', () => {
    const none = result('fail', { verdict: 'indeterminate', reasons: ['STATUS_UNAVAILABLE'] });
    expect(statusAgeView(none, checkedAt)).toEqual({ kind: 'unavailable' });
  });
});

describe('offline note', () => {
  it('names the stored status lists only when one decided', () => {
    expect(offlineNoteFor(result('pass', { statusCheckedAt: '2026-11-23T08:15:00Z' }))).toBe('offlineNote');
    const revoked = result('fail', {
      verdict: 'invalid',
      reasons: ['REVOKED'],
      statusCheckedAt: '2026-11-23T08:15:00Z',
    });
    expect(offlineNoteFor(revoked)).toBe('offlineNote');
  });

  it('says the status could not be checked when no stored list was usable', () => {
    const none = result('fail', { verdict: 'indeterminate', reasons: ['STATUS_UNAVAILABLE'] });
    expect(offlineNoteFor(none)).toBe('offlineNoteNoStatus');
  });

  it('mentions only the trust list when the status step never ran, and nothing stored without one', () => {
    expect(offlineNoteFor(result('skipped', { verdict: 'invalid', reasons: ['BAD_SIGNATURE'] }))).toBe(
      'offlineNoteTrustOnly',
    );
    expect(offlineNoteFor(result('skipped', { verdict: 'indeterminate', trustListSeq: null }))).toBe(
      'offlineNoteBare',
    );
  });
});
