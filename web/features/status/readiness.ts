// Is this device ready to check a certificate, before any scan? From the status lists the trust
// list names and the copies held: how old the held revocation data is and until when it can be
// used, a warning a day before that, 期限切れ once it has passed (not 未取得: the data is there,
// just too old), 未取得 only when a named list was never fetched.
import type { StatusList } from '../../../core/types';

export const WARN_BEFORE_S = 24 * 3600;

export type Readiness =
  | { kind: 'missing' }
  | { kind: 'expired'; exp: number }
  /** `iat` and `exp` of the oldest-ending list, in seconds. */
  | { kind: 'ready' | 'soon'; iat: number; exp: number };

export function readiness(
  named: readonly string[],
  held: (uri: string) => StatusList[],
  now: number,
): Readiness {
  let iat = Number.POSITIVE_INFINITY;
  let exp = Number.POSITIVE_INFINITY;
  for (const uri of named) {
    const newest = held(uri)[0];
    if (!newest) return { kind: 'missing' };
    iat = Math.min(iat, newest.iat);
    exp = Math.min(exp, newest.exp);
  }
  if (!Number.isFinite(exp)) return { kind: 'missing' };
  if (now >= exp) return { kind: 'expired', exp };
  return { kind: exp - now <= WARN_BEFORE_S ? 'soon' : 'ready', iat, exp };
}
