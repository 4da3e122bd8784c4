// The profile's one clock rule (PROFILE §6 steps 9 and 11; §8.6 steps 12 and 14 reuse it).
import type { StatusList, TrustList } from './types';

/** Tolerance for an `iat` in the future and for the clock check: 300 s (PROFILE §6 steps 9, 11). */
export const CLOCK_SKEW = 300;

/**
 * Step 11's clock input: the clock is suspect when `now + 300 s` is earlier than the largest
 * `iat` of any trust list or verified status list seen — never of credentials. It is worked out
 * before step 9, because step 9 turns a NOT_YET_VALID into CLOCK_SUSPECT when it holds.
 * `seenIat` is what the caller saw before; the trust list and the lists at hand count too.
 */
export function clockSuspect(
  now: number,
  seenIat: number | undefined,
  trustList: TrustList,
  lists: readonly StatusList[] = [],
): boolean {
  let seen = Math.max(seenIat ?? 0, trustList.iat);
  for (const l of lists) if (l.iat > seen) seen = l.iat;
  return now + CLOCK_SKEW < seen;
}
