// Identity match (本人確認, PROFILE §8.7) between one DQC — a §6 result (QR) or a §8 result for
// jp.go.nqs.dqc.1 — and one §8 result for the My Number Card. It never changes either verdict.
// Names match when N(dqc ②) equals a candidate from the card (full_name_unicode, or family ‖
// given); birth dates when the texts are equal (strings, never Dates).
import type { VerifyResult } from '../types';
import { DQC_DOCTYPE, DQC_NAMESPACE, MNC_DOCTYPE, NS_ISO_23220, NS_ISO_23220_JP } from './doctypes';
import { normalizeName } from './normalize-name';
import type { IdentityReasonCode } from './reasons';
import type { ElementValue, WalletResult } from './types';

export interface IdentityMatch {
  result: 'match' | 'mismatch' | 'indeterminate';
  mismatch?: ('name' | 'birthDate')[];
  reason?: IdentityReasonCode;
}

const cannotTell = (reason: IdentityReasonCode): IdentityMatch => ({ result: 'indeterminate', reason });

/** The DQC's name and birth date, or null when it is not a valid DQC result. */
function dqcIdentity(dqc: VerifyResult | WalletResult): { name: string; birthDate: string } | null {
  if (dqc.verdict !== 'valid') return null;
  if ('credential' in dqc && dqc.credential)
    return { name: dqc.credential.dqc['3'], birthDate: dqc.credential.dqc['4'] };
  if (!('docType' in dqc) || dqc.docType !== DQC_DOCTYPE) return null;
  const elements = dqc.mdoc?.elements[DQC_NAMESPACE];
  const name = elements?.name;
  const birthDate = elements?.birth_date;
  return typeof name === 'string' && typeof birthDate === 'string' ? { name, birthDate } : null;
}

const textOf = (v: ElementValue | undefined): string | undefined => (typeof v === 'string' ? v : undefined);

export function matchIdentity(dqc: VerifyResult | WalletResult, mnc: WalletResult): IdentityMatch {
  // Step 1.
  const holder = dqcIdentity(dqc);
  if (!holder) return cannotTell('DQC_NOT_VALID');
  if (mnc.verdict !== 'valid' || mnc.docType !== MNC_DOCTYPE) return cannotTell('MNC_NOT_VALID');
  // Step 2: candidates and the card's birth date (only usable values are in `elements`, §8.6).
  const iso = mnc.mdoc?.elements[NS_ISO_23220] ?? {};
  const jp = mnc.mdoc?.elements[NS_ISO_23220_JP] ?? {};
  const candidates: string[] = [];
  const full = textOf(jp.full_name_unicode);
  const family = textOf(iso.family_name_unicode);
  if (full !== undefined) candidates.push(normalizeName(full));
  if (family !== undefined) candidates.push(normalizeName(family + (textOf(iso.given_name_unicode) ?? '')));
  const birth = iso.birth_date;
  const mapped = birth !== null && typeof birth === 'object' && !Array.isArray(birth) ? birth : undefined;
  const birthDate = typeof birth === 'string' ? birth : textOf(mapped?.birth_date);
  if (candidates.length === 0 || birthDate === undefined) return cannotTell('MNC_ELEMENTS_MISSING');
  if (textOf(mapped?.approximate_mask)?.includes('1')) return cannotTell('BIRTH_DATE_APPROXIMATE');
  // Steps 3 and 4.
  const mismatch: ('name' | 'birthDate')[] = [];
  if (!candidates.includes(normalizeName(holder.name))) mismatch.push('name');
  if (holder.birthDate !== birthDate) mismatch.push('birthDate');
  return mismatch.length === 0 ? { result: 'match' } : { result: 'mismatch', mismatch };
}
