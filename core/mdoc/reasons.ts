// How a wallet result and an identity match are said (PROFILE §8.6, §8.7): the §8.7 result lines
// and advice, and the headline of a wallet result. The reason codes and their texts are in the one
// table, core/reasons.ts; in a wallet result MALFORMED_CLAIMS shows MALFORMED_MDOC's text.
import {
  IDENTITY_REASONS,
  type IdentityReasonCode,
  type Lang,
  MALFORMED_MDOC,
  MDOC_REASONS,
  type MdocReasonCode,
  REASONS,
  type ReasonCode,
  type Verdict,
} from '../reasons';

export {
  IDENTITY_REASONS,
  type IdentityReasonCode,
  MDOC_REASONS,
  type MdocReasonCode,
} from '../reasons';

/** Codes a §8.6 result can carry: the new ones and the reused §6 ones. */
export type WalletReasonCode = ReasonCode | MdocReasonCode;

/** PROFILE §8.7, result lines; `cannot tell` takes the reason's text. */
export const IDENTITY_LINES = {
  match: { ja: '本人確認: 一致', en: 'Identity: match' },
  name: { ja: '本人確認: 一致しません（氏名）', en: 'Identity: does not match (name)' },
  birthDate: { ja: '本人確認: 一致しません（生年月日）', en: 'Identity: does not match (date of birth)' },
  both: {
    ja: '本人確認: 一致しません（氏名・生年月日）',
    en: 'Identity: does not match (name, date of birth)',
  },
  cannotTell: { ja: '本人確認: 確認できません（理由）', en: 'Identity: cannot be confirmed (reason)' },
} as const;

/** PROFILE §8.7: shown under every mismatch; the variant line comes first when the name differs. */
export const IDENTITY_ADVICE = {
  checkByEye: { ja: '本人確認書類を目視で確認してください。', en: 'Check an identity document by eye.' },
  variantKanji: {
    ja: '異体字・旧姓など表記の違いでも一致しないことがあります。',
    en: 'A variant kanji (異体字) or a former surname (旧姓) can also cause this.',
  },
} as const;

/** The text of any code a wallet result carries (MALFORMED_CLAIMS shows MALFORMED_MDOC's, §8.6). */
export function walletReasonText(code: WalletReasonCode, lang: Lang): string {
  if (code === 'MALFORMED_CLAIMS') return MALFORMED_MDOC[lang];
  return code in MDOC_REASONS
    ? MDOC_REASONS[code as MdocReasonCode][lang]
    : REASONS[code as ReasonCode][lang];
}

/** §6's headline (PROFILE §8.6: "Headlines are §6's") with the wallet texts. */
export function walletHeadline(verdict: Verdict, reasons: readonly WalletReasonCode[], lang: Lang): string {
  if (verdict === 'valid') return lang === 'ja' ? '有効です' : 'Valid';
  const first = reasons[0];
  const reason = first ? walletReasonText(first, lang) : '';
  if (verdict === 'invalid') return lang === 'ja' ? `無効です（${reason}）` : `Invalid (${reason})`;
  return lang === 'ja' ? `確認できません（${reason}）` : `Cannot be confirmed (${reason})`;
}

/** The §8.7 line for a match result (ja or en). */
export function identityLine(
  match: {
    result: 'match' | 'mismatch' | 'indeterminate';
    mismatch?: readonly string[];
    reason?: IdentityReasonCode;
  },
  lang: Lang,
): string {
  if (match.result === 'match') return IDENTITY_LINES.match[lang];
  if (match.result === 'mismatch') {
    const name = match.mismatch?.includes('name') ?? false;
    const birth = match.mismatch?.includes('birthDate') ?? false;
    return IDENTITY_LINES[name && birth ? 'both' : name ? 'name' : 'birthDate'][lang];
  }
  const reason = match.reason ? IDENTITY_REASONS[match.reason][lang] : '';
  return lang === 'ja'
    ? `本人確認: 確認できません（${reason}）`
    : `Identity: cannot be confirmed (${reason})`;
}
