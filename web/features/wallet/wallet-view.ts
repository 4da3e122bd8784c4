// A dqc §8.6 result as the result screen's pieces take it: the signed items as a CredentialView
// (the same item list as a QR's, PROFILE §8.1 (ii) elements ↔ §3 items; the issue date is the MSO
// `signed`, the verified issuer the IACA's name) and the 14 steps folded into the rows people look
// for, as check-rows.ts does for §6 — a failure in the row it concerns.
import { DQC_NAMESPACE } from '../../../core/mdoc/doctypes';
import type { WalletReasonCode } from '../../../core/mdoc/reasons';
import type { ElementValue, WalletResult, WalletStepName } from '../../../core/mdoc/types';
import type { CredentialView } from '../../../core/types';

const text = (v: ElementValue | undefined) => (typeof v === 'string' ? v : undefined);

/** The certificate's items when steps 8 and 9 passed (`mdoc` present) and the required ones are there. */
export function walletCredential(result: WalletResult): CredentialView | undefined {
  const m = result.mdoc;
  const e = m?.elements[DQC_NAMESPACE];
  if (!m || !e) return undefined;
  const code = e.qualification_code;
  const [name, qual, birth, number, regDate, body] = [
    e.name,
    e.qualification_name,
    e.birth_date,
    e.registration_number,
    e.registration_date,
    e.issuing_body,
  ].map(text);
  if (typeof code !== 'number' || !name || !qual || !birth || !number || !regDate || !body) return undefined;
  const dqc: CredentialView['dqc'] = {
    '1': code,
    '2': qual,
    '3': name,
    '4': birth,
    '5': number,
    '6': regDate,
    '7': body,
  };
  const grant = text(e.grant_date);
  if (grant) dqc['8'] = grant;
  const kana = text(e.name_kana);
  if (kana) dqc['11'] = kana;
  const other = e.other_items;
  if (other && typeof other === 'object' && !Array.isArray(other))
    dqc['9'] = Object.fromEntries(
      Object.entries(other).filter((kv): kv is [string, string] => typeof kv[1] === 'string'),
    );
  return {
    iss: m.issuer,
    iat: Math.floor(Date.parse(m.signed) / 1000),
    exp: Math.floor(Date.parse(m.validUntil) / 1000),
    cti: '',
    status: m.status ?? { idx: 0, uri: '' },
    dqc,
    signer: m.issuer,
  };
}

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

export function walletRows(result: WalletResult): WalletRow[] {
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
