// The evidence a record keeps (PROFILE §9) must be what the verification actually used: the text
// as read, the trust list in the context, and the status list that decided step 10. A capturing
// context remembers which status lists verify() was handed, so nothing is looked up again later
// (a list fetched in between would otherwise slip in).
import { encodeBase64Url } from '../core/bytes';
import { statusAt, statusSignersFor } from '../core/status-list';
import type { StatusList, TrustList, VerifyContext, VerifyResult } from '../core/types';
import type { RecordEvidence } from './record-json';

/** What one verify() call ran with. */
export interface VerificationUse {
  /** The text verified, exactly as read. */
  input: string;
  /** The `now` of the context (seconds). */
  now: number;
  trustList: TrustList | null;
  /** Every status list verify() was handed, by URI. */
  statusLists: ReadonlyMap<string, readonly StatusList[]>;
}

export interface CapturingContext {
  context: VerifyContext;
  /** What the context handed out so far, for `input`. */
  use(input: string): VerificationUse;
}

/** Wraps a context so that the status lists verify() asks for are remembered. */
export function capturingContext(ctx: VerifyContext): CapturingContext {
  const handed = new Map<string, readonly StatusList[]>();
  const lookup = ctx.statusLists;
  const context: VerifyContext = { ...ctx };
  if (lookup)
    context.statusLists = (uri) => {
      const lists = lookup(uri);
      handed.set(uri, [...lists]);
      return lists;
    };
  return {
    context,
    use: (input) => ({ input, now: ctx.now, trustList: ctx.trustList, statusLists: handed }),
  };
}

/**
 * The status list that decided step 10 (PROFILE §6: its `iat` is `statusCheckedAt`): the first
 * usable list of the credential's URI with that `iat`, as core/status-decision.ts picks it.
 */
export function decidingStatusList(use: VerificationUse, result: VerifyResult): StatusList | undefined {
  const tl = use.trustList;
  const status = result.credential?.status;
  if (!tl || !status || result.statusCheckedAt === undefined) return undefined;
  const iat = Date.parse(result.statusCheckedAt) / 1000;
  return (use.statusLists.get(status.uri) ?? []).find(
    (l) =>
      l.uri === status.uri &&
      l.iat === iat &&
      use.now < l.exp &&
      statusAt(l.entries, 2, status.idx) !== undefined &&
      statusSignersFor(tl, status.uri, l.signerKid).length > 0,
  );
}

/** The record's `evidence`, or undefined when the check had no trust list (nothing signed to keep). */
export function recordEvidence(use: VerificationUse, result: VerifyResult): RecordEvidence | undefined {
  if (!use.trustList) return undefined;
  const evidence: RecordEvidence = {
    credential: use.input,
    trustList: encodeBase64Url(use.trustList.bytes),
  };
  const list = decidingStatusList(use, result);
  if (list) evidence.statusList = encodeBase64Url(list.bytes);
  return evidence;
}
