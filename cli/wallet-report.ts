// The CLI's wallet part (PROFILE §8.8): every group verified in input order, the identity match
// (§8.7) when the inputs hold exactly one DQC — a URL's §6 result or a dqc Document — and exactly
// one mnc Document, put on the DQC's result; a call whose steps 1–3 failed stands for the doctype
// its `--request` names. Text output: a headline per Document, then the §8.7 ja line (with the
// advice §8.7 puts under a mismatch). Names and birth dates are shown as §8.9 allows: the mnc's
// only beside the DQC's.
import {
  DQC_DOCTYPE,
  DQC_NAMESPACE,
  MNC_DOCTYPE,
  NS_ISO_23220,
  NS_ISO_23220_JP,
} from '../core/mdoc/doctypes';
import { type IdentityMatch, matchIdentity } from '../core/mdoc/identity';
import { IDENTITY_ADVICE, identityLine, walletHeadline, walletReasonText } from '../core/mdoc/reasons';
import type { ElementValue, WalletContext, WalletResult } from '../core/mdoc/types';
import type { VerifyResult } from '../core/types';
import { type WalletGroup, WalletInputError } from './wallet-args';

export type WalletJson = WalletResult & { identity?: IdentityMatch };

export interface WalletReport {
  /** One §8.6 result per Document, in input order (the DQC's may carry `identity`). */
  results: WalletJson[];
  /** Text lines for the terminal (without --json). */
  text: string[];
  /** Every wallet result valid and the identity, if any, a match (PROFILE §8.8 exit code 0). */
  allValid: boolean;
}

const DOC_LABELS: Record<string, string> = { [DQC_DOCTYPE]: '資格者証', [MNC_DOCTYPE]: 'マイナンバーカード' };
const STEP_LABELS: Record<string, string> = {
  response: '応答',
  decrypt: '復号',
  'device-response': '応答の内容',
  doctype: '書類の種類',
  cose: '発行者署名の形式',
  alg: '署名方式',
  signer: '発行元',
  signature: '発行者の署名',
  digests: '項目の改ざん検知',
  device: '端末の認証',
  elements: '必要な項目',
  time: '有効期間',
  status: '失効・停止',
  trust: '信頼リスト・時刻',
};

const text = (v: ElementValue | undefined) =>
  typeof v === 'string' || typeof v === 'number' ? String(v) : '';

function elementLines(r: WalletResult): string[] {
  const m = r.mdoc;
  if (!m) return [];
  if (m.docType === DQC_DOCTYPE) {
    const e = m.elements[DQC_NAMESPACE] ?? {};
    return [
      `  資格名称: ${text(e.qualification_name)}`,
      `  氏名: ${text(e.name)}${e.name_kana ? `（${text(e.name_kana)}）` : ''}`,
      `  生年月日: ${text(e.birth_date).replaceAll('-', '/')}`,
      `  登録番号: 第${text(e.registration_number)}号`,
      `  交付機関: ${text(e.issuing_body)}`,
    ];
  }
  if (m.docType !== MNC_DOCTYPE) return [];
  const iso = m.elements[NS_ISO_23220] ?? {};
  const full = text(m.elements[NS_ISO_23220_JP]?.full_name_unicode);
  const split = `${text(iso.family_name_unicode)} ${text(iso.given_name_unicode)}`.trim();
  const birth = iso.birth_date;
  const date =
    typeof birth === 'string'
      ? birth
      : birth && typeof birth === 'object'
        ? text((birth as Record<string, ElementValue>).birth_date)
        : '';
  return [`  氏名（カード）: ${full || split}`, `  生年月日（カード）: ${date.replaceAll('-', '/')}`];
}

function formatWalletResult(r: WalletResult, source: string): string {
  const lines = [`■ ${walletHeadline(r.verdict, r.reasons, 'ja')}`, `  入力: ${source}`];
  if (r.docType !== null) lines.push(`  書類: ${DOC_LABELS[r.docType] ?? r.docType}（${r.docType}）`);
  for (const c of r.checks)
    if (c.result === 'fail' && c.code)
      lines.push(`  ✗ ${STEP_LABELS[c.name]}：${walletReasonText(c.code, 'ja')}`);
  if (r.mdoc)
    lines.push(`  発行元: ${r.mdoc.issuer}`, ...elementLines(r), `  有効期限: ${r.mdoc.validUntil}`);
  if (r.statusCheckedAt) lines.push(`  失効情報の取得時刻: ${r.statusCheckedAt}`);
  return lines.join('\n');
}

/** The §8.7 line, and under a mismatch the advice (the 異体字・旧姓 line first when the name differs). */
export function identityText(match: IdentityMatch): string[] {
  const lines = [identityLine(match, 'ja')];
  if (match.result === 'mismatch') {
    if (match.mismatch?.includes('name')) lines.push(IDENTITY_ADVICE.variantKanji.ja);
    lines.push(IDENTITY_ADVICE.checkByEye.ja);
  }
  return lines;
}

export async function reportWallet(
  groups: readonly WalletGroup[],
  ctx: WalletContext,
  urlResults: (VerifyResult & { identity?: IdentityMatch })[],
): Promise<WalletReport> {
  if (groups.length === 0) return { results: [], text: [], allValid: true };
  // The wallet verification (core/mdoc, asn1js) is loaded only when a group is given.
  const { runWalletGroup } = await import('./wallet-inputs');
  const results: WalletJson[] = [];
  const text: string[] = [];
  const dqcs: (VerifyResult | WalletResult)[] = [...urlResults];
  const mncs: WalletResult[] = [];
  for (const group of groups) {
    const call = await runWalletGroup(group, ctx);
    for (const r of call.results) {
      results.push(r);
      text.push(formatWalletResult(r, group.kind === 'mdoc' ? group.mdoc : group.response));
      // A call that failed before any Document stands for what its --request asked for.
      const stands = (docType: string) =>
        r.docType === docType || (r.docType === null && call.requested?.includes(docType));
      if (stands(DQC_DOCTYPE)) dqcs.push(r);
      if (stands(MNC_DOCTYPE)) mncs.push(r);
    }
  }
  let identity: IdentityMatch | undefined;
  const [dqc] = dqcs;
  const [mnc] = mncs;
  if (dqcs.length === 1 && mncs.length === 1 && dqc && mnc) {
    identity = matchIdentity(dqc, mnc);
    (dqc as { identity?: IdentityMatch }).identity = identity;
    text.push(identityText(identity).join('\n'));
  }
  const allValid = results.every((r) => r.verdict === 'valid') && (!identity || identity.result === 'match');
  return { results, text, allValid };
}

/** reportWallet, with a file the caller named that cannot be used as a usage problem (exit 2). */
export async function reportWalletOrProblem(
  groups: readonly WalletGroup[],
  ctx: WalletContext,
  json: readonly object[],
): Promise<WalletReport | { problem: string }> {
  const verified = json.filter((r): r is VerifyResult => 'verdict' in r);
  try {
    return await reportWallet(groups, ctx, verified);
  } catch (e) {
    if (e instanceof WalletInputError) return { problem: e.message };
    throw e;
  }
}
