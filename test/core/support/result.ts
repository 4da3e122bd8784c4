// Checking a verify() result against the rules of PROFILE §6 that hold for every input: 11
// checks in step order, the dependency rule, `credential` exactly when steps 6 and 7 passed,
// the verdict and reasons derived from the checks, RFC 3339 times.
import { expect } from 'vitest';
import type { ReasonCode } from '../../../core/reasons';
import type { VerifyContext, VerifyResult } from '../../../core/types';
import { verify } from '../../../core/verify';

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

/** PROFILE §6: 2←1, 3←2, 4←3, 5←3, 6←4,5, 7←6, 8←6,7, 9←6,7, 10←9; 1 and 11 always run. */
export const DEPENDS_ON: Readonly<Record<number, readonly number[]>> = {
  2: [1],
  3: [2],
  4: [3],
  5: [3],
  6: [4, 5],
  7: [6],
  8: [6, 7],
  9: [6, 7],
  10: [9],
};

const SOFT_ORDER: readonly ReasonCode[] = ['STATUS_UNAVAILABLE', 'TRUST_LIST_EXPIRED', 'CLOCK_SUSPECT'];
const STATUS_DECIDED: readonly (string | undefined)[] = [undefined, 'REVOKED', 'SUSPENDED', 'DELETED'];
export const RFC3339_UTC = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/;

/** One token per step: 'P' pass, 'S' skipped, or the failing code. */
export function flow(r: VerifyResult): string {
  return r.checks.map((c) => (c.result === 'pass' ? 'P' : c.result === 'skipped' ? 'S' : c.code)).join(' ');
}

/** Throws (via expect) when the result breaks a rule of §6 that holds for every input. */
export function assertInvariants(r: VerifyResult): void {
  expect(r.checks).toHaveLength(11);
  r.checks.forEach((c, i) => {
    expect(c.step).toBe(i + 1);
    expect(c.name).toBe(STEPS[i]);
    expect(c.result === 'fail').toBe(c.code !== undefined);
  });
  const at = (step: number) => r.checks[step - 1] as VerifyResult['checks'][number];
  if (r.trustListSeq === null) {
    expect(r.verdict).toBe('indeterminate');
    expect(r.reasons).toEqual(['TRUST_LIST_UNAVAILABLE']);
    expect(r.checks.every((c) => c.result === 'skipped')).toBe(true);
    expect(r.credential).toBeUndefined();
    expect(r.statusCheckedAt).toBeUndefined();
    return;
  }
  expect(at(1).result).not.toBe('skipped');
  expect(at(11).result).not.toBe('skipped');
  for (const [step, deps] of Object.entries(DEPENDS_ON)) {
    const blocked = deps.some((d) => {
      const dep = at(d);
      if (dep.result === 'skipped') return true;
      return dep.result === 'fail' && !(Number(step) === 10 && d === 9 && dep.code === 'CLOCK_SUSPECT');
    });
    expect(at(Number(step)).result === 'skipped', `step ${step} skipped?`).toBe(blocked);
  }
  expect(r.credential !== undefined).toBe(at(6).result === 'pass' && at(7).result === 'pass');
  const decided =
    at(10).result === 'pass' || (at(10).result === 'fail' && STATUS_DECIDED.includes(at(10).code));
  expect(r.statusCheckedAt !== undefined).toBe(decided);
  if (r.statusCheckedAt !== undefined) expect(r.statusCheckedAt).toMatch(RFC3339_UTC);
  const hard = r.checks.find(
    (c) =>
      c.step <= 10 && c.result === 'fail' && !['STATUS_UNAVAILABLE', 'CLOCK_SUSPECT'].includes(c.code ?? ''),
  );
  if (hard) {
    expect(r.verdict).toBe('invalid');
    expect(r.reasons).toEqual([hard.code]);
    return;
  }
  // Reasons are a subsequence of the soft codes in their order, including every one the checks show.
  expect(r.reasons).toEqual(SOFT_ORDER.filter((c) => r.reasons.includes(c)));
  const shown = r.checks.filter((c) => c.result === 'fail').map((c) => c.code);
  for (const code of shown) expect(r.reasons).toContain(code);
  expect(r.verdict).toBe(r.reasons.length > 0 ? 'indeterminate' : 'valid');
}

/** verify() plus the invariants. */
export async function run(input: string, ctx: VerifyContext): Promise<VerifyResult> {
  const r = await verify(input, ctx);
  assertInvariants(r);
  return r;
}

/** Builds the expected flow from a compact form: 'P*7 ISSUER_MISMATCH P*3' → 11 tokens. */
export function steps(compact: string): string {
  return compact
    .split(' ')
    .flatMap((t) => {
      const m = /^(\w+)\*(\d+)$/.exec(t);
      return m ? Array<string>(Number(m[2])).fill(m[1] as string) : [t];
    })
    .join(' ');
}
