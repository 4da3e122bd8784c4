// Steps 4–14 of PROFILE §8.6 for one Document, after steps 1–3 passed. Each step runs only when
// the steps it needs passed (steps.ts); step 14 always runs. The status lists of a dqc MSO count
// for the clock check once its signature verified (step 8), as verify() counts a credential's.
import { clockSuspect } from '../clock';
import { rfc3339 } from '../credential-view';
import { decideStatus } from '../status-decision';
import type { StatusList } from '../types';
import { mdocAlgorithm } from './algorithms';
import { checkDeviceAuth } from './device-auth';
import type { MdocDocument } from './device-response';
import { checkDigests } from './digests';
import { DQC_DOCTYPE } from './doctypes';
import { checkDsSigner } from './ds-signer';
import { checkElements } from './element-check';
import type { Iaca } from './iaca';
import { type IssuerAuth, readIssuerAuth } from './issuer-auth';
import { verifyIssuerSignature } from './issuer-signature';
import { mdocView } from './mdoc-view';
import type { Steps } from './steps';
import { checkTime } from './time-check';
import type { DocRequest, WalletContext, WalletResult, WalletTrustList } from './types';

export interface DocumentInputs {
  ctx: WalletContext;
  trustList: WalletTrustList;
  /** What the call requested (step 4, step 11's presence, the `mdoc` elements). */
  requests: readonly DocRequest[];
  /** SessionTranscript CBOR bytes, embedded as they are in DeviceAuthenticationBytes. */
  sessionTranscript: Uint8Array;
  /** ECDH private key for a deviceMac (CLI `--reader-key` only). */
  readerKey?: CryptoKey;
}

export async function verifyDocument(
  doc: MdocDocument,
  steps: Steps,
  inputs: DocumentInputs,
): Promise<WalletResult> {
  const { ctx, trustList } = inputs;
  const now = ctx.now;
  const result: Partial<WalletResult> = {};
  let lists: StatusList[] = [];

  // Step 4.
  const request = inputs.requests.find((r) => r.docType === doc.docType);
  steps.record(4, request ? undefined : 'DOCTYPE_NOT_REQUESTED');
  // Step 5.
  let auth: IssuerAuth | null = null;
  if (steps.mayRun(5)) {
    auth = readIssuerAuth(doc.issuerAuth);
    steps.record(5, auth ? undefined : 'MALFORMED_MDOC');
  }
  // Steps 6 and 7.
  const alg = auth && steps.mayRun(6) ? mdocAlgorithm(auth.alg, auth.ds.curve) : null;
  if (auth && steps.mayRun(6)) steps.record(6, alg ? undefined : 'UNSUPPORTED_ALG');
  let iaca: Iaca | undefined;
  if (auth && steps.mayRun(7)) {
    const signer = await checkDsSigner(auth.ds, doc.docType, trustList.iacas ?? []);
    if (signer.ok) iaca = signer.iaca;
    steps.record(7, signer.ok ? undefined : signer.code);
  }
  // Step 8.
  if (auth && alg && steps.mayRun(8)) {
    steps.record(8, (await verifyIssuerSignature(auth, alg)) ? undefined : 'BAD_SIGNATURE');
    const status = auth.mso.status;
    if (steps.passed(8) && status && doc.docType === DQC_DOCTYPE)
      lists = (ctx.statusLists?.(status.uri) ?? []).filter((l) => l.uri === status.uri);
  }
  const suspect = clockSuspect(now, ctx.seenIat, trustList, lists);
  // Steps 9–11.
  if (auth && steps.mayRun(9)) steps.record(9, await checkDigests(doc, auth.mso));
  if (auth && steps.mayRun(10)) {
    const deviceOk = await checkDeviceAuth(
      doc,
      auth.mso.deviceKey,
      inputs.sessionTranscript,
      inputs.readerKey,
    );
    steps.record(10, deviceOk ? undefined : 'DEVICE_AUTH_FAILED');
  }
  if (auth && iaca && steps.mayRun(11)) steps.record(11, checkElements(doc, iaca));
  // Steps 12 and 13.
  if (auth && iaca && steps.mayRun(12)) steps.record(12, checkTime(auth.mso, auth.ds, iaca, now, suspect));
  if (auth && doc.docType === DQC_DOCTYPE && steps.mayRun(13)) {
    const status = auth.mso.status;
    const decided = status
      ? decideStatus(trustList, status, lists, now)
      : { code: 'STATUS_UNAVAILABLE' as const };
    steps.record(13, decided.code);
    if (decided.iat !== undefined) result.statusCheckedAt = rfc3339(decided.iat);
  }
  if (auth && iaca && request && steps.passed(8) && steps.passed(9))
    result.mdoc = mdocView(doc, auth, iaca, request);
  return finish(steps, doc.docType, trustList, now, suspect, result);
}

/** Step 14 (always runs) and the verdict; shared with the results of steps 1–3. */
export function finish(
  steps: Steps,
  docType: string | null,
  trustList: WalletTrustList,
  now: number,
  suspect: boolean,
  extra: Partial<WalletResult> = {},
): WalletResult {
  const listExpired = now >= trustList.exp;
  steps.record(14, listExpired ? 'TRUST_LIST_EXPIRED' : suspect ? 'CLOCK_SUSPECT' : undefined);
  const { verdict, reasons } = steps.verdict(listExpired, suspect);
  // Members in the profile's order: docType, verdict, reasons, checks, mdoc?, statusCheckedAt?, trustListSeq.
  return {
    docType,
    verdict,
    reasons,
    checks: steps.checks,
    ...(extra.mdoc ? { mdoc: extra.mdoc } : {}),
    ...(extra.statusCheckedAt ? { statusCheckedAt: extra.statusCheckedAt } : {}),
    trustListSeq: trustList.seq,
  };
}
