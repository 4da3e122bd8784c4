// verify(input, ctx): PROFILE §6, steps 1–11 in order. Pure: time, trust list and status lists
// come in through the context (like jose's jwtVerify with currentDate). Never throws.
import { bytesEqual } from './bytes';
import { type Claims, readClaims } from './claims';
import { checkDqcHeader, type DqcHeader, TYP_CREDENTIAL } from './cose/dqc-header';
import { parseSign1, type Sign1, sigStructure } from './cose/sign1';
import { sameKey } from './cose-key';
import { credentialView, rfc3339 } from './credential-view';
import { DQC_ALGORITHMS } from './crypto/algorithms';
import { QUALIFICATION_JA } from './qualifications';
import type { ReasonCode } from './reasons';
import { STATUS, statusAt, statusSignersFor } from './status-list';
import type {
  Check,
  CredentialView,
  PublicKey,
  Signer,
  StatusList,
  StepName,
  TrustList,
  VerifyContext,
  VerifyResult,
} from './types';
import { decodeCredentialValue, readCredentialUrl } from './url';

export const STEP_NAMES: readonly StepName[] = [
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
];
/** Tolerance for `iat` in the future and for the clock check (PROFILE §6 steps 9, 11). */
const CLOCK_SKEW = 300;
const STATUS_CODES: Record<number, ReasonCode> = {
  [STATUS.INVALID]: 'REVOKED',
  [STATUS.SUSPENDED]: 'SUSPENDED',
  [STATUS.DELETED]: 'DELETED',
};
/** Failures that make a result indeterminate rather than invalid (PROFILE §6). */
const SOFT: readonly ReasonCode[] = ['STATUS_UNAVAILABLE', 'CLOCK_SUSPECT'];

export async function verify(input: string, ctx: VerifyContext): Promise<VerifyResult> {
  const checks: Check[] = STEP_NAMES.map((name, i) => ({ step: i + 1, name, result: 'skipped' }));
  const trustList = ctx.trustList;
  if (!trustList) {
    return { verdict: 'indeterminate', reasons: ['TRUST_LIST_UNAVAILABLE'], checks, trustListSeq: null };
  }
  const run = new Run(checks);
  // Step 6 (WebCrypto) is the one asynchronous step; the others run synchronously around it.
  // Working out steps 7–10 while it runs was tried: measured here, no faster (bench/verify-speed).
  const read = run.beforeSignature(input, ctx, trustList);
  const outcome =
    'signers' in read
      ? run.afterSignature(read, await firstVerifyingSigner(read.signers, read.sign1), trustList, ctx)
      : read;
  const now = ctx.now;
  const listExpired = now >= trustList.exp;
  // Step 11 always runs.
  if (listExpired) run.fail(11, 'TRUST_LIST_EXPIRED');
  else if (outcome.clockSuspect) run.fail(11, 'CLOCK_SUSPECT');
  else run.pass(11);

  const result: VerifyResult = { verdict: 'valid', reasons: [], checks, trustListSeq: trustList.seq };
  const hard = checks.find(
    (c) => c.step <= 10 && c.result === 'fail' && !SOFT.includes(c.code as ReasonCode),
  );
  if (hard?.code) {
    result.verdict = 'invalid';
    result.reasons = [hard.code];
  } else {
    if (checks[9]?.code === 'STATUS_UNAVAILABLE') result.reasons.push('STATUS_UNAVAILABLE');
    if (listExpired) result.reasons.push('TRUST_LIST_EXPIRED');
    if (outcome.clockSuspect) result.reasons.push('CLOCK_SUSPECT');
    if (result.reasons.length > 0) result.verdict = 'indeterminate';
  }
  if (outcome.credential) result.credential = outcome.credential;
  if (outcome.statusCheckedAt) result.statusCheckedAt = outcome.statusCheckedAt;
  return result;
}

/** What steps 1–5 hand to step 6. */
interface Signed {
  sign1: Sign1;
  /** The trust list's signers with the token's kid (step 5), in list order. */
  signers: Signer[];
  outcome: Outcome;
}

interface Outcome {
  /** Present exactly when steps 6 and 7 passed (PROFILE §6). */
  credential?: CredentialView;
  statusCheckedAt?: string;
  clockSuspect: boolean;
}

class Run {
  constructor(private readonly checks: Check[]) {}

  pass(step: number): void {
    (this.checks[step - 1] as Check).result = 'pass';
  }

  fail(step: number, code: ReasonCode): void {
    const check = this.checks[step - 1] as Check;
    check.result = 'fail';
    check.code = code;
  }

