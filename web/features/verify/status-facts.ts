// What a result may say about status information, worked out from the result alone so the words
// can never claim more than verify() used.
import type { VerifyResult } from '../../../core/types';

export type StatusAgeView =
  /** The status step never ran (a tampered code, a wrong host): nothing to say about status. */
  | { kind: 'none' }
  /** The step ran but no usable list was held. */
  | { kind: 'unavailable' }
  /** `at` is the deciding list's own time (its `iat`, RFC 3339); `minutes` its age at the check. */
  | { kind: 'asOf'; at: string; minutes: number };

export function statusAgeView(result: VerifyResult, checkedAt: number): StatusAgeView {
  const at = result.statusCheckedAt;
  if (at) {
    // The list's own time is what the answer is "as of", not when this device downloaded it: a
    // list can be days old the minute it arrives. A time beyond what a Date holds is in the
    // future, so its age is none.
    const age = Math.floor((checkedAt - Date.parse(at)) / 60000);
    return { kind: 'asOf', at, minutes: Number.isFinite(age) ? Math.max(0, age) : 0 };
  }
  const step = result.checks.find((c) => c.name === 'status');
  return !step || step.result === 'skipped' ? { kind: 'none' } : { kind: 'unavailable' };
}

export type OfflineNote = 'offlineNote' | 'offlineNoteNoStatus' | 'offlineNoteTrustOnly' | 'offlineNoteBare';

/** Which offline note fits: it names only the stored data the result really rests on. */
export function offlineNoteFor(result: VerifyResult): OfflineNote {
  if (result.trustListSeq === null) return 'offlineNoteBare';
  const view = statusAgeView(result, 0);
  if (view.kind === 'asOf') return 'offlineNote';
  return view.kind === 'unavailable' ? 'offlineNoteNoStatus' : 'offlineNoteTrustOnly';
}
