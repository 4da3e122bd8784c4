// verify(input, ctx): PROFILE §6, steps 1–11 in the profile's order, each step named as the
// profile names it. Pure: time, trust list and status lists come in through the context (like
// jose's jwtVerify with currentDate). Never throws.
import { bytesEqual } from './bytes';
import { type Claims, readClaims } from './claims';
import { CLOCK_SKEW, clockSuspect } from './clock';
import { checkDqcHeader, type DqcHeader, TYP_CREDENTIAL } from './cose/dqc-header';
import { parseSign1, type Sign1, sigStructure } from './cose/sign1';
import { sameKey } from './cose-key';
import { credentialView, rfc3339 } from './credential-view';
import { DQC_ALGORITHMS } from './crypto/algorithms';
import { QUALIFICATION_JA } from './qualifications';
import type { ReasonCode } from './reasons';
import { decideStatus } from './status-decision';
import { type Check, SOFT_FAILURES, StepLog } from './steps';
import type { PublicKey, Signer, StatusList, TrustList, VerifyContext, VerifyResult } from './types';
import { decodeCredentialValue, readCredentialUrl } from './url';

export { STEPS as STEP_NAMES } from './steps';

export async function verify(input: string, ctx: VerifyContext): Promise<VerifyResult> {
  const log = new StepLog();
  const trustList = ctx.trustList;
  if (!trustList) {
    // PROFILE §6: no verified trust list — every check skipped.
    return {
      verdict: 'indeterminate',
      reasons: ['TRUST_LIST_UNAVAILABLE'],
      checks: log.checks,
      trustListSeq: null,
    };
  }
  const found: Found = { clockSuspect: clockSuspect(ctx.now, ctx.seenIat, trustList) };
  // Steps 1–5 run synchronously; step 6 (WebCrypto) is the one asynchronous step. Working out
  // steps 7–10 while it runs was tried: measured no faster here (bench/verify-speed).
  const signed = readSigned(log, typeof input === 'string' ? input : '', trustList);
  if (signed) {
    const signer = await firstVerifyingSigner(signed.signers, signed.sign1);
    if (!signer) log.fail('signature', 'BAD_SIGNATURE');
    else {
      log.pass('signature');
      checkClaims(log, found, signed.sign1, signer, trustList, ctx);
    }
  }
  // Step 11 always runs.
  const trustListExpired = ctx.now >= trustList.exp;
  if (trustListExpired) log.fail('trust', 'TRUST_LIST_EXPIRED');
  else if (found.clockSuspect) log.fail('trust', 'CLOCK_SUSPECT');
  else log.pass('trust');

  const { verdict, reasons } = verdictOf(log.checks, trustListExpired, found.clockSuspect);
  const out: VerifyResult = { verdict, reasons, checks: log.checks, trustListSeq: trustList.seq };
  if (found.credential) out.credential = found.credential;
  if (found.statusCheckedAt !== undefined) out.statusCheckedAt = rfc3339(found.statusCheckedAt);
  return out;
}

/** What the steps found beyond their checks. */
interface Found {
  /** Present exactly when steps 6 and 7 passed (PROFILE §6). */
  credential?: VerifyResult['credential'];
  /** The deciding status list's `iat` (step 10). */
  statusCheckedAt?: number;
  /**
   * Step 11's clock input. Known before step 9, which needs it: with a suspect clock a
   * NOT_YET_VALID becomes CLOCK_SUSPECT and step 10 still runs.
   */
  clockSuspect: boolean;
}

/**
 * PROFILE §6 "Verdict and reasons": invalid on the first failure of steps 1–10 other than
 * STATUS_UNAVAILABLE or CLOCK_SUSPECT; otherwise indeterminate when any of STATUS_UNAVAILABLE,
 * TRUST_LIST_EXPIRED, CLOCK_SUSPECT applies (in that order); otherwise valid.
 */
export function verdictOf(
  checks: readonly Check[],
  trustListExpired: boolean,
  clockIsSuspect: boolean,
): Pick<VerifyResult, 'verdict' | 'reasons'> {
  let statusUnavailable = false;
  for (const c of checks) {
    if (c.result !== 'fail' || !c.code) continue;
    if (c.step <= 10 && !SOFT_FAILURES.includes(c.code)) return { verdict: 'invalid', reasons: [c.code] };
    if (c.code === 'STATUS_UNAVAILABLE') statusUnavailable = true;
  }
  const reasons: ReasonCode[] = [];
  if (statusUnavailable) reasons.push('STATUS_UNAVAILABLE');
  if (trustListExpired) reasons.push('TRUST_LIST_EXPIRED');
  if (clockIsSuspect) reasons.push('CLOCK_SUSPECT');
  return { verdict: reasons.length > 0 ? 'indeterminate' : 'valid', reasons };
}

