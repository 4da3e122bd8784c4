// PROFILE §6's eleven steps by name, in order: one table gives both the type and the array, so
// `fail('time', …)` reads as the profile does and `checks` always holds 11 entries in step order.
import type { ReasonCode } from './reasons';

export const STEPS = [
  'url',
  'encoding',
  'cose',
  'alg',
  'signer',
  'signature',
  'claims',
  'issuer',
  'time',
  'status',
  'trust',
] as const;

export type StepName = (typeof STEPS)[number];

/** Each step's index in STEPS (a lookup on verify's hot path instead of a search). */
const STEP_INDEX = Object.fromEntries(STEPS.map((name, i) => [name, i])) as Record<StepName, number>;

export interface Check {
  /** 1-based position in STEPS. */
  step: number;
  name: StepName;
  result: 'pass' | 'fail' | 'skipped';
  code?: ReasonCode;
}

/** Failures that make a result indeterminate rather than invalid (PROFILE §6 "Verdict and reasons"). */
export const SOFT_FAILURES: readonly ReasonCode[] = ['STATUS_UNAVAILABLE', 'CLOCK_SUSPECT'];

/** The checks of one verification, every step `skipped` until it runs. */
export class StepLog {
  readonly checks: Check[] = STEPS.map((name, i) => ({ step: i + 1, name, result: 'skipped' }));

  pass(name: StepName): void {
    this.at(name).result = 'pass';
  }

  fail(name: StepName, code: ReasonCode): void {
    const check = this.at(name);
    check.result = 'fail';
    check.code = code;
  }

  get(name: StepName): Check {
    return this.at(name);
  }

  private at(name: StepName): Check {
    return this.checks[STEP_INDEX[name]] as Check;
  }
}
