// Human-readable output of a result, Japanese first (PROFILE §6 texts via core/reasons.ts). For a
// code read from a PDF the headline is the document's (§6.1): a PDF whose printed details differ
// from the signed data reads 「無効です（PDFの記載内容が署名データと一致しません）」 and never
// 有効です; each differing item shows what the PDF prints beside the signed value, and the signed
// items follow as the only true content.
import { rfc3339 } from '../core/credential-view';
import { headline, REASONS } from '../core/reasons';
import type { Check, CredentialItems } from '../core/types';
import { DOCUMENT_ITEMS, type DocumentResult, type TextItem } from '../reading/pdf/document-result';
import type { PrintQuality } from '../reading/pdf/print-quality';
import { type CliResult, shownVerdict } from './pdf-report';

const CHECK_LABELS: Record<string, string> = {
  signature: '署名',
  issuer: '発行元',
  time: '有効期間',
  status: '失効・停止',
};

const COMPARISON = { matches: '一致', differs: '不一致', unchecked: '未照合' } as const;

const ymd = (date: string) => date.replaceAll('-', '/');

/** Each text item as the signed data reads, in the form the list below shows it. */
const signedText = (d: CredentialItems): Record<TextItem, string> => ({
  資格名称: d['2'],
  氏名: d['3'],
  生年月日: ymd(d['4']),
  登録番号: `第${d['5']}号`,
  交付機関: d['7'],
});

function checkLine(check: Check): string {
  const mark = check.result === 'pass' ? '✓' : check.result === 'fail' ? '✗' : '－';
  const reason = check.code ? `：${REASONS[check.code].ja}` : '';
  return `  ${mark} ${CHECK_LABELS[check.name]}${reason}`;
}

/** PROFILE §6.1: every item's comparison, then each differing one, printed beside signed. */
function documentLines(document: DocumentResult, dqc: CredentialItems | undefined): string[] {
  const lines = [
    `  PDFとの照合: ${DOCUMENT_ITEMS.map((item) => `${item} ${COMPARISON[document.items[item]]}`).join('／')}`,
  ];
  for (const item of DOCUMENT_ITEMS) {
    if (document.items[item] !== 'differs') continue;
    if (item === '写真') lines.push('  ✗ 写真　PDFの写真が署名データの写真と一致しません');
    else
      lines.push(
        `  ✗ ${item}　PDFの記載：${document.printed?.[item] ?? ''}　正しい内容（署名データ）：${dqc ? signedText(dqc)[item] : ''}`,
      );
  }
  return lines;
}

const printLine = (q: PrintQuality) =>
  `  印刷品質: ${q.ok ? '良好' : '注意'}（モジュール ${q.moduleMm.toFixed(2)} mm、余白 ${q.quietZoneModules} モジュール、コントラスト ${Math.round(q.contrast * 100)}%）`;

export function formatResult(result: CliResult, source: string): string {
  const shown = shownVerdict(result);
  const lines = [`■ ${headline(shown.verdict, shown.reasons, 'ja')}`, `  入力: ${source}`];
  const document = result.document;
  const d = result.credential?.dqc;
  if (document) {
    // The credential's own answer, when the document's differs from it (never as a bare 有効です).
    if (document.verdict !== result.verdict)
      lines.push(
        `  二次元コードの署名データ: ${result.verdict === 'valid' ? '検証できました（正しい内容は下の署名データです）' : headline(result.verdict, result.reasons, 'ja')}`,
      );
    lines.push(...documentLines(document, d));
  }
  if (result.pdf?.printQuality) lines.push(printLine(result.pdf.printQuality));
  for (const check of result.checks) if (CHECK_LABELS[check.name]) lines.push(checkLine(check));
  const c = result.credential;
  if (c && d) {
    if (document && DOCUMENT_ITEMS.some((item) => document.items[item] === 'differs'))
      lines.push('  署名データの内容（正しい内容）:');
    lines.push(
      `  資格名称: ${d['2']}`,
      `  氏名: ${d['3']}${d['11'] ? `（${d['11']}）` : ''}`,
      `  生年月日: ${ymd(d['4'])}`,
      `  登録番号: 第${d['5']}号`,
      `  登録日: ${ymd(d['6'])}`,
      `  交付機関: ${d['7']}`,
    );
    if (d['8']) lines.push(`  交付日: ${ymd(d['8'])}`);
    for (const [k, v] of Object.entries(d['9'] ?? {})) lines.push(`  ${k}: ${v}`);
    lines.push(`  発行元（署名者）: ${c.signer}`, `  発行日時: ${rfc3339(c.iat)}`);
  }
  if (result.statusCheckedAt) lines.push(`  失効情報の取得時刻: ${result.statusCheckedAt}`);
  if (shown.verdict === 'valid') lines.push('  ※ 本人確認書類で本人であることを確認してください。');
  return lines.join('\n');
}
