// Reason codes and texts that wallet presentation adds (PROFILE §8.6 and §8.7), exactly as the
// profile writes them. A table of its own until the lead merges it into core/reasons.ts; reused
// §6 codes keep §6's texts there. In a wallet result MALFORMED_CLAIMS shows MALFORMED_MDOC's text.
import { type Lang, REASONS, type ReasonCode, type Verdict } from '../reasons';

/** PROFILE §8.6, "New codes". */
export type MdocReasonCode =
  | 'MALFORMED_MDOC'
  | 'DECRYPT_FAILED'
  | 'NOT_PRESENTED'
  | 'DOCTYPE_NOT_REQUESTED'
  | 'DIGEST_MISMATCH'
  | 'DEVICE_AUTH_FAILED'
  | 'ELEMENT_MISSING';

/** Codes a §8.6 result can carry: the new ones and the reused §6 ones. */
export type WalletReasonCode = ReasonCode | MdocReasonCode;

/** PROFILE §8.7, reason codes of an identity match that cannot tell. */
export type IdentityReasonCode =
  | 'DQC_NOT_VALID'
  | 'MNC_NOT_VALID'
  | 'MNC_ELEMENTS_MISSING'
  | 'BIRTH_DATE_APPROXIMATE';

type Texts = { readonly ja: string; readonly en: string };

const MALFORMED_MDOC = {
  ja: 'ウォレットの応答の内容が正しくありません',
  en: 'the wallet response is malformed',
};

/** PROFILE §8.6: 理由 (ja) / reason (en), exactly. */
export const MDOC_REASONS: Readonly<Record<MdocReasonCode, Texts>> = {
  MALFORMED_MDOC,
  DECRYPT_FAILED: {
    ja: 'ウォレットの応答を復号できません',
    en: 'the wallet response could not be decrypted',
  },
  NOT_PRESENTED: { ja: '書類が提示されませんでした', en: 'no document was presented' },
  DOCTYPE_NOT_REQUESTED: { ja: '要求していない種類の書類です', en: 'a document type that was not requested' },
  DIGEST_MISMATCH: { ja: '改ざんされています', en: 'the data has been altered' },
  DEVICE_AUTH_FAILED: {
    ja: '端末の認証に失敗しました（複製の可能性があります）',
    en: 'device authentication failed (possibly a copy)',
  },
  ELEMENT_MISSING: { ja: '必要な項目が提示されていません', en: 'required items were not presented' },
};

/** PROFILE §8.7, reason codes: 理由 (ja) / reason (en), exactly. */
export const IDENTITY_REASONS: Readonly<Record<IdentityReasonCode, Texts>> = {
  DQC_NOT_VALID: { ja: '資格者証が有効と確認できていません', en: 'the certificate was not confirmed valid' },
  MNC_NOT_VALID: { ja: 'マイナンバーカードを確認できません', en: 'the My Number Card could not be verified' },
  MNC_ELEMENTS_MISSING: {
    ja: 'マイナンバーカードの氏名・生年月日を取得できません',
    en: 'name or date of birth not received from the My Number Card',
  },
  BIRTH_DATE_APPROXIMATE: {
    ja: 'マイナンバーカードの生年月日が概略のみです',
    en: 'the My Number Card gives an approximate date of birth',
  },
};

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
