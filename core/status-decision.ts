// PROFILE §6 step 10 (and §8.6 step 13, which resolves an MSO's `status` the same way): which
// held status list decides a credential's entry, and what it says. Shared by verify() and the
// wallet verification so the two can never read a status list differently.
import { bytesEqual } from './bytes';
import type { ReasonCode } from './reasons';
import { STATUS, statusAt, statusSignersFor } from './status-list';
import type { StatusList, TrustList } from './types';

const STATUS_CODES: Record<number, ReasonCode> = {
  [STATUS.INVALID]: 'REVOKED',
  [STATUS.SUSPENDED]: 'SUSPENDED',
  [STATUS.DELETED]: 'DELETED',
};

/**
 * `code` absent = VALID. `iat` = the deciding list's `iat` (the result's `statusCheckedAt`);
 * absent with `STATUS_UNAVAILABLE` when no usable list decides.
 */
export interface StatusDecision {
  code?: ReasonCode;
  iat?: number;
}

/**
 * The first usable list of the latest `iat` decides; another usable one of that `iat` with other
 * entries leaves the URI with no usable list (PROFILE §5). A list is usable when the trust list
 * names the URI, a status signer of it covering the URI signed the list, it has not expired and
 * it is long enough for `idx`.
 */
export function decideStatus(
  tl: TrustList,
  status: { uri: string; idx: number },
  lists: readonly StatusList[],
  now: number,
): StatusDecision {
  const { uri, idx } = status;
  let newest: StatusList | undefined;
  let conflict = false;
  if (tl.statusLists.includes(uri)) {
    for (const l of lists) {
      if (l.uri !== uri || now >= l.exp || statusAt(l.entries, 2, idx) === undefined) continue;
      if (statusSignersFor(tl, uri, l.signerKid).length === 0) continue;
      if (!newest || l.iat > newest.iat) {
        newest = l;
        conflict = false;
      } else if (l.iat === newest.iat && !bytesEqual(l.entries, newest.entries)) conflict = true;
    }
  }
  if (!newest || conflict) return { code: 'STATUS_UNAVAILABLE' };
  const code = STATUS_CODES[statusAt(newest.entries, 2, idx) as number];
  return code ? { code, iat: newest.iat } : { iat: newest.iat };
}
