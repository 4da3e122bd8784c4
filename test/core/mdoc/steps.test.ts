// The skip rules and the verdict of PROFILE §8.6 on the Steps recorder alone: which steps a
// failure skips (2←1, 3←2, 4–13←3, 5←4, 6←5, 7←5, 8←6,7, 9←8, 10←9, 11←9, 12←7,8, 13←12 but not
// for CLOCK_SUSPECT alone), and which codes make a result invalid or indeterminate.
import { describe, expect, it } from 'vitest';
import type { WalletReasonCode } from '../../../core/mdoc/reasons';
import { Steps } from '../../../core/mdoc/steps';

/** The steps that may run after `failed` failed and every other step before passed. */
function runnableAfter(failed: number, code: WalletReasonCode = 'MALFORMED_MDOC'): number[] {
  const steps = new Steps();
  const open: number[] = [];
  for (let step = 1; step <= 13; step++) {
    if (!steps.mayRun(step)) continue;
    open.push(step);
    if (step === failed) steps.fail(step, code);
    else steps.pass(step);
  }
  return open;
}
const range = (a: number, b: number) => Array.from({ length: b - a + 1 }, (_, i) => a + i);

describe('skip rules', () => {
  it.each<[number, number[]]>([
    [1, [1]],
    [2, [1, 2]],
    [3, [1, 2, 3]],
    [4, [1, 2, 3, 4]],
    [5, range(1, 5)],
    [6, [...range(1, 7)]], // 7 needs only 5
    [7, [...range(1, 7)]],
    [8, range(1, 8)],
    [9, [...range(1, 9), 12, 13]], // 10 and 11 need 9; 12 needs 7 and 8
    [10, range(1, 13)],
    [11, range(1, 13)],
    [12, range(1, 12)],
    [13, range(1, 13)],
  ])('a failed step %i lets exactly these run', (failed, expected) => {
    expect(runnableAfter(failed)).toEqual(expected);
  });

  it('step 12 failing with CLOCK_SUSPECT alone does not skip 13', () => {
    expect(runnableAfter(12, 'CLOCK_SUSPECT')).toEqual(range(1, 13));
  });
});

describe('verdict', () => {
  const verdictOf = (fails: [number, WalletReasonCode][], expired = false, suspect = false) => {
    const steps = new Steps();
    for (const [step, code] of fails) steps.fail(step, code);
    return steps.verdict(expired, suspect);
  };

  it('valid without failures', () => {
    expect(verdictOf([])).toEqual({ verdict: 'valid', reasons: [] });
  });

  it('invalid: exactly the first hard code in step order', () => {
    expect(
      verdictOf([
        [11, 'ELEMENT_MISSING'],
        [12, 'EXPIRED'],
        [10, 'DEVICE_AUTH_FAILED'],
      ]),
    ).toEqual({ verdict: 'invalid', reasons: ['DEVICE_AUTH_FAILED'] });
  });

  it('indeterminate: every soft code that applies, in the profile’s order', () => {
    expect(
      verdictOf(
        [
          [13, 'STATUS_UNAVAILABLE'],
          [11, 'ELEMENT_MISSING'],
          [12, 'CLOCK_SUSPECT'],
        ],
        true,
        true,
      ),
    ).toEqual({
      verdict: 'indeterminate',
      reasons: ['ELEMENT_MISSING', 'STATUS_UNAVAILABLE', 'TRUST_LIST_EXPIRED', 'CLOCK_SUSPECT'],
    });
    expect(verdictOf([[3, 'NOT_PRESENTED']])).toEqual({
      verdict: 'indeterminate',
      reasons: ['NOT_PRESENTED'],
    });
  });

  it('an expired trust list or a suspect clock never turns invalid into indeterminate', () => {
    expect(verdictOf([[7, 'SIGNER_REVOKED']], true, true)).toEqual({
      verdict: 'invalid',
      reasons: ['SIGNER_REVOKED'],
    });
  });

  it('step 14’s own code does not decide the verdict (its flags do)', () => {
    const steps = new Steps();
    steps.fail(14, 'TRUST_LIST_EXPIRED');
    expect(steps.verdict(false, false)).toEqual({ verdict: 'valid', reasons: [] });
  });
});
