// The page of a wallet presentation's record (PROFILE §8.9, §9): the §8.6 headline (§6's with the
// wallet codes' texts), its 14 steps folded into the rows the app shows, the §8.7 identity line,
// the dqc elements the record keeps (資格名称, 氏名, 登録番号, 交付機関 — never a birth date, never
// a My Number Card element), and why it cannot be re-checked: the wallet's response is not kept.
// Japanese only, like every record page: it is filed in Japan.

import { type WalletRowName, walletRows } from '../core/mdoc/check-rows';
import { DQC_NAMESPACE } from '../core/mdoc/doctypes';
import type { IdentityMatch } from '../core/mdoc/identity';
import {
  IDENTITY_ADVICE,
  identityLine,
  type WalletReasonCode,
  walletHeadline,
  walletReasonText,
} from '../core/mdoc/reasons';
import type { ElementValue } from '../core/mdoc/types';
import type { ReasonCode } from '../core/reasons';
import { type Advice, ja } from '../i18n/ja';
import {
  COMPARED,
  type ComparedLabel,
  formatJst,
  jstAndUtc,
  NO_COPY_NOTE,
  type PageOptions,
  type RecordPage,
  type RecordRow,
  recordRows,
  retentionNotes,
  secondsOf,
} from './page-parts';
import type { RecordedWalletResult, WalletRecordJson } from './record-json';

/** The row of the §8.7 result (PROFILE §8.7: the identity match with the My Number Card). */
export const IDENTITY_LABEL = '本人確認';

/** What a wallet check is called on the page (the first row of 確認の記録). */
export const WALLET_METHOD = 'スマホのウォレットで提示された資格者証（ISO mdoc）';

const elementsOf = (json: WalletRecordJson): Record<string, ElementValue> =>
  json.result.mdoc?.elements[DQC_NAMESPACE] ?? {};
const text = (v: ElementValue | undefined) => (typeof v === 'string' ? v : undefined);

/** The four compared rows (page-compare.ts) for a wallet record. */
export function walletComparedValues(json: WalletRecordJson): Record<ComparedLabel, string | undefined> {
  const e = elementsOf(json);
  const number = text(e.registration_number);
  return {
    確認結果: walletHeadline(json.result.verdict, json.result.reasons, 'ja'),
    氏名: text(e.name),
    登録番号: number === undefined ? undefined : ja.registrationNumber(number),
    確認日時: jstAndUtc(secondsOf(json.checkedAt)),
  };
}

const again = 'もう一度ウォレットで確認してください。同じ結果なら、{body}に確認してください。';
const copied = {
  employer: '採用・業務の判断に使わず、本人のスマホのウォレットからもう一度提示してもらってください。',
};
/** The wallet's own codes, and §6 codes whose §6 advice speaks of a PDF or a QR code. */
const WALLET_ADVICE: Partial<Record<WalletReasonCode, Pick<Advice, 'meaning' | 'employer'>>> = {
  MALFORMED_MDOC: {
    meaning: 'ウォレットから受け取ったデータの形式が正しくありませんでした。',
    employer: again,
  },
  MALFORMED_CLAIMS: {
    meaning: 'ウォレットから受け取ったデータの形式が正しくありませんでした。',
    employer: again,
  },
  DECRYPT_FAILED: {
    meaning:
      'ウォレットの応答を、この確認のための鍵で開けませんでした。別の確認や別のページにあてた応答の可能性があります。',
    employer: 'もう一度ウォレットで確認してください。',
  },
  NOT_PRESENTED: {
    meaning: 'ウォレットから資格者証が提示されませんでした。',
    employer: 'もう一度ウォレットで確認してください。',
  },
  DOCTYPE_NOT_REQUESTED: {
    meaning: '求めた資格者証とは別の種類の書類が提示されました。',
    employer: 'もう一度ウォレットで確認し、資格者証を選ぶよう本人に伝えてください。',
  },
  DIGEST_MISMATCH: { meaning: '提示された項目が、署名されたデータと一致しません。', ...copied },
  BAD_SIGNATURE: { meaning: '署名されたデータが書き換えられています。', ...copied },
  UNSUPPORTED_ALG: { meaning: '署名の方式が正規の資格者証のものではありません。', ...copied },
  UNKNOWN_SIGNER: { meaning: '署名した発行元が、信頼できる発行元の一覧にありません。', ...copied },
  DEVICE_AUTH_FAILED: {
    meaning: '資格者証が、発行されたスマホから提示されたことを確認できませんでした。複製のおそれがあります。',
    ...copied,
  },
  ELEMENT_MISSING: {
    meaning: '資格者証の必要な項目が提示されませんでした（確認は終わっていません）。',
    employer: 'もう一度ウォレットで確認し、求められた項目をすべて提示するよう本人に伝えてください。',
  },
};

