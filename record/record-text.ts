// The record's visible page as text (PROFILE §9: A4, Japanese first): what it says, row by row,
// built from the record's JSON alone. The PDF maker draws exactly this, and the re-check reads
// the same labels back to compare the page with the JSON (verdict headline, 氏名, 登録番号, check
// time), so the wording of those four rows lives here, once (page-parts.ts). A record of a wallet
// presentation (PROFILE §8.9) has its own layout, wallet-record-text.ts; the two entry points here
// (comparedValues, recordPage) take either kind.
import type { WalletReasonCode } from '../core/mdoc/reasons';
import { headline, REASONS, type ReasonCode, type Verdict } from '../core/reasons';
import type { CredentialView } from '../core/types';
import { ja } from '../i18n/ja';
import { DOCUMENT_ITEMS } from '../reading/pdf/document-result';
import {
  COMPARED,
  type ComparedLabel,
  formatJst,
  jstAndUtc,
  NO_COPY_NOTE,
  type PageOptions,
  RECORD_SUBTITLE,
  RECORD_TITLE,
  type RecordPage,
  type RecordRow,
  type RecordSection,
  recordRows,
  retentionNotes,
  secondsOf,
  ymd,
} from './page-parts';
import {
  type AnyRecordJson,
  isWalletRecord,
  type MinimalCredential,
  type RecordedResult,
  type RecordedWalletResult,
  type RecordJson,
} from './record-json';
import { walletComparedValues, walletRecordPage } from './wallet-record-text';

export {
  COMPARED,
  COMPARED_LABELS,
  type ComparedLabel,
  formatJst,
  jstAndUtc,
  type PageOptions,
  RECORD_SUBTITLE,
  RECORD_TITLE,
  type RecordPage,
  type RecordRow,
  type RecordSection,
  secondsOf,
} from './page-parts';

/** The verdict a person was shown: the document's for a code read from a PDF (§6.1). */
export function shownResult(r: RecordedResult): Pick<RecordedResult, 'verdict' | 'reasons'>;
export function shownResult(r: RecordedResult | RecordedWalletResult): {
  verdict: Verdict;
  reasons: readonly WalletReasonCode[];
};
export function shownResult(r: RecordedResult | RecordedWalletResult): {
  verdict: Verdict;
  reasons: readonly WalletReasonCode[];
} {
  return r.document ?? r;
}

const isFull = (c: CredentialView | MinimalCredential | undefined): c is CredentialView =>
  c !== undefined && 'signer' in c;

/** What the four compared rows print, from the JSON alone (undefined: the row is not printed). */
export function comparedValues(json: AnyRecordJson): Record<ComparedLabel, string | undefined> {
  if (isWalletRecord(json)) return walletComparedValues(json);
  const shown = shownResult(json.result);
  const c = json.result.credential;
  return {
    確認結果: headline(shown.verdict, shown.reasons, 'ja'),
    氏名: isFull(c) ? c.dqc['3'] : undefined,
    登録番号: c ? ja.registrationNumber(c.dqc['5']) : undefined,
    確認日時: jstAndUtc(secondsOf(json.checkedAt)),
  };
}

function leadRows(shown: Pick<RecordedResult, 'verdict' | 'reasons'>, body: string | undefined): RecordRow[] {
  const first = shown.reasons[0];
  if (shown.verdict === 'valid' || !first)
    return [
      { label: '理由', lines: [ja.validMeaning] },
      { label: '次にすること', lines: [ja.identityReminder] },
    ];
  const advice = ja.advice[first];
  const who = body ? ja.bodyNamed(body) : ja.bodyUnknown;
  return [
    { label: '理由', lines: [advice.meaning] },
    { label: '次にすること', lines: [advice.employer.replaceAll('{body}', who)] },
  ];
}

/** The app's check rows (PROFILE §6's eleven steps folded as the result screen folds them). */
const CHECK_ROWS: { label: string; steps: string[] }[] = [
  { label: ja.checkCode, steps: ['url', 'encoding', 'cose', 'alg', 'claims'] },
  { label: ja.checkSignature, steps: ['signature'] },
  { label: ja.checkIssuer, steps: ['signer', 'issuer'] },
  { label: ja.checkTime, steps: ['time'] },
  { label: ja.checkStatus, steps: ['status'] },
  { label: ja.checkTrust, steps: ['trust'] },
];
/** Step 9's failures that concern the signer: shown under 発行元. */
const SIGNER_CODES: readonly ReasonCode[] = ['SIGNER_NOT_VALID', 'SIGNER_REVOKED'];

