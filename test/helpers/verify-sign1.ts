// Generic strict COSE_Sign1 verification (RFC 9052 §4.2, §4.4) for profiles other than DQC's own
// header rules (dqc-header.ts): the conformance suites (cose-wg, EU DCC, Token Status List). A
// profile says only which envelopes and header placements it tolerates; the algorithm comes from
// the one table (algorithms.ts) and the key's curve binding is enforced by importVerifyKey.

import { parseSign1, type Sign1, sigStructure } from '../../core/cose/sign1';
import { ALGORITHMS } from '../../core/crypto/algorithms';
import type { VerifyKey } from '../../core/types';

export interface Sign1Profile {
  /** CBOR tags accepted by the decoder (default [18]). */
  tags?: readonly number[];
  allowUntagged?: boolean;
  /** Accept CWT tag 61 around tag 18 (RFC 8392 §6). */
  allowCwtTag?: boolean;
  /** Take `alg` from the unprotected header when the protected one lacks it (EU DCC tolerates it). */
  algInUnprotected?: boolean;
  /** Take `kid` from the unprotected header when the protected one lacks it (a hint, RFC 9052 §3.1). */
  kidInUnprotected?: boolean;
  /** external_aad of the Sig_structure (RFC 9052 §4.3); default empty. */
  externalAad?: Uint8Array;
}

export type Sign1Failure = 'malformed' | 'unsupported-alg' | 'key' | 'bad-signature';
export type Sign1Result =
  | { ok: true; payload: Uint8Array; alg: number; kid?: Uint8Array }
  | { ok: false; reason: Sign1Failure };

/** Returns the key for (alg, kid) — normally via importVerifyKey — or throws when there is none. */
export type ResolveKey = (alg: number, kid: Uint8Array | undefined) => VerifyKey | Promise<VerifyKey>;

const ALG = 1;
const CRIT = 2;
const KID = 4;

/** Never throws: every failure is one of four reasons. */
export async function verifySign1(
  bytes: Uint8Array,
  resolveKey: ResolveKey,
  profile: Sign1Profile = {},
): Promise<Sign1Result> {
  const fail = (reason: Sign1Failure): Sign1Result => ({ ok: false, reason });
  let sign1: Sign1;
  try {
    sign1 = parseSign1(bytes, profile);
  } catch {
    return fail('malformed');
  }
  const { protectedHeader: p, unprotected: u } = sign1;
  // RFC 9052 §3.1: we understand no `crit` extension. A label in both buckets (RFC 9052 §3 says
  // MUST NOT) is tolerated with the protected value winning: EU DCC CO21 expects exactly that.
  if (p.has(CRIT)) return fail('malformed');
  // Other labels (e.g. a Countersignature0, label 9) are ignored: they are not signed over here.
  const alg = p.has(ALG) ? p.get(ALG) : profile.algInUnprotected ? u.get(ALG) : undefined;
  const kid = p.has(KID) ? p.get(KID) : profile.kidInUnprotected ? u.get(KID) : undefined;
  if (alg === undefined || (kid !== undefined && !(kid instanceof Uint8Array))) return fail('malformed');
  // alg may be an int or a text (RFC 9052 §3.1); only rows of the table are accepted.
  if (typeof alg !== 'number' || !ALGORITHMS.has(alg)) return fail('unsupported-alg');
  let key: VerifyKey;
  try {
    key = await resolveKey(alg, kid);
  } catch {
    return fail('key');
  }
  // The Sig_structure is built from the protected bstr and payload as received (never re-encoded).
  const data = sigStructure(sign1, profile.externalAad);
  const verified = await Promise.resolve()
    .then(() => key.verify(sign1.signature, data))
    .catch(() => false);
  if (!verified) return fail('bad-signature');
  return kid === undefined
    ? { ok: true, payload: sign1.payload, alg }
    : { ok: true, payload: sign1.payload, alg, kid };
}
