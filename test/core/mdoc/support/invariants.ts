// Rules of PROFILE §8.6 that hold for every wallet result, whatever the input: 14 checks in step
// order, no step run without the steps it needs, step 14 always run, the verdict and reasons
// derived from the checks, `mdoc` exactly when steps 8 and 9 passed, docType null exactly when
// steps 1–3 did not all pass. The skip table is written out here again from the profile's text.
import { expect } from 'vitest';
import type { WalletResult } from '../../../../core/mdoc/types';

/** PROFILE §8.6's step names in order, written out from its table. */
export const STEP_NAMES = [
  'response',
  'decrypt',
  'device-response',
  'doctype',
  'cose',
  'alg',
  'signer',
  'signature',
  'digests',
  'device',
  'elements',
  'time',
  'status',
  'trust',
];
/** 2←1, 3←2, 4–13←3, 5←4, 6←5, 7←5, 8←6,7, 9←8, 10←9, 11←9, 12←7,8, 13←12. */
const NEEDS: Record<number, number[]> = {
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
const SOFT = [
  'NOT_PRESENTED',
  'ELEMENT_MISSING',
  'STATUS_UNAVAILABLE',
  'TRUST_LIST_EXPIRED',
  'CLOCK_SUSPECT',
];

export function assertWalletInvariants(r: WalletResult, plaintext = false): void {
  expect(r.checks.map((c) => `${c.step}${c.name}`)).toEqual(STEP_NAMES.map((n, i) => `${i + 1}${n}`));
  const at = (step: number) => r.checks[step - 1];
  for (const check of r.checks) {
    if (check.result === 'skipped') {
      expect(check.code).toBeUndefined();
      continue;
    }
    expect(check.result === 'fail').toBe(check.code !== undefined);
    for (const need of NEEDS[check.step] ?? []) {
      const n = at(need);
      if (plaintext && need <= 2) continue;
      const ok = n?.result === 'pass' || (need === 12 && n?.code === 'CLOCK_SUSPECT');
      expect(ok, `step ${check.step} ran though step ${need} is ${n?.result}`).toBe(true);
    }
  }
  if (plaintext) expect([at(1)?.result, at(2)?.result]).toEqual(['skipped', 'skipped']);
  expect(at(14)?.result).not.toBe('skipped');
  const failed = r.checks.filter((c) => c.step <= 13 && c.result === 'fail');
  const hard = failed.find((c) => !SOFT.includes(c.code as string));
  if (r.verdict === 'valid') expect(r.reasons).toEqual([]);
  else if (r.verdict === 'invalid') expect(r.reasons).toEqual([hard?.code]);
  else {
    expect(hard).toBeUndefined();
    expect(r.reasons.length).toBeGreaterThan(0);
    expect(r.reasons.every((c) => SOFT.includes(c))).toBe(true);
    expect([...r.reasons].sort((a, b) => SOFT.indexOf(a) - SOFT.indexOf(b))).toEqual(r.reasons);
  }
  if (r.verdict !== 'invalid') expect(hard).toBeUndefined();
  expect(r.mdoc !== undefined).toBe(at(8)?.result === 'pass' && at(9)?.result === 'pass');
  expect(r.docType === null).toBe(at(3)?.result !== 'pass');
  if (r.statusCheckedAt !== undefined)
    expect(r.statusCheckedAt).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/);
}
