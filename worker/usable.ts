// Uploads that no verifier could use are refused before they are stored (issue 14). Stores keep
// only the newest list (by `seq` / `iat`, PROFILE §7), so storing a list that is already expired,
// dated backwards or dated in the future would replace a good list with one that makes every
// online verifier answer 確認できません (or shut out correct updates) until another is uploaded.
// §7 has no status code for this: 400, its answer for a token that is not well-formed, with the
// §6 reason code that a verifier would give the list.
import { CLOCK_SKEW } from '../core/clock';
import { HttpError } from './errors';

export interface Validity {
  iat: number;
  exp: number;
}

/**
 * Refuses a list that is unusable now or dated in the future. In order:
 * - `exp` < `iat`: the claims contradict each other (`MALFORMED_CLAIMS`). A status list's
 *   `exp` > `iat` + 7 days (PROFILE §5) is refused as MALFORMED_CLAIMS by core/status-list.ts.
 * - `iat` > now + 300 s: not in §7's list, and needed: a list dated in the future (a signing
 *   machine with a wrong clock) would shut out every correct update until that date
 *   (`NOT_YET_VALID`, the §6 step 9 code; 300 s is the §6 clock tolerance).
 * - now ≥ `exp`: expired (PROFILE §5 "has expired (`now ≥ exp`)" for status lists, `EXPIRED`;
 *   §6 step 11 for trust lists, `TRUST_LIST_EXPIRED`). No tolerance: §5 and §6 give none.
 */
export function refuseUnusable(
  { iat, exp }: Validity,
  expiredCode: 'EXPIRED' | 'TRUST_LIST_EXPIRED',
  nowSeconds = Date.now() / 1000,
): void {
  if (exp < iat) throw new HttpError(400, 'MALFORMED_CLAIMS');
  if (iat > nowSeconds + CLOCK_SKEW) throw new HttpError(400, 'NOT_YET_VALID');
  if (nowSeconds >= exp) throw new HttpError(400, expiredCode);
}
