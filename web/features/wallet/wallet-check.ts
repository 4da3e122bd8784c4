// One wallet call from the page (PROFILE §8.3–§8.7), loaded only when a wallet button is pressed:
// a fresh request (P-256 key pair, private key non-extractable, 16-byte nonce), the DC API call,
// the §8.6 verification of the answer with what the app holds (trust list, status lists, clock
// floor) and, for a My Number Card, the §8.7 identity match with the DQC on screen. The status
// lists a dqc may need are fetched while the person is in the wallet: the answer is opened once
// (the key is dropped then), so nothing can be re-checked afterwards. Nothing from the answer is
// stored, logged, sent or cached (§8.9): the outcome lives in page memory only — apart from a §9
// record the operator asks for, which needs a call made for it (`forRecord`: the request tells the
// holder's wallet which five elements will be kept, intentToRetain true; §8.9).

import { DQC_DOCTYPE, dqcRequest, MNC_DOCTYPE, mncRequest } from '../../../core/mdoc/doctypes';
import { type IdentityMatch, matchIdentity } from '../../../core/mdoc/identity';
import { canRequest } from '../../../core/mdoc/offer';
import type { DocRequest, WalletContext, WalletResult } from '../../../core/mdoc/types';
import { verifyWalletResponse } from '../../../core/mdoc/verify-wallet';
import { makeWalletRequest } from '../../../core/mdoc/wallet-request';
import type { TrustList, VerifyResult } from '../../../core/types';
import { needsRefresh, refreshStatusList, statusListsFor } from '../status/status-store';
import { largestSeenIat } from '../trust/clock';
import { trustState } from '../trust/trust-store';
import { requestFromWallet } from './dc-api';

export type WalletDocType = typeof DQC_DOCTYPE | typeof MNC_DOCTYPE;

export type WalletCheck =
  /**
   * The wallet answered: one §8.6 result per Document (one with docType null when steps 1–3
   * failed); `checkedAt` (ms) is the `now` they were verified with; `asked`, what the call asked.
   */
  | {
      kind: 'answered';
      results: WalletResult[];
      checkedAt: number;
      asked: DocRequest;
      identity?: IdentityMatch;
    }
  /** The person closed the wallet, or it gave no answer in time. */
  | { kind: 'cancelled' }
  /** No trust list, or none listing an IACA for the doctype (the page offers no request then). */
  | { kind: 'unavailable' };

/** A wallet call that was answered (the result screens take it). */
export type WalletAnswer = Extract<WalletCheck, { kind: 'answered' }>;

/** Every status list the trust list names that is due, fetched (online; failures leave the held one). */
function freshenStatusLists(trustList: TrustList): Promise<unknown> {
  if (typeof navigator !== 'undefined' && navigator.onLine === false) return Promise.resolve();
  const due = trustList.statusLists.filter((uri) => needsRefresh(uri));
  return Promise.allSettled(due.map((uri) => refreshStatusList(uri, trustList)));
}

const context = (trustList: TrustList): WalletContext => ({
  now: Math.floor(Date.now() / 1000),
  trustList,
  seenIat: largestSeenIat(),
  statusLists: statusListsFor,
});

/** The DQC result of a wallet call: the first `jp.go.nqs.dqc.1` Document, else the first result. */
export const dqcResultOf = (results: readonly WalletResult[]): WalletResult | undefined =>
  results.find((r) => r.docType === DQC_DOCTYPE) ?? results[0];

/** The mnc result of a wallet call: its `org.iso.23220.1.jp.mnc` Document, else the call's failure. */
export const mncResultOf = (results: readonly WalletResult[]): WalletResult | undefined =>
  results.find((r) => r.docType === MNC_DOCTYPE) ?? results[0];

/**
 * Asks the wallet for `docType` (from a click) and verifies its answer. With `dqc`, the DQC on
 * screen, a My Number Card answer also gets the identity match. `forRecord`: a dqc call made for a
 * §9 record (PROFILE §8.9).
 */
export async function checkWithWallet(
  docType: WalletDocType,
  dqc?: VerifyResult | WalletResult,
  options: { forRecord?: boolean } = {},
): Promise<WalletCheck> {
  const trustList = trustState().list;
  if (!trustList || !canRequest(trustList, docType)) return { kind: 'unavailable' };
  const asked =
    docType === MNC_DOCTYPE ? mncRequest() : dqcRequest({ forRecord: options.forRecord === true });
  const { request, call } = await makeWalletRequest(docType, asked.nameSpaces, location.origin);
  const statusReady = docType === DQC_DOCTYPE ? freshenStatusLists(trustList) : Promise.resolve();
  let answer: Awaited<ReturnType<typeof requestFromWallet>>;
  try {
    answer = await requestFromWallet(request);
  } catch {
    call.takeKey(); // dropped: this call is over (§8.4)
    return { kind: 'cancelled' };
  }
  if (!answer) {
    call.takeKey();
    return { kind: 'cancelled' };
  }
  await statusReady;
  const ctx = context(trustList);
  const results = await verifyWalletResponse(answer.data?.response, call, ctx);
  const outcome: WalletCheck = { kind: 'answered', results, checkedAt: ctx.now * 1000, asked };
  const mnc = mncResultOf(results);
  if (docType === MNC_DOCTYPE && dqc && mnc) outcome.identity = matchIdentity(dqc, mnc);
  return outcome;
}
