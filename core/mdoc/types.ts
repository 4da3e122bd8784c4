// Public shapes of wallet verification (PROFILE §8.6): the 14 steps, the result per Document and
// the context. The context is verify()'s (core/types.ts) with a trust list that may carry `iacas`
// (PROFILE §8.2) until the lead adds that field to TrustList itself.
import type { Verdict } from '../reasons';
import type { TrustList, VerifyContext } from '../types';
import type { WalletReasonCode } from './reasons';

export type WalletStepName =
  | 'response'
  | 'decrypt'
  | 'device-response'
  | 'doctype'
  | 'cose'
  | 'alg'
  | 'signer'
  | 'signature'
  | 'digests'
  | 'device'
  | 'elements'
  | 'time'
  | 'status'
  | 'trust';

export const WALLET_STEP_NAMES: readonly WalletStepName[] = [
  'response',
  'decrypt',
  'device-response',
  'doctype',
  'cose',
  'alg',
  'signer',
  'signature',
  'digests',
  'device',
  'elements',
  'time',
  'status',
  'trust',
];

export interface WalletCheck {
  step: number;
  name: WalletStepName;
  result: 'pass' | 'fail' | 'skipped';
  code?: WalletReasonCode;
}

/** A shown element value: full-date → "YYYY-MM-DD", tdate → text, bstr → b64u, maps → objects. */
export type ElementValue =
  | string
  | number
  | boolean
  | null
  | ElementValue[]
  | { [key: string]: ElementValue };

/** `mdoc` of a result (PROFILE §8.6): present exactly when steps 8 and 9 passed. */
export interface MdocView {
  docType: string;
  signed: string;
  validFrom: string;
  validUntil: string;
  /** Iaca.name: the verified issuer. */
  issuer: string;
  /** Lower-case hex of the DS serialNumber contents octets exactly as in the DER. */
  dsSerial: string;
  status?: { idx: number; uri: string };
  /** Only elements that were requested and whose digests verified. */
  elements: Record<string, Record<string, ElementValue>>;
}

/** PROFILE §8.6 result, one per Document (one with docType null when steps 1–3 fail). */
export interface WalletResult {
  docType: string | null;
  verdict: Verdict;
  reasons: WalletReasonCode[];
  checks: WalletCheck[];
  mdoc?: MdocView;
  /** RFC 3339 UTC: the `iat` of the status list that decided step 13. */
  statusCheckedAt?: string;
  trustListSeq: number | null;
}

/** A verified trust list; its `iacas` are the IACA roots of PROFILE §8.2. */
export type WalletTrustList = TrustList;

export interface WalletContext extends Omit<VerifyContext, 'trustList'> {
  trustList: WalletTrustList | null;
}

/**
 * What one wallet call asked for (PROFILE §8.3): the doctype and, per namespace, the elements with
 * their intentToRetain. It decides step 4, step 11 and which elements `mdoc` shows.
 */
export interface DocRequest {
  docType: string;
  nameSpaces: Record<string, Record<string, boolean>>;
}