function leadRows(result: RecordedWalletResult, body: string | undefined): RecordRow[] {
  const first = result.reasons[0];
  if (result.verdict === 'valid' || !first) {
    const next =
      result.identity?.result === 'match'
        ? 'マイナンバーカードでの本人確認は一致しました（記録の「本人確認」を参照）。'
        : ja.identityReminder;
    return [
      { label: '理由', lines: [ja.validMeaning] },
      { label: '次にすること', lines: [next] },
    ];
  }
  const advice = WALLET_ADVICE[first] ?? ja.advice[first as ReasonCode];
  const who = body ? ja.bodyNamed(body) : ja.bodyUnknown;
  return [
    { label: '理由', lines: [advice.meaning] },
    { label: '次にすること', lines: [advice.employer.replaceAll('{body}', who)] },
  ];
}

const ROW_LABELS: Record<WalletRowName, string> = {
  response: ja.wallet.checkResponse,
  signature: ja.checkSignature,
  issuer: ja.checkIssuer,
  device: ja.wallet.checkDevice,
  time: ja.checkTime,
  status: ja.checkStatus,
  trust: ja.checkTrust,
};

/** The app's seven rows (core/mdoc/check-rows.ts), each with its label and what became of it. */
function checkRows(result: RecordedWalletResult): RecordRow[] {
  return walletRows(result).map((row): RecordRow => {
    const label = ROW_LABELS[row.name];
    if (row.code) return { label, lines: [`${ja.checkFail}：${walletReasonText(row.code, 'ja')}`] };
    const passed = row.result === 'pass';
    const asOf =
      row.name === 'status' && passed && result.statusCheckedAt
        ? `（失効情報 ${formatJst(secondsOf(result.statusCheckedAt))} 時点）`
        : '';
    return { label, lines: [(passed ? ja.checkPass : ja.checkSkipped) + asOf] };
  });
}

/** PROFILE §8.7's line, and under a mismatch its advice (the 異体字・旧姓 hint first for a name). */
export function identityLines(identity: IdentityMatch | undefined): string[] {
  if (!identity) return ['行っていません（本人確認書類で確認してください）'];
  const advice =
    identity.result === 'match'
      ? []
      : [
          ...(identity.mismatch?.includes('name') ? [IDENTITY_ADVICE.variantKanji.ja] : []),
          IDENTITY_ADVICE.checkByEye.ja,
        ];
  return [identityLine(identity, 'ja'), ...advice];
}

function itemRows(json: WalletRecordJson): RecordRow[] {
  const m = json.result.mdoc;
  if (!m) return [{ label: '登録事項', lines: ['署名を確認できなかったため、記録しません'] }];
  const e = elementsOf(json);
  const [qualification, name, number, body] = [
    e.qualification_name,
    e.name,
    e.registration_number,
    e.issuing_body,
  ].map(text);
  const rows: (RecordRow | false)[] = [
    qualification !== undefined && { label: '資格名称', lines: [qualification] },
    name !== undefined && { label: COMPARED.name, lines: [name] },
    number !== undefined && { label: COMPARED.number, lines: [ja.registrationNumber(number)] },
    body !== undefined && { label: '交付機関', lines: [body] },
    { label: '発行日', lines: [formatJst(secondsOf(m.signed)).slice(0, 10)] },
    { label: '有効期限', lines: [formatJst(secondsOf(m.validUntil))] },
    { label: ja.wallet.issuerCa, lines: [m.issuer] },
  ];
  return rows.filter((r): r is RecordRow => r !== false);
}

function notes(json: WalletRecordJson, options: PageOptions): string[] {
  const kept = json.minimal ? '資格名称・登録番号・交付機関' : '資格名称・氏名・登録番号・交付機関';
  return [
    ...retentionNotes(options),
    `スマホのウォレットで提示された資格者証の確認記録です${json.minimal ? '（最小限の記録）' : ''}。記録に残した登録事項は、確認の前に持ち主のウォレットに「記録に残す」と伝えた項目のうち、${kept}だけです。マイナンバーカードから読み取った項目は記録していません。ウォレットの応答そのものは保存しないため、確認に使った証拠は添付されておらず、後から再確認することはできません。`,
    NO_COPY_NOTE,
  ];
}

/** The page of a wallet record, from its JSON (and the retention sentence). */
export function walletRecordPage(json: WalletRecordJson, options: PageOptions = {}): RecordPage {
  const r = json.result;
  return {
    verdict: r.verdict,
    headline: walletHeadline(r.verdict, r.reasons, 'ja'),
    lead: leadRows(r, text(elementsOf(json).issuing_body)),
    sections: [
      // §8.7's line with the checks: the page stays one A4 sheet with every optional row filled.
      {
        title: '確認項目',
        rows: [...checkRows(r), { label: IDENTITY_LABEL, lines: identityLines(r.identity) }],
      },
      {
        title: json.minimal ? '登録事項（最小限の記録）' : '登録事項（記録に残す項目）',
        rows: itemRows(json),
      },
      { title: '確認の記録', rows: recordRows(json, [{ label: '確認の方法', lines: [WALLET_METHOD] }]) },
    ],
    notes: notes(json, options),
  };
}
