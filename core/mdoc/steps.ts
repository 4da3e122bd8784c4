// The 14 checks of a wallet result (PROFILE §8.6): recording, skip rules and the verdict. A failed
// step skips the steps that need it: 2←1, 3←2, 4–13←3, 5←4, 6←5, 7←5, 8←6,7, 9←8, 10←9, 11←9,
// 12←7,8, 13←12 (not when step 12's only failure became CLOCK_SUSPECT); 14 always runs.
import type { Verdict } from '../reasons';
import type { WalletReasonCode } from './reasons';
import { WALLET_STEP_NAMES, type WalletCheck } from './types';

/** Codes that make a result indeterminate rather than invalid (PROFILE §8.6), in reasons order. */
const SOFT: readonly WalletReasonCode[] = [
  'NOT_PRESENTED',
  'ELEMENT_MISSING',
  'STATUS_UNAVAILABLE',
  'CLOCK_SUSPECT',
];

/** What each step needs (steps whose failure skips it). */
const NEEDS: Readonly<Record<number, readonly number[]>> = {
  2: [1],
  3: [2],
  4: [3],
  5: [3, 4],
  6: [3, 5],
  7: [3, 5],
  8: [3, 6, 7],
  9: [3, 8],
  10: [3, 9],
  11: [3, 9],
  12: [3, 7, 8],
  13: [3, 12],
};

export class Steps {
  readonly checks: WalletCheck[] = WALLET_STEP_NAMES.map((name, i) => ({
    step: i + 1,
    name,
    result: 'skipped',
  }));

  private at(step: number): WalletCheck {
    return this.checks[step - 1] as WalletCheck;
  }

  pass(step: number): void {
    this.at(step).result = 'pass';
  }

  fail(step: number, code: WalletReasonCode): void {
    const check = this.at(step);
    check.result = 'fail';
    check.code = code;
  }

  /** Records a step's outcome: undefined = pass. */
  record(step: number, code: WalletReasonCode | undefined): void {
    if (code === undefined) this.pass(step);
    else this.fail(step, code);
  }

  passed(step: number): boolean {
    return this.at(step).result === 'pass';
  }

  /** Whether a step may run: every step it needs ran and passed (step 12's CLOCK_SUSPECT alone counts as passed for 13). */
  mayRun(step: number): boolean {
    return (NEEDS[step] ?? []).every((n) => {
      const check = this.at(n);
      return check.result === 'pass' || (n === 12 && check.code === 'CLOCK_SUSPECT');
    });
  }

  /**
   * The verdict: `invalid` with the first code of steps 1–13 that is not soft; otherwise
   * `indeterminate` with every soft code that applies, in the profile's order; otherwise `valid`.
   */
  verdict(listExpired: boolean, clockSuspect: boolean): { verdict: Verdict; reasons: WalletReasonCode[] } {
    const failed = this.checks.filter((c) => c.step <= 13 && c.result === 'fail');
    const hard = failed.find((c) => !SOFT.includes(c.code as WalletReasonCode));
    if (hard?.code) return { verdict: 'invalid', reasons: [hard.code] };
    const applies = new Set(failed.map((c) => c.code));
    if (listExpired) applies.add('TRUST_LIST_EXPIRED');
    if (clockSuspect) applies.add('CLOCK_SUSPECT');
    const order: WalletReasonCode[] = [
      'NOT_PRESENTED',
      'ELEMENT_MISSING',
      'STATUS_UNAVAILABLE',
      'TRUST_LIST_EXPIRED',
      'CLOCK_SUSPECT',
    ];
    const reasons = order.filter((c) => applies.has(c));
    return { verdict: reasons.length > 0 ? 'indeterminate' : 'valid', reasons };
  }
}
