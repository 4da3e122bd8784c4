// `--record FILE.pdf`: re-checks a verification record exactly as PROFILE §9 says, and prints §9's
// JSON on stdout: {"record": consistent|inconsistent|unverifiable, "recorded", "recheck"?,
// "differences"?}. The evidence is verified with the anchor of `--data DIR`. With `--now` the same
// credential is also checked again with the current data of `--data` at that time (`recheck`),
// and a line on stderr says both, e.g. "valid on 2026-12-07; revoked as of 2027-03-02".
// Exit code 0 when the record is consistent, 1 otherwise, 2 when the file cannot be read at all.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { type WalletReasonCode, walletHeadline } from '../core/mdoc/reasons';
import { headline, type Verdict } from '../core/reasons';
import { type AnchorKey, importAnchorJwk } from '../core/trust-list';
import type { VerifyResult } from '../core/types';
import { checkRecordPdf } from '../record/read-record';
import { type RecordCheck, recheckToday } from '../record/recheck';
import { shownResult } from '../record/record-text';
import { pdfPageText } from './record-node';
import { loadTrustData } from './trust-data';

const RECORD_WORDS = {
  consistent: '記録は正しい',
  inconsistent: '記録に不一致があります',
  unverifiable: '記録を確認できません',
};

/** The verifier's own anchor (PROFILE §9), or null with the reason when `--data` has none. */
async function anchorOf(dir: string | undefined): Promise<AnchorKey | null> {
  if (dir === undefined) return null;
  try {
    return await importAnchorJwk(JSON.parse(await readFile(join(dir, 'anchor.json'), 'utf8')));
  } catch {
    return null;
  }
}

const day = (rfc3339: string) => rfc3339.slice(0, 10);

/** English status words for the one-line summary ("revoked", "valid", "cannot be confirmed"). */
function statusWord(r: { verdict: Verdict; reasons: readonly WalletReasonCode[] }): string {
  const code = r.reasons[0];
  if (r.verdict === 'invalid' && (code === 'REVOKED' || code === 'SUSPENDED' || code === 'DELETED'))
    return code.toLowerCase();
  // §8.6: a wallet result's headline is §6's with the wallet codes' texts.
  return walletHeadline(r.verdict, r.reasons, 'en').replace(/^./, (c) => c.toLowerCase());
}

/** "valid on 2026-12-07; revoked as of 2027-03-02" (the status list's time, else the --now day). */
export function recheckSummary(
  checkedAt: string,
  recorded: RecordCheck['recorded'],
  now: VerifyResult,
  nowAt: string,
): string {
  const then = recorded ? `${statusWord(shownResult(recorded))} on ${day(checkedAt)}` : 'no readable record';
  return `${then}; ${statusWord(now)} as of ${day(now.statusCheckedAt ?? nowAt)}`;
}

export async function runRecordCheck(
  path: string,
  dataDir: string | undefined,
  now: number | undefined,
): Promise<number> {
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await readFile(path));
  } catch (e) {
    process.stderr.write(
      `エラー: ${path} を読めません（${(e as NodeJS.ErrnoException).code ?? (e as Error).message}）\n`,
    );
    return 2;
  }
  const anchor = await anchorOf(dataDir);
  if (!anchor)
    process.stderr.write('警告: --data に anchor.json がありません。証拠を検証できません（unverifiable）\n');
  const { check, json } = await checkRecordPdf(bytes, pdfPageText, anchor);
  const out: RecordCheck = { record: check.record, recorded: check.recorded };
  if (now !== undefined && json) {
    const data = await loadTrustData(dataDir);
    for (const problem of data.problems) process.stderr.write(`警告: ${problem}\n`);
    const today = await recheckToday(json, {
      now,
      trustList: data.trustList,
      seenIat: data.seenIat,
      statusLists: (uri) => data.statusLists.filter((l) => l.uri === uri),
    });
    if (today) {
      out.recheck = today;
      const nowAt = new Date(now * 1000).toISOString();
      process.stderr.write(`再確認: ${recheckSummary(json.checkedAt, check.recorded, today, nowAt)}\n`);
      process.stderr.write(`  現在の結果: ${headline(today.verdict, today.reasons, 'ja')}\n`);
    }
  }
  if (check.differences) out.differences = check.differences;
  process.stderr.write(`${RECORD_WORDS[check.record]}（${check.record}）\n`);
  for (const d of check.differences ?? []) process.stderr.write(`  - ${d}\n`);
  process.stdout.write(`${JSON.stringify(out, null, 2)}\n`);
  return check.record === 'consistent' ? 0 : 1;
}
