// Runs the core's verify() with what the app holds: the trust list, cached status lists, the
// clock floor. When the deciding status list is stale and the network is there, it fetches that
// one list (only its URL leaves the device) and verifies again.
import type { VerifyResult } from '../../../core/types';
import { verify } from '../../../core/verify';
import { capturingContext, type VerificationUse } from '../../../record/evidence';
import { recordCheck } from '../log/log-store';
import { networkAway } from '../status/fetch-signed';
import { needsRefresh, refreshStatusList, statusListsFor } from '../status/status-store';
import { clockLooksWrong, largestSeenIat } from '../trust/clock';
import { refreshTrustList, trustState } from '../trust/trust-store';
import type { InputSource } from './input-kind';
import type { PdfReport } from './pdf-report';

export interface Outcome {
  result: VerifyResult;
  /** ms since the epoch. */
  checkedAt: number;
  offline: boolean;
  /** Online, but the network gave no answer a moment ago: the held status list decided. */
  unanswered: boolean;
  clockWarning: boolean;
  /** A code read from a PDF: the document check (PROFILE §6.1) and the print quality. */
  pdf?: PdfReport;
  /** Where the input came from (the record, and advice that fits the input). */
  source: InputSource;
  /** What the verification used: the record's evidence (PROFILE §9, web/features/record). */
  evidence: VerificationUse;
}

const nowSeconds = () => Math.floor(Date.now() / 1000);

/** Remembers the status lists verify() is handed, for the record's evidence. */
function context() {
  return capturingContext({
    now: nowSeconds(),
    trustList: trustState().list,
    seenIat: largestSeenIat(),
    statusLists: statusListsFor,
  });
}

/**
 * Failures a newer trust list may undo: a signer, host or status list added since it was fetched,
 * or the held list expired. Online, the trust list is asked for again before such a verdict is
 * shown (between the half-hourly refreshes), so a genuine certificate is not shown as invalid.
 */
const TRUST_REASONS = new Set([
  'UNKNOWN_SIGNER',
  'UNTRUSTED_HOST',
  'TRUST_LIST_EXPIRED',
  'STATUS_UNAVAILABLE',
]);

export async function verifyText(text: string, source: InputSource): Promise<Outcome> {
  // Each verification's context is kept: the last one is what the result shown used.
  let used = context();
  const check = () => {
    used = context();
    return verify(text, used.context);
  };
  let result = await check();
  const offline = typeof navigator !== 'undefined' && navigator.onLine === false;
  // A failure a newer trust list may undo is always asked about: better a wait than a genuine
  // certificate shown as invalid.
  if (!offline && result.reasons.some((r) => TRUST_REASONS.has(r)) && (await refreshTrustList()))
    result = await check();
  const trustList = trustState().list;
  const uri = result.credential?.status.uri;
  let unanswered = false;
  if (uri && trustList && !offline && needsRefresh(uri)) {
    // A network that gave no answer a moment ago (a captive Wi-Fi): each check would wait for
    // the fetch's timeout. A usable held list decides at once instead (its age is shown); the
    // list is still asked for in the background, for the next check.
    const waitless = networkAway() && statusListsFor(uri).some((l) => l.exp > nowSeconds());
    const refreshed = refreshStatusList(uri, trustList);
    if (!waitless && (await refreshed)) result = await check();
    // Said only when a held list really decided because the network gave no answer.
    unanswered = networkAway() && result.statusCheckedAt !== undefined;
  }
  const outcome: Outcome = {
    result,
    checkedAt: Date.now(),
    offline,
    unanswered,
    clockWarning: clockLooksWrong() || result.reasons.includes('CLOCK_SUSPECT'),
    source,
    evidence: used.use(text),
  };
  void recordCheck(result);
  return outcome;
}
