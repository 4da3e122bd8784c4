// The one table of reason codes and their headline texts (PROFILE §6, §6.1). Every text shown to a
// person or printed by the CLI comes from here; the PWA's catalogue imports these strings.

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

export type Verdict = 'valid' | 'invalid' | 'indeterminate';
export type Lang = 'ja' | 'en';

const MALFORMED = { ja: '二次元コードの内容が正しくありません', en: 'the QR code content is malformed' };
const NOT_ENTITLED = { ja: '発行元が正しくありません', en: 'the issuer is not entitled to issue this' };

/** PROFILE §6, second table: 理由 (ja) / reason (en), exactly. */
export const REASONS: Readonly<Record<ReasonCode, { ja: string; en: string }>> = {
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

export const REASON_CODES = Object.keys(REASONS) as ReasonCode[];

/** PROFILE §6, first table. The headline shows the first reason. */
export function headline(verdict: Verdict, reasons: readonly ReasonCode[], lang: Lang): string {
  if (verdict === 'valid') return lang === 'ja' ? '有効です' : 'Valid';
  const first = reasons[0];
  const reason = first ? REASONS[first][lang] : '';
  if (verdict === 'invalid') return lang === 'ja' ? `無効です（${reason}）` : `Invalid (${reason})`;
  return lang === 'ja' ? `確認できません（${reason}）` : `Cannot be confirmed (${reason})`;
}
