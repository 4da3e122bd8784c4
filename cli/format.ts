// Human-readable output of a result, Japanese first (PROFILE §6 texts via core/reasons.ts).
import { rfc3339 } from '../core/credential-view';
import { headline, REASONS } from '../core/reasons';
import type { Check, VerifyResult } from '../core/types';
import type { PdfFinding } from '../reading/pdf/pdf-findings';

const CHECK_LABELS: Record<string, string> = {
  signature: '署名',
  issuer: '発行元',
  time: '有効期間',
  status: '失効・停止',
};

const ymd = (date: string) => date.replaceAll('-', '/');

function checkLine(check: Check): string {
  const mark = check.result === 'pass' ? '✓' : check.result === 'fail' ? '✗' : '－';
  const reason = check.code ? `：${REASONS[check.code].ja}` : '';
  return `  ${mark} ${CHECK_LABELS[check.name]}${reason}`;
}

export function formatResult(result: VerifyResult, source: string, findings: PdfFinding[] = []): string {
  const lines = [`■ ${headline(result.verdict, result.reasons, 'ja')}`, `  入力: ${source}`];
  for (const f of findings) {
    if (f.kind === 'mismatch')
      lines.push(`  ⚠ PDFの記載内容が署名データと一致しません：${f.items.join('、')}`);
    if (f.kind === 'photo') lines.push('  ⚠ PDFの写真が署名データと一致しません');
    if (f.kind === 'print') {
      const q = f.quality;
      lines.push(
        `  印刷品質: ${q.ok ? '良好' : '注意'}（モジュール ${q.moduleMm.toFixed(2)} mm、余白 ${q.quietZoneModules} モジュール、コントラスト ${Math.round(q.contrast * 100)}%）`,
      );
    }
  }
  for (const check of result.checks) if (CHECK_LABELS[check.name]) lines.push(checkLine(check));
  const c = result.credential;
  if (c) {
    const d = c.dqc;
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
  if (result.verdict === 'valid') lines.push('  ※ 本人確認書類で本人であることを確認してください。');
  return lines.join('\n');
}
