// The name and birth date the identity check compares (PROFILE §8.7), for the comparison shown
// beside the certificate (§8.9: the card's only there): the DQC's from a §6 result (②, ③) or a
// dqc §8.6 result, the card's from an mnc §8.6 result (only requested, digest-verified elements).
import { DQC_NAMESPACE, NS_ISO_23220, NS_ISO_23220_JP } from '../../../core/mdoc/doctypes';
import type { ElementValue, WalletResult } from '../../../core/mdoc/types';
import type { VerifyResult } from '../../../core/types';

export interface HolderFacts {
  name?: string;
  birthDate?: string;
}

const text = (v: ElementValue | undefined) => (typeof v === 'string' ? v : undefined);

export function dqcFacts(dqc: VerifyResult | WalletResult): HolderFacts {
  if ('credential' in dqc && dqc.credential)
    return { name: dqc.credential.dqc['3'], birthDate: dqc.credential.dqc['4'] };
  const e = 'mdoc' in dqc ? dqc.mdoc?.elements[DQC_NAMESPACE] : undefined;
  return { name: text(e?.name), birthDate: text(e?.birth_date) };
}

export function cardFacts(mnc: WalletResult): HolderFacts {
  const iso = mnc.mdoc?.elements[NS_ISO_23220] ?? {};
  const full = text(mnc.mdoc?.elements[NS_ISO_23220_JP]?.full_name_unicode);
  const family = text(iso.family_name_unicode);
  const split =
    family === undefined ? undefined : [family, text(iso.given_name_unicode)].filter(Boolean).join(' ');
  const birth = iso.birth_date;
  const birthDate =
    text(birth) ??
    (birth && typeof birth === 'object' && !Array.isArray(birth) ? text(birth.birth_date) : undefined);
  return { name: full ?? split, birthDate };
}
