// From a wallet result on screen to its record's JSON (PROFILE §8.9, §9): the dqc's §8.6 result
// with only the elements a record keeps, the §8.7 result when the identity check ran, what the
// employer typed, the app that checked — and no evidence (the wallet's response is not kept).
// Only a call made for a record (intentToRetain true for the record's elements) can give one;
// record/wallet-record.ts refuses any other. Pure, so it is tested without a browser.
import type { IdentityMatch } from '../../../core/mdoc/identity';
import type { DocRequest, WalletResult } from '../../../core/mdoc/types';
import type { RecordApp, WalletRecordJson } from '../../../record/record-json';
import { madeForRecord, makeWalletRecordJson } from '../../../record/wallet-record';
import type { RecordForm } from './record-request';

/** A wallet check as the result screen holds it: what a record of it is made from. */
export interface WalletRecordSubject {
  /** The dqc Document's §8.6 result (or the call's failure). */
  result: WalletResult;
  /** What the call asked for (PROFILE §8.3): decides whether a record may be made. */
  asked: DocRequest;
  /** ms since the epoch: the `now` the answer was verified with. */
  checkedAt: number;
  /** The §8.7 result, when the identity check ran beside it. */
  identity?: IdentityMatch | undefined;
}

/** Whether a record may be made of this check (the call told the wallet what is kept). */
export const canRecordWallet = (subject: Pick<WalletRecordSubject, 'asked'>) => madeForRecord(subject.asked);

export function walletRecordJsonFor(
  subject: WalletRecordSubject,
  form: RecordForm,
  app: RecordApp,
): WalletRecordJson {
  return makeWalletRecordJson({
    checkedAt: Math.floor(subject.checkedAt / 1000),
    result: subject.result,
    asked: subject.asked,
    ...(subject.identity && { identity: subject.identity }),
    minimal: form.minimal,
    app,
    operator: { checker: form.checker, office: form.office, note: form.note },
  });
}