  /**
   * Steps 1–5, synchronous. A failed step skips the steps that need its output (PROFILE §6):
   * returns the outcome when one failed, otherwise what step 6 needs.
   */
  beforeSignature(input: string, ctx: VerifyContext, tl: TrustList): Outcome | Signed {
    const seen = Math.max(ctx.seenIat ?? 0, tl.iat);
    const outcome: Outcome = { clockSuspect: ctx.now + CLOCK_SKEW < seen };

    const url = readCredentialUrl(typeof input === 'string' ? input : '', tl.hosts);
    if (!url.ok) {
      this.fail(1, url.code);
      return outcome;
    }
    this.pass(1);
    const bytes = decodeCredentialValue(url.value, url.base64url);
    if (!bytes) {
      this.fail(2, 'MALFORMED_ENCODING');
      return outcome;
    }
    this.pass(2);
    let sign1: Sign1;
    let header: DqcHeader;
    try {
      sign1 = parseSign1(bytes);
      header = checkDqcHeader(sign1, TYP_CREDENTIAL, false);
    } catch {
      this.fail(3, 'MALFORMED_COSE');
      return outcome;
    }
    this.pass(3);
    const algOk = typeof header.alg === 'number' && DQC_ALGORITHMS.includes(header.alg);
    if (algOk) this.pass(4);
    else this.fail(4, 'UNSUPPORTED_ALG');
    const candidates = tl.signers.filter((s) => bytesEqual(s.kid, header.kid));
    if (candidates.length > 0) this.pass(5);
    else this.fail(5, 'UNKNOWN_SIGNER');
    if (!algOk || candidates.length === 0) return outcome;
    return { sign1, signers: candidates, outcome };
  }

  /** Step 6's result, then steps 7–10 for the signer whose signature verified. */
  afterSignature(
    { sign1, outcome }: Signed,
    signer: Signer | undefined,
    tl: TrustList,
    ctx: VerifyContext,
  ): Outcome {
    if (!signer) {
      this.fail(6, 'BAD_SIGNATURE');
      return outcome;
    }
    this.pass(6);
    const claims = readClaims(sign1.payload);
    if (!claims) {
      this.fail(7, 'MALFORMED_CLAIMS');
      return outcome;
    }
    this.pass(7);
    outcome.credential = credentialView(claims, signer);

    const uri = claims.status.uri;
    const lists: StatusList[] = [];
    for (const l of ctx.statusLists?.(uri) ?? []) {
      if (l.uri !== uri) continue;
      lists.push(l);
      if (ctx.now + CLOCK_SKEW < l.iat) outcome.clockSuspect = true;
    }

    this.issuer(claims, signer);
    if (!this.time(claims, signer, ctx.now, outcome.clockSuspect)) return outcome;
    const decided = this.status(claims, tl, lists, ctx.now);
    if (decided !== undefined) outcome.statusCheckedAt = rfc3339(decided);
    return outcome;
  }

  /** Step 8. */
  private issuer(claims: Claims, signer: Signer): void {
    const { code, qualificationName } = claims.dqc;
    if (claims.iss !== signer.iss) this.fail(8, 'ISSUER_MISMATCH');
    else if (signer.quals && !signer.quals.includes(code)) this.fail(8, 'QUALIFICATION_NOT_ALLOWED');
    else if (code <= 84 && QUALIFICATION_JA[code - 1] !== qualificationName)
      this.fail(8, 'QUALIFICATION_NOT_ALLOWED');
    else this.pass(8);
  }

  /** Step 9. Returns whether step 10 may run. */
  private time(claims: Claims, signer: Signer, now: number, clockSuspect: boolean): boolean {
    const expired = claims.exp !== undefined && now >= claims.exp;
    if (claims.iat < signer.nbf || claims.iat > signer.exp) this.fail(9, 'SIGNER_NOT_VALID');
    else if (signer.revoked !== undefined && signer.revoked <= now) this.fail(9, 'SIGNER_REVOKED');
    else if (claims.iat > now + CLOCK_SKEW) {
      // With a suspect clock NOT_YET_VALID becomes CLOCK_SUSPECT, and exp is still checked.
      if (!clockSuspect) this.fail(9, 'NOT_YET_VALID');
      else if (expired) this.fail(9, 'EXPIRED');
      else {
        this.fail(9, 'CLOCK_SUSPECT');
        return true;
      }
    } else if (expired) this.fail(9, 'EXPIRED');
    else {
      this.pass(9);
      return true;
    }
    return false;
  }

  /** Step 10: the newest usable list decides. Returns the deciding list's `iat`. */
  private status(
    claims: Claims,
    tl: TrustList,
    lists: readonly StatusList[],
    now: number,
  ): number | undefined {
    const { uri, idx } = claims.status;
    // The first usable list of the latest iat; another usable one of that iat with other entries
    // leaves the URI with no usable list (PROFILE §5).
    let newest: StatusList | undefined;
    let conflict = false;
    if (tl.statusLists.includes(uri)) {
      for (const l of lists) {
        if (now >= l.exp || statusAt(l.entries, 2, idx) === undefined) continue;
        if (statusSignersFor(tl, uri, l.signerKid).length === 0) continue;
        if (!newest || l.iat > newest.iat) {
          newest = l;
          conflict = false;
        } else if (l.iat === newest.iat && !bytesEqual(l.entries, newest.entries)) conflict = true;
      }
    }
    if (!newest || conflict) {
      this.fail(10, 'STATUS_UNAVAILABLE');
      return undefined;
    }
    const code = STATUS_CODES[statusAt(newest.entries, 2, idx) as number];
    if (code) this.fail(10, code);
    else this.pass(10);
    return newest.iat;
  }
}

/** PROFILE §4: with several signers sharing a kid, the first whose key verifies applies. */
async function firstVerifyingSigner(candidates: Signer[], sign1: Sign1): Promise<Signer | undefined> {
  const data = sigStructure(sign1);
  const failed: PublicKey[] = [];
  for (const signer of candidates) {
    if (failed.some((key) => sameKey(key, signer.key))) continue;
    if (await signer.key.handle.verify(sign1.signature, data)) return signer;
    failed.push(signer.key);
  }
  return undefined;
}
