// The wallet presentation's texts (PROFILE §8) in Japanese, the type every language fills: one key
// (`wallet`) of each catalogue, in its own file so the language chunk carries it. The §8.6 reason
// texts and the §8.7 lines come from core/mdoc/reasons.ts, exactly as PROFILE writes them.
import {
  IDENTITY_ADVICE,
  IDENTITY_LINES,
  IDENTITY_REASONS,
  type IdentityReasonCode,
  MDOC_REASONS,
  type MdocReasonCode,
} from '../../core/mdoc/reasons';

/** A core reason table's texts in one of PROFILE's two languages (ja, en). */
export const reasonTexts = <C extends string>(
  table: Readonly<Record<C, { ja: string; en: string }>>,
  lang: 'ja' | 'en',
): Record<C, string> =>
  Object.fromEntries(
    Object.entries(table).map(([c, t]) => [c, (t as { ja: string; en: string })[lang]]),
  ) as Record<C, string>;

export const walletJa = {
  /** First screen: ask the wallet for a qualification certificate (jp.go.nqs.dqc.1). */
  dqcButton: 'ウォレットの資格者証を確認',
  dqcNotice: 'スマホのウォレットにある資格者証の登録事項を読み取ります（写真は読み取りません）。',
  /** Beside a valid DQC: the identity check with the My Number Card (§8.7). */
  identityTitle: '本人確認',
  identityButton: 'スマホのマイナンバーカードで本人確認',
  identityNotice: '読み取る項目：氏名・生年月日（マイナンバーカードのその他の情報は読み取りません）',
  waiting: 'スマホのウォレットで操作してください…',
  cancelled: 'ウォレットでの確認は行われませんでした。',
  tryAgain: 'もう一度ウォレットで確認',
  /** The DC API or an mnc IACA is not there: only the check by eye. */
  notAvailable: 'この端末・ブラウザでは、ウォレットでの本人確認を使えません。',
  checkByEye: IDENTITY_ADVICE.checkByEye.ja as string,
  variantKanji: IDENTITY_ADVICE.variantKanji.ja as string,
  /** §8.7 result lines. */
  identityMatch: IDENTITY_LINES.match.ja as string,
  identityName: IDENTITY_LINES.name.ja as string,
  identityBirthDate: IDENTITY_LINES.birthDate.ja as string,
  identityBoth: IDENTITY_LINES.both.ja as string,
  identityCannotTell: (reason: string) => `本人確認: 確認できません（${reason}）`,
  identityReason: reasonTexts<IdentityReasonCode>(IDENTITY_REASONS, 'ja'),
  /** §8.6's new codes (reused §6 codes keep the catalogue's `reason`). */
  reason: reasonTexts<MdocReasonCode>(MDOC_REASONS, 'ja'),
  /** The comparison shown beside the certificate (§8.9: the card's name and birth date only here). */
  compareItem: '項目',
  compareCertificate: '資格者証',
  compareCard: 'マイナンバーカード',
  compareName: '氏名',
  compareBirthDate: '生年月日',
  cardResult: (headline: string) => `マイナンバーカード: ${headline}`,
  /** A wallet result's own rows and facts. */
  fromWallet: 'スマホのウォレットから提示された資格者証です。',
  checkResponse: 'ウォレットの応答',
  checkDevice: '端末の認証',
  validUntil: '有効期限',
  issuerCa: '発行元（認証局）',
};

export type WalletTexts = typeof walletJa;