function checkRows(result: RecordedResult): RecordRow[] {
  const rowOf = (name: string, code?: ReasonCode) =>
    name === 'time' && code && SIGNER_CODES.includes(code)
      ? ja.checkIssuer
      : CHECK_ROWS.find((r) => r.steps.includes(name))?.label;
  const rows = CHECK_ROWS.map(({ label, steps }): RecordRow => {
    const failure = result.checks.find((c) => c.result === 'fail' && rowOf(c.name, c.code) === label);
    if (failure?.code) return { label, lines: [`${ja.checkFail}：${REASONS[failure.code].ja}`] };
    if (label === ja.checkTrust && result.reasons.includes('TRUST_LIST_UNAVAILABLE'))
      return { label, lines: [`${ja.checkFail}：${REASONS.TRUST_LIST_UNAVAILABLE.ja}`] };
    const own = result.checks.filter((c) => steps.includes(c.name));
    const passed = own.length > 0 && own.every((c) => c.result === 'pass');
    const text = passed ? ja.checkPass : ja.checkSkipped;
    const asOf =
      label === ja.checkStatus && passed && result.statusCheckedAt
        ? `（失効情報 ${formatJst(secondsOf(result.statusCheckedAt))} 時点）`
        : '';
    return { label, lines: [text + asOf] };
  });
  const doc = result.document;
  if (doc) {
    const said = { matches: '一致', differs: '相違', unchecked: '未確認' } as const;
    const items = DOCUMENT_ITEMS.flatMap((item) => {
      const comparison = doc.items[item];
      return comparison ? [`${item} ${said[comparison]}`] : [];
    }).join('、');
    // What the PDF printed where it differed (§6.1); a minimal record keeps none of it.
    const printed = Object.entries(('printed' in doc && doc.printed) || {}).map(
      ([item, text]) => `${item}：PDFの記載「${text}」`,
    );
    rows.push({ label: ja.checkDocument, lines: [items, ...printed] });
  }
  return rows;
}

function itemRows(credential: CredentialView | MinimalCredential | undefined): RecordRow[] {
  if (!credential) return [{ label: '登録事項', lines: ['署名を確認できなかったため、記録しません'] }];
  const d = credential.dqc;
  if (!isFull(credential))
    return [
      { label: '資格名称', lines: [d['2']] },
      { label: COMPARED.number, lines: [ja.registrationNumber(d['5'])] },
      { label: '交付機関', lines: [d['7']] },
    ];
  const c = credential;
  const rows: (RecordRow | false)[] = [
    { label: '資格名称', lines: [c.dqc['2']] },
    { label: COMPARED.name, lines: [c.dqc['3']] },
    c.dqc['11'] !== undefined && { label: '氏名（カナ）', lines: [c.dqc['11']] },
    { label: '生年月日', lines: [ymd(c.dqc['4'])] },
    { label: COMPARED.number, lines: [ja.registrationNumber(c.dqc['5'])] },
    { label: '登録日', lines: [ymd(c.dqc['6'])] },
    c.dqc['8'] !== undefined && { label: '交付日', lines: [ymd(c.dqc['8'])] },
    { label: '交付機関', lines: [c.dqc['7']] },
    c.dqc['10'] !== undefined && { label: '写真', lines: ['写真のハッシュ値が署名されています'] },
    c.dqc['9'] !== undefined && {
      label: 'その他項目',
      lines: Object.entries(c.dqc['9']).map(([k, v]) => `${k}：${v}`),
    },
    { label: '発行日', lines: [formatJst(c.iat).slice(0, 10)] },
    c.exp !== undefined && { label: '有効期限', lines: [formatJst(c.exp)] },
    { label: '発行元（署名者）', lines: [c.signer] },
    { label: '識別子（cti）', lines: [c.cti] },
  ];
  return rows.filter((r): r is RecordRow => r !== false);
}

function notes(json: RecordJson, options: PageOptions): string[] {
  const out = retentionNotes(options);
  if (json.minimal)
    out.push(
      '最小限の記録です（登録事項は資格名称・登録番号・交付機関のみで、確認に使った証拠を含みません）。確認の結果を示すもので、後から再確認することはできません。',
    );
  else if (json.evidence)
    out.push(
      `このPDFには、確認に使った証拠（読み取った二次元コードのURL、信頼リスト、失効情報）が ${'dqc-record.json'} として添付されています。確認時の結果と、このページの記載が書き換えられていないことを、後から再確認できます。`,
    );
  else
    out.push(
      '確認のときに信頼リストがなかったため、証拠は添付されていません。後から再確認することはできません。',
    );
  out.push(NO_COPY_NOTE);
  return out;
}

/** The page, from the JSON (and the retention sentence, which only the page carries). */
export function recordPage(json: AnyRecordJson, options: PageOptions = {}): RecordPage {
  if (isWalletRecord(json)) return walletRecordPage(json, options);
  const shown = shownResult(json.result);
  const sections: RecordSection[] = [
    { title: '確認項目', rows: checkRows(json.result) },
    { title: json.minimal ? '登録事項（最小限の記録）' : '登録事項', rows: itemRows(json.result.credential) },
    { title: '確認の記録', rows: recordRows(json) },
  ];
  return {
    verdict: shown.verdict,
    headline: headline(shown.verdict, shown.reasons, 'ja'),
    lead: leadRows(shown, json.result.credential?.dqc['7']),
    sections,
    notes: notes(json, options),
  };
}

/** Every text the page draws, for the font subset. */
export function pageText(page: RecordPage): string {
  const rows = [...page.lead, ...page.sections.flatMap((s) => s.rows)];
  return [
    RECORD_TITLE,
    RECORD_SUBTITLE,
    COMPARED.headline,
    page.headline,
    ...page.sections.map((s) => s.title),
    ...rows.flatMap((r) => [r.label, ...r.lines]),
    ...page.notes,
    '0123456789/',
  ].join('');
}
