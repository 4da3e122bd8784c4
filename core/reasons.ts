// The one table of reason codes and their texts, exactly as PROFILE writes them: §6 and §6.1 (the
// QR and document result), §8.6 (a wallet result) and §8.7 (an identity match that cannot tell).
// Every reason text shown to a person or printed by the CLI comes from here (other languages
// translate it in i18n/).

export type ReasonCode =
  | 'MALFORMED_URL'
  | 'MALFORMED_ENCODING'
  | 'MALFORMED_COSE'
  | 'MALFORMED_CLAIMS'
  | 'UNTRUSTED_HOST'
  | 'UNSUPPORTED_ALG'
  | 'UNKNOWN_SIGNER'
  | 'BAD_SIGNATURE'
  | 'ISSUER_MISMATCH'
  | 'QUALIFICATION_NOT_ALLOWED'
  | 'SIGNER_NOT_VALID'
  | 'SIGNER_REVOKED'
  | 'NOT_YET_VALID'
  | 'EXPIRED'
  | 'REVOKED'
  | 'SUSPENDED'
  | 'DELETED'
  | 'STATUS_UNAVAILABLE'
  | 'TRUST_LIST_EXPIRED'
  | 'TRUST_LIST_UNAVAILABLE'
  | 'CLOCK_SUSPECT'
  // PROFILE §6.1: the document (a PDF) against the signed data.
  | 'DOCUMENT_MISMATCH'
  | 'PHOTO_MISMATCH';

/** PROFILE §8.6, "New codes". */
export type MdocReasonCode =
  | 'MALFORMED_MDOC'
  | 'DECRYPT_FAILED'
  | 'NOT_PRESENTED'
  | 'DOCTYPE_NOT_REQUESTED'
  | 'DIGEST_MISMATCH'
  | 'DEVICE_AUTH_FAILED'
  | 'ELEMENT_MISSING';

/** PROFILE §8.7, reason codes of an identity match that cannot tell. */
export type IdentityReasonCode =
  | 'DQC_NOT_VALID'
  | 'MNC_NOT_VALID'
  | 'MNC_ELEMENTS_MISSING'
  | 'BIRTH_DATE_APPROXIMATE';

export type Verdict = 'valid' | 'invalid' | 'indeterminate';
export type Lang = 'ja' | 'en';

const MALFORMED = { ja: '二次元コードの内容が正しくありません', en: 'the QR code content is malformed' };
const NOT_ENTITLED = { ja: '発行元が正しくありません', en: 'the issuer is not entitled to issue this' };

type Texts = { readonly ja: string; readonly en: string };

/** PROFILE §6, second table, and §6.1's: 理由 (ja) / reason (en), exactly. */
const VERIFY_REASONS: Readonly<Record<ReasonCode, Texts>> = {
  MALFORMED_URL: MALFORMED,
  MALFORMED_ENCODING: MALFORMED,
  MALFORMED_COSE: MALFORMED,
  MALFORMED_CLAIMS: MALFORMED,
  UNTRUSTED_HOST: {
    ja: '確認ページのURLが正しくありません',
    en: 'the verification URL is not a trusted site',
  },
  UNSUPPORTED_ALG: { ja: '対応していない署名方式です', en: 'unsupported signature algorithm' },
  UNKNOWN_SIGNER: { ja: '発行元を確認できません', en: 'unknown issuer key' },
  BAD_SIGNATURE: { ja: '改ざんされています', en: 'the data has been altered' },
  ISSUER_MISMATCH: NOT_ENTITLED,
  QUALIFICATION_NOT_ALLOWED: NOT_ENTITLED,
  SIGNER_NOT_VALID: { ja: '署名用証明書の有効期間外です', en: 'signing certificate not valid at issuance' },
  SIGNER_REVOKED: { ja: '署名用証明書が失効しています', en: 'signing certificate revoked' },
  NOT_YET_VALID: { ja: '発行日が未来です', en: 'issued in the future' },
  EXPIRED: { ja: '有効期限が切れています', en: 'expired' },
  REVOKED: { ja: '取消されています', en: 'revoked' },
  SUSPENDED: { ja: '一時停止されています', en: 'suspended' },
  DELETED: { ja: '削除されています', en: 'deleted' },
  STATUS_UNAVAILABLE: { ja: '失効情報を取得できません', en: 'status could not be checked' },
  TRUST_LIST_EXPIRED: { ja: '信頼リストの有効期限が切れています', en: 'trust list expired' },
  TRUST_LIST_UNAVAILABLE: { ja: '信頼リストを取得できません', en: 'trust list unavailable' },
  CLOCK_SUSPECT: { ja: '端末の時刻が正しくありません', en: 'device clock is wrong' },
  // PROFILE §6.1, second table.
  DOCUMENT_MISMATCH: {
    ja: 'PDFの記載内容が署名データと一致しません',
    en: "the PDF's printed details differ from the signed data",
  },
  PHOTO_MISMATCH: {
    ja: 'PDFの写真が署名データと一致しません',
    en: "the PDF's photo differs from the signed data",
  },
};

export const MALFORMED_MDOC = {
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

/** The one table: every code of the profile with its texts. */
export const REASONS = {
  ...VERIFY_REASONS,
  ...MDOC_REASONS,
  ...IDENTITY_REASONS,
} as const satisfies Readonly<Record<ReasonCode | MdocReasonCode | IdentityReasonCode, Texts>>;

/** The codes a §6 (and §6.1) result can carry. */
export const REASON_CODES = Object.keys(VERIFY_REASONS) as ReasonCode[];

/** PROFILE §6, first table. The headline shows the first reason. */
export function headline(verdict: Verdict, reasons: readonly ReasonCode[], lang: Lang): string {
  if (verdict === 'valid') return lang === 'ja' ? '有効です' : 'Valid';
  const first = reasons[0];
  const reason = first ? REASONS[first][lang] : '';
  if (verdict === 'invalid') return lang === 'ja' ? `無効です（${reason}）` : `Invalid (${reason})`;
  return lang === 'ja' ? `確認できません（${reason}）` : `Cannot be confirmed (${reason})`;
}
