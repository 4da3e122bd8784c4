// Re-checking a record (PROFILE §9), pure: time, anchor and current data come in as arguments.
// The evidence is verified with the verifier's own anchor (the trust list must verify; an older
// `seq` than the verifier's own is fine), the status list with a status signer of that trust
// list; then §6 runs on the recorded URL with now = checkedAt, that trust list and that status
// list. `consistent` when it gives the recorded result; the page is compared with the JSON too.
//
// Stricter than "the recorded verdict and reasons", and why: the whole §6 result is compared
// (checks, credential, statusCheckedAt, trustListSeq), so a status token swapped for an older one
// that happens to give the same verdict is still named (its `iat` is not the recorded one).
//
// The §6.1 document member: the PDF that was checked is not in the record, so the printed text
// and photo cannot be compared again. The re-check keeps `document` as recorded and checks only
// that its verdict follows from its recorded item comparisons and the re-verified credential
// (§6.1's rule, reading/pdf/document-result.ts).
import { decodeBase64Strict } from '../core/bytes';
import { headline } from '../core/reasons';
import { readStatusList } from '../core/status-list';
import { type AnchorKey, readTrustList } from '../core/trust-list';
import type { StatusList, VerifyContext, VerifyResult } from '../core/types';
import { verify } from '../core/verify';
import { DOCUMENT_ITEMS, type DocumentResult, documentVerdict } from '../reading/pdf/document-result';
import type { TextRun } from '../reading/pdf/text-lines';
import { pageDifferences } from './page-compare';
import {
  type AnyRecordJson,
  isWalletRecord,
  type RecordedResult,
  type RecordedWalletResult,
} from './record-json';
import { secondsOf } from './record-text';

export type RecordVerdict = 'consistent' | 'inconsistent' | 'unverifiable';

/** PROFILE §9's JSON, exactly. `recorded` is null only when no record could be read at all. */
export interface RecordCheck {
  record: RecordVerdict;
  recorded: RecordedResult | RecordedWalletResult | null;
  recheck?: VerifyResult;
  differences?: string[];
}

export const UNVERIFIABLE = {
  minimal: '最小限の記録のため証拠がなく、再確認できません',
  noEvidence: '証拠（読み取ったURL・信頼リスト・失効情報）がないため、再確認できません',
  noAnchor: '信頼の基点（anchor.json）がないため、証拠を検証できません',
  /** PROFILE §8.9: a record of a wallet presentation holds no evidence. */
  wallet:
    'ウォレットでの確認の記録です。ウォレットの応答は保存しないため（PROFILE §8.9）証拠がなく、再確認できません',
} as const;

/** A record that could not be read: nothing recorded, the reason named. */
export const unreadable = (problem: string): RecordCheck => ({
  record: 'unverifiable',
  recorded: null,
  differences: [problem],
});

const said = (r: Pick<VerifyResult, 'verdict' | 'reasons'>) =>
  `「${headline(r.verdict, r.reasons, 'ja')}」（${r.reasons.join(', ') || '理由なし'}）`;

/** The members of two §6 results that differ, each named. */
export function resultDifferences(recorded: RecordedResult, again: VerifyResult): string[] {
  const out: string[] = [];
  const where = '証拠による再検証';
  if (recorded.verdict !== again.verdict || recorded.reasons.join() !== again.reasons.join())
    out.push(`判定: 記録は${said(recorded)}、${where}では${said(again)}`);
  recorded.checks.forEach((c, i) => {
    const a = again.checks[i];
    const form = (x: { result: string; code?: string } | undefined) =>
      x ? x.result + (x.code ? ` ${x.code}` : '') : '—';
    if (form(c) !== form(a))
      out.push(`確認項目 ${c.step}（${c.name}）: 記録は ${form(c)}、${where}では ${form(a)}`);
  });
  if ((recorded.statusCheckedAt ?? null) !== (again.statusCheckedAt ?? null))
    out.push(
      `失効情報の時点: 記録は ${recorded.statusCheckedAt ?? 'なし'}、${where}では ${again.statusCheckedAt ?? 'なし'}`,
    );
  if (recorded.trustListSeq !== again.trustListSeq)
    out.push(`信頼リストの版: 記録は ${recorded.trustListSeq}、${where}では ${again.trustListSeq}`);
  const paths = differingPaths(recorded.credential, again.credential, 'credential');
  if (paths.length > 0) out.push(`登録事項: 記録と${where}で異なります（${paths.slice(0, 8).join(', ')}）`);
  return out;
}