/** What steps 1–5 hand to step 6. */
interface Signed {
  sign1: Sign1;
  /** The trust list's signers with the token's kid (step 5), in list order. */
  signers: Signer[];
}

/**
 * Steps 1–5. A failed step skips the steps that need its output (PROFILE §6: 2←1, 3←2, 4←3,
 * 5←3, 6←4,5): returns what step 6 needs, or nothing when it cannot run.
 */
function readSigned(log: StepLog, input: string, tl: TrustList): Signed | undefined {
  const url = readCredentialUrl(input, tl.hosts);
  if (!url.ok) return void log.fail('url', url.code);
  log.pass('url');
  const bytes = decodeCredentialValue(url.value, url.base64url);
  if (!bytes) return void log.fail('encoding', 'MALFORMED_ENCODING');
  log.pass('encoding');
  let sign1: Sign1;
  let header: DqcHeader;
  try {
    sign1 = parseSign1(bytes);
    header = checkDqcHeader(sign1, TYP_CREDENTIAL, false);
  } catch {
    return void log.fail('cose', 'MALFORMED_COSE');
  }
  log.pass('cose');
  const algOk = typeof header.alg === 'number' && DQC_ALGORITHMS.includes(header.alg);
  if (algOk) log.pass('alg');
  else log.fail('alg', 'UNSUPPORTED_ALG');
  const signers = tl.signers.filter((s) => bytesEqual(s.kid, header.kid));
  if (signers.length > 0) log.pass('signer');
  else log.fail('signer', 'UNKNOWN_SIGNER');
  return algOk && signers.length > 0 ? { sign1, signers } : undefined;
}

/** Steps 7–10 for the signer whose signature verified (7←6, 8←6,7, 9←6,7, 10←9). */
function checkClaims(
  log: StepLog,
  found: Found,
  sign1: Sign1,
  signer: Signer,
  tl: TrustList,
  ctx: VerifyContext,
): void {
  const claims = readClaims(sign1.payload);
  if (!claims) {
    log.fail('claims', 'MALFORMED_CLAIMS');
    return;
  }
  log.pass('claims');
  found.credential = credentialView(claims, signer);
  const lists: readonly StatusList[] =
    ctx.statusLists?.(claims.status.uri).filter((l) => l.uri === claims.status.uri) ?? [];
  // The status lists at hand count for the clock too (PROFILE §6 step 11).
  found.clockSuspect ||= clockSuspect(ctx.now, 0, tl, lists);
  checkIssuer(log, claims, signer);
  const time = checkTime(claims, signer, ctx.now, found.clockSuspect);
  if (time) log.fail('time', time);
  else log.pass('time');
  if (time !== undefined && time !== 'CLOCK_SUSPECT') return; // 10←9
  const decision = decideStatus(tl, claims.status, lists, ctx.now);
  if (decision.code) log.fail('status', decision.code);
  else log.pass('status');
  found.statusCheckedAt = decision.iat;
}

/** Step 8: the signer's `iss`, then its `quals` and the name bound to codes 1–84. */
function checkIssuer(log: StepLog, claims: Claims, signer: Signer): void {
  const { code, qualificationName } = claims.dqc;
  if (claims.iss !== signer.iss) log.fail('issuer', 'ISSUER_MISMATCH');
  else if (signer.quals && !signer.quals.includes(code)) log.fail('issuer', 'QUALIFICATION_NOT_ALLOWED');
  else if (code <= 84 && QUALIFICATION_JA[code - 1] !== qualificationName)
    log.fail('issuer', 'QUALIFICATION_NOT_ALLOWED');
  else log.pass('issuer');
}

/**
 * Step 9, checks in the order written; returns the step's code, or undefined when it passes.
 * With a suspect clock NOT_YET_VALID becomes CLOCK_SUSPECT, and `exp` is still checked.
 */
function checkTime(claims: Claims, signer: Signer, now: number, suspect: boolean): ReasonCode | undefined {
  const expired = claims.exp !== undefined && now >= claims.exp;
  if (claims.iat < signer.nbf || claims.iat > signer.exp) return 'SIGNER_NOT_VALID';
  if (signer.revoked !== undefined && signer.revoked <= now) return 'SIGNER_REVOKED';
  if (claims.iat > now + CLOCK_SKEW) {
    if (!suspect) return 'NOT_YET_VALID';
    return expired ? 'EXPIRED' : 'CLOCK_SUSPECT';
  }
  return expired ? 'EXPIRED' : undefined;
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
