// A record made by the maker from a real verification of a demo certificate re-checks as
// consistent through the CLI (`--record`); the same record doctored — its page text edited (氏名
// in the content stream, the verdict on a re-made page), its JSON's verdict changed, its status
// token swapped for an older or a foreign one, its trust list re-signed by another key — is
// inconsistent, each with the right difference named. Exit code 0 only for consistent.
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { nodeFontSubsetter } from '../../cli/record-node';
import { loadTrustData } from '../../cli/trust-data';
import { encodeBase64Url } from '../../core/bytes';
import type { CredentialView, VerifyContext } from '../../core/types';
import type { DemoSample } from '../../issuer/demo';
import { generateKeyPair } from '../../issuer/folder/keys';
import { signStatusList } from '../../issuer/lists/status-list-token';
import type { RecordCheck } from '../../record/recheck';
import { type RecordJson, recordJsonBytes } from '../../record/record-json';
import { renderRecordPdf } from '../../record/record-pdf';
import { issuerCli } from '../helpers/run-cli';
import { editPageText, recordOf, resign, withEmbedded } from '../record/support/records';
import { verifyCliAll } from './support/verify-async';

let dir: string;
/** Each variant's file and the CLI's answer for it. */
const answers = new Map<string, { status: number | null; check: RecordCheck }>();

const isoOf = (seconds: number) => new Date(seconds * 1000).toISOString().replace(/\.\d{3}Z$/, 'Z');
const withEvidence = (json: RecordJson, evidence: Partial<NonNullable<RecordJson['evidence']>>) =>
  recordJsonBytes({
    ...json,
    evidence: { ...(json.evidence as NonNullable<RecordJson['evidence']>), ...evidence },
  });

beforeAll(async () => {
  const root = mkdtempSync(join(tmpdir(), 'dqc-record-tamper-'));
  const demo = join(root, 'demo');
  const made = issuerCli(['demo', '--out', demo, '--base', 'http://localhost:8787']);
  expect(made.status, made.stderr).toBe(0);
  const manifest = JSON.parse(readFileSync(join(demo, 'manifest.json'), 'utf8')) as DemoSample[];
  // A copy whose status list is re-signed ten minutes on: the list the record holds is the newer
  // one, and the demo's original is a genuine older token of the same list.
  dir = join(root, 'world');
  cpSync(demo, dir, { recursive: true });
  const older = readFileSync(join(dir, 'status', '1.cbor'));
  const now = Math.floor(Date.now() / 1000) + 600;
  const refreshed = issuerCli(['status', '--dir', dir, '--refresh', '--now', isoOf(now)]);
  expect(refreshed.status, refreshed.stderr).toBe(0);

  const data = await loadTrustData(dir);
  const ctx: VerifyContext = {
    now: now + 60,
    trustList: data.trustList,
    seenIat: data.seenIat,
    statusLists: (uri) => data.statusLists.filter((l) => l.uri === uri),
  };
  const url = manifest.find((s) => s.name === 'valid-kaigo')?.url as string;
  const { json, pdf } = await recordOf(url, ctx);
  expect(json.result.verdict).toBe('valid');
  const fonts = await nodeFontSubsetter();
  const statusUri = (json.result.credential as CredentialView).status.uri;
  const foreign = await signStatusList(
    { uri: statusUri, iat: now, exp: now + 3600, ttl: 60, size: 1 << 17, statuses: new Map() },
    await generateKeyPair(),
  );
  const pageSays = {
    ...json,
    result: { ...json.result, verdict: 'invalid' as const, reasons: ['REVOKED' as const] },
  };
  const variants: Record<string, Uint8Array> = {
    original: pdf,
    'name-edited': await editPageText(pdf, '山田 花子', '花田 山子'),
    'verdict-on-page': await renderRecordPdf(pageSays, recordJsonBytes(json), fonts),
    'json-verdict': await withEmbedded(pdf, recordJsonBytes(pageSays)),
    'status-older': await withEmbedded(pdf, withEvidence(json, { statusList: encodeBase64Url(older) })),
    'status-foreign': await withEmbedded(pdf, withEvidence(json, { statusList: encodeBase64Url(foreign) })),
    'trust-list-resigned': await withEmbedded(
      pdf,
      withEvidence(json, {
        trustList: encodeBase64Url(
          await resign(data.trustList?.bytes as Uint8Array, await generateKeyPair()),
        ),
      }),
    ),
  };
  const names = Object.keys(variants);
  const files = names.map((name) => {
    const file = join(root, `${name}.pdf`);
    writeFileSync(file, variants[name] as Uint8Array);
    return file;
  });
  const runs = await verifyCliAll(files.map((f) => ['--data', dir, '--record', f]));
  for (const [i, run] of runs.entries())
    answers.set(names[i] as string, { status: run.status, check: JSON.parse(run.stdout) as RecordCheck });
}, 300_000);

const answer = (name: string) => answers.get(name) as { status: number; check: RecordCheck };

describe('--record on a record of a demo certificate', () => {
  it('the record as made re-checks as consistent (exit 0)', () => {
    expect(answer('original').status).toBe(0);
    expect(answer('original').check).toMatchObject({ record: 'consistent', recorded: { verdict: 'valid' } });
    expect(answer('original').check.differences).toBeUndefined();
  });

  it.each([
    ['name-edited', /^氏名: ページの記載「花田 山子」が記録のデータ（JSON）の「山田 花子」と異なります$/],
    [
      'verdict-on-page',
      /^確認結果: ページの記載「無効です（取消されています）」が記録のデータ（JSON）の「有効です」/,
    ],
    ['json-verdict', /^判定: 記録は「無効です（取消されています）」.*証拠による再検証では「有効です」/],
    [
      'json-verdict',
      /^確認結果: ページの記載「有効です」が記録のデータ（JSON）の「無効です（取消されています）」/,
    ],
    ['status-older', /^失効情報の時点: 記録は \S+、証拠による再検証では \S+$/],
    ['status-foreign', /^失効情報（証拠）: .*UNKNOWN_SIGNER/],
    ['trust-list-resigned', /^信頼リスト（証拠）: .*UNKNOWN_SIGNER/],
  ])('%s is inconsistent (exit 1) and names %s', (name, difference) => {
    const { status, check } = answer(name);
    expect(status).toBe(1);
    expect(check.record).toBe('inconsistent');
    expect(
      check.differences?.some((d) => difference.test(d)),
      JSON.stringify(check.differences),
    ).toBe(true);
  });
});