/** Paths at which two JSON values differ (objects by key, everything else by value). */
function differingPaths(a: unknown, b: unknown, path: string): string[] {
  const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;
  if (!isObj(a) || !isObj(b)) return JSON.stringify(a) === JSON.stringify(b) ? [] : [path];
  const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])].sort();
  return keys.flatMap((k) => differingPaths(a[k], b[k], `${path}.${k}`));
}

/** §6.1's rule on the recorded comparisons and the re-verified credential. */
function documentDifferences(recorded: RecordedResult, again: VerifyResult): string[] {
  const doc = recorded.document;
  if (!doc) return [];
  const items = doc.items;
  if (!DOCUMENT_ITEMS.every((i) => items[i] !== undefined))
    return ['PDFの記載の判定: 記録に比較結果がそろっていません'];
  const follows = documentVerdict(again, items as DocumentResult['items']);
  return follows.verdict === doc.verdict && follows.reasons.join() === doc.reasons.join()
    ? []
    : [`PDFの記載の判定: 記録は${said(doc)}、記録された比較と再検証からは${said(follows)}`];
}

/** Verifies the evidence and runs §6 with it at checkedAt: the differences from the recorded result. */
export async function evidenceDifferences(json: AnyRecordJson, anchor: AnchorKey): Promise<string[]> {
  if (isWalletRecord(json)) return [];
  const evidence = json.evidence;
  if (!evidence) return [];
  const tlBytes = decodeBase64Strict(evidence.trustList, true);
  if (!tlBytes) return ['信頼リスト（証拠）: base64url として読めません'];
  const tl = await readTrustList(tlBytes, anchor);
  if (!tl.ok) return [`信頼リスト（証拠）: 信頼の基点で検証できません（${tl.code}: ${tl.error}）`];
  let list: StatusList | undefined;
  if (evidence.statusList !== undefined) {
    const slBytes = decodeBase64Strict(evidence.statusList, true);
    if (!slBytes) return ['失効情報（証拠）: base64url として読めません'];
    const sl = await readStatusList(slBytes, tl.value);
    if (!sl.ok)
      return [`失効情報（証拠）: 信頼リストの失効情報の署名者で検証できません（${sl.code}: ${sl.error}）`];
    list = sl.value;
  }
  const ctx: VerifyContext = {
    now: secondsOf(json.checkedAt),
    trustList: tl.value,
    statusLists: (uri) => (list && list.uri === uri ? [list] : []),
  };
  const again = await verify(evidence.credential, ctx);
  return [...resultDifferences(json.result, again), ...documentDifferences(json.result, again)];
}

/**
 * PROFILE §9's re-check of a read record: page against JSON, then the evidence. Any difference
 * makes it inconsistent; otherwise a record of a wallet presentation (§8.9), a minimal record, one
 * without evidence, or a verifier without an anchor leaves it unverifiable (the reason is the one
 * entry of `differences`).
 */
export async function recheckRecord(
  json: AnyRecordJson,
  pages: readonly (readonly TextRun[])[],
  anchor: AnchorKey | null,
): Promise<RecordCheck> {
  const differences = pageDifferences(json, pages);
  let cannot: string | undefined;
  if (isWalletRecord(json)) cannot = UNVERIFIABLE.wallet;
  else if (json.minimal) cannot = UNVERIFIABLE.minimal;
  else if (!json.evidence) cannot = UNVERIFIABLE.noEvidence;
  else if (!anchor) cannot = UNVERIFIABLE.noAnchor;
  else differences.push(...(await evidenceDifferences(json, anchor)));
  if (differences.length > 0) return { record: 'inconsistent', recorded: json.result, differences };
  if (cannot) return { record: 'unverifiable', recorded: json.result, differences: [cannot] };
  return { record: 'consistent', recorded: json.result };
}

/** The same credential checked again with current data (only when asked). */
export async function recheckToday(
  json: AnyRecordJson,
  ctx: VerifyContext,
): Promise<VerifyResult | undefined> {
  return !isWalletRecord(json) && json.evidence ? verify(json.evidence.credential, ctx) : undefined;
}
