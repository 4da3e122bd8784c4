// The seven rows a person reads a wallet result by (PROFILE §8.6's 14 steps grouped): shown by
// the app's wallet result screen and printed in a wallet check's record (§8.9), so both say the
// same thing of the same result.
import type { WalletReasonCode } from './reasons';
import type { WalletResult, WalletStepName } from './types';

export type WalletRowName = 'response' | 'signature' | 'issuer' | 'device' | 'time' | 'status' | 'trust';

export interface WalletRow {
  name: WalletRowName;
  result: 'pass' | 'fail' | 'skipped';
  code?: WalletReasonCode;
  unsure?: boolean;
}

const ROW_OF_STEP: Record<WalletStepName, WalletRowName> = {
  response: 'response',
  decrypt: 'response',
  'device-response': 'response',
  doctype: 'response',
  cose: 'response',
  alg: 'response',
  elements: 'response',
  signer: 'issuer',
  signature: 'signature',
  digests: 'signature',
  device: 'device',
  time: 'time',
  status: 'status',
  trust: 'trust',
};
const ORDER: WalletRowName[] = ['response', 'signature', 'issuer', 'device', 'time', 'status', 'trust'];
/** Failures about the signer (step 12's DS validity, step 11's entitlement) belong under 発行元. */
const ISSUER_CODES: readonly WalletReasonCode[] = ['SIGNER_NOT_VALID', 'QUALIFICATION_NOT_ALLOWED'];
const UNSURE: readonly WalletReasonCode[] = [
  'NOT_PRESENTED',
  'ELEMENT_MISSING',
  'STATUS_UNAVAILABLE',
  'TRUST_LIST_EXPIRED',
  'TRUST_LIST_UNAVAILABLE',
  'CLOCK_SUSPECT',
];

export function walletRows(result: Pick<WalletResult, 'checks' | 'reasons'>): WalletRow[] {
  const rowOf = (c: WalletResult['checks'][number]) =>
    c.code && ISSUER_CODES.includes(c.code) ? 'issuer' : ROW_OF_STEP[c.name];
  return ORDER.map((name): WalletRow => {
    const failure = result.checks.find((c) => c.result === 'fail' && rowOf(c) === name);
    if (failure?.code)
      return { name, result: 'fail', code: failure.code, unsure: UNSURE.includes(failure.code) };
    if (name === 'trust' && result.reasons.includes('TRUST_LIST_UNAVAILABLE'))
      return { name, result: 'fail', code: 'TRUST_LIST_UNAVAILABLE', unsure: true };
    const own = result.checks.filter((c) => ROW_OF_STEP[c.name] === name && c.result !== 'skipped');
    const passed = own.length > 0 && own.every((c) => c.result === 'pass');
    return { name, result: passed ? 'pass' : 'skipped' };
  });
}
