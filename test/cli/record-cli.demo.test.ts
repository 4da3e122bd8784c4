// Records through the CLI on the demo world (PROFILE §9): `--save-records` writes one record per
// sample and each re-checks as consistent with `--record`; `--csv` writes one row per input (BOM,
// the columns, no birth date unless `--csv-full`, never over an existing file); a certificate
// revoked after its record was made is consistent then and revoked now; a minimal record holds no
// birth date and is unverifiable.
import { cpSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { CSV_COLUMNS, CSV_FULL_COLUMNS } from '../../cli/csv-summary';
import { pdfPageText } from '../../cli/record-node';
import { importAnchorJwk } from '../../core/trust-list';
import type { DemoSample } from '../../issuer/demo';
import { parseCsv } from '../../reading/csv';
import { embeddedRecordJson } from '../../record/embedded-file';
import { checkRecordPdf } from '../../record/read-record';
import type { RecordCheck } from '../../record/recheck';
import type { RecordJson } from '../../record/record-json';
import { issuerCli, verifyCli } from '../helpers/run-cli';
import { visibleText } from '../record/support/records';
import { verifyCliAll } from './support/verify-async';

let root: string;
let dir: string;
let manifest: DemoSample[];

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'dqc-record-cli-'));
  dir = join(root, 'demo');
  const made = issuerCli(['demo', '--out', dir, '--base', 'http://localhost:8787']);
  expect(made.status, made.stderr).toBe(0);
  manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as DemoSample[];
}, 120_000);

/** The records a run saved, in input order (their names end in the input's number). */
const savedRecords = (folder: string) =>
  readdirSync(folder)
    .filter((f) => f.endsWith('.pdf'))
    .sort((a, b) => (a.slice(-7) < b.slice(-7) ? -1 : 1))
    .map((f) => join(folder, f));

async function jsonOf(record: string): Promise<RecordJson> {
  const embedded = await embeddedRecordJson(new Uint8Array(readFileSync(record)));
  if (!embedded.ok) throw new Error(embedded.problem);
  return JSON.parse(new TextDecoder().decode(embedded.bytes)) as RecordJson;
}

const isoOf = (seconds: number) => new Date(seconds * 1000).toISOString().replace(/\.\d{3}Z$/, 'Z');

describe('--save-records and --csv on the demo manifest', () => {
  let records: string[];
  let csvFile: string;
  beforeAll(() => {
    const folder = join(root, 'records');
    csvFile = join(root, 'checks.csv');
    const inputs = manifest.map((s) => join(dir, s.pdf as string));
    const r = verifyCli(['--data', dir, '--save-records', folder, '--csv', csvFile, ...inputs]);
    expect(r.status, r.stderr).toBe(1); // not every sample is valid
    records = savedRecords(folder);
  }, 240_000);

  it('writes one record per sample, and each re-checks as consistent', async () => {
    expect(records).toHaveLength(manifest.length);
    // Every record in process (the CLI's own code path: pdf.js page text, the anchor of --data)…
    const anchor = await importAnchorJwk(JSON.parse(readFileSync(join(dir, 'anchor.json'), 'utf8')));
    for (const [i, record] of records.entries()) {
      const sample = manifest[i] as DemoSample;
      const { check } = await checkRecordPdf(new Uint8Array(readFileSync(record)), pdfPageText, anchor);
      expect([sample.name, check.record]).toEqual([sample.name, 'consistent']);
      const shown = check.recorded?.document ?? check.recorded;
      const expected = sample.document ?? sample;
      expect([sample.name, shown?.verdict, shown?.reasons]).toEqual([
        sample.name,
        expected.verdict,
        expected.reasons,
      ]);
    }
  }, 120_000);

  it('a valid, a revoked and a doctored-PDF record re-check as consistent through --record (exit 0)', async () => {
    const picked = ['valid-kaigo', 'revoked', 'pdf-edited-name'].map((name) =>
      manifest.findIndex((s) => s.name === name),
    );
    expect(picked.every((i) => i >= 0)).toBe(true);
    const runs = await verifyCliAll(picked.map((i) => ['--data', dir, '--record', records[i] as string]));
    runs.forEach((run, n) => {
      const sample = manifest[picked[n] as number] as DemoSample;
      const out = JSON.parse(run.stdout) as RecordCheck;
      expect([sample.name, run.status, out.record]).toEqual([sample.name, 0, 'consistent']);
      expect(Object.keys(out)).toEqual(['record', 'recorded']);
      expect((out.recorded?.document ?? out.recorded)?.verdict).toBe((sample.document ?? sample).verdict);
    });
  }, 120_000);

  it('each record holds the URL as read and the tokens that decided', async () => {
    const valid = await jsonOf(records[0] as string);
    expect(valid.evidence?.credential).toBe(manifest[0]?.url);
    const statusFile = readdirSync(join(dir, 'status'))[0] as string;
    expect(Buffer.from(valid.evidence?.statusList ?? '', 'base64url')).toEqual(
      readFileSync(join(dir, 'status', statusFile)),
    );
    expect(Buffer.from(valid.evidence?.trustList ?? '', 'base64url')).toEqual(
      readFileSync(join(dir, 'trust-list.cbor')),
    );
  });

  it('the CSV opens with a BOM and the columns, one row per input, and no birth date', () => {
    const text = readFileSync(csvFile, 'utf8');
    expect(text.startsWith('\uFEFF')).toBe(true);
    const [header, ...rows] = parseCsv(text.slice(1)).filter((r) => r.length > 1);
    expect(header).toEqual(CSV_COLUMNS);
    expect(rows).toHaveLength(manifest.length);
    rows.forEach((row, i) => {
      const sample = manifest[i] as DemoSample;
      const expected = sample.document ?? sample;
      expect(row[1], sample.name).toBe(expected.verdict);
      expect(row[2], sample.name).toBe(expected.reasons.join(' '));
      expect(row[6]).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/);
    });
    expect(rows[0]?.slice(3, 6)).toEqual(['介護福祉士', '100001', '厚生労働省（デモ）']);
    expect(text).not.toContain('1990-04-01');
    expect(text).not.toContain('山田');
  });

  it('never overwrites a CSV; --csv-full adds the name and the birth date', () => {
    const before = readFileSync(csvFile);
    const again = verifyCli(['--data', dir, '--csv', csvFile, join(dir, 'credentials', 'valid-kaigo.url')]);
    expect(again.status).toBe(2);
    expect(again.stderr).toContain('上書きしません');
    expect(readFileSync(csvFile)).toEqual(before);
    const full = join(root, 'full.csv');
    verifyCli(['--data', dir, '--csv', full, '--csv-full', join(dir, 'credentials', 'valid-kaigo.url')]);
    const [header, row] = parseCsv(readFileSync(full, 'utf8').slice(1));
    expect(header).toEqual(CSV_FULL_COLUMNS);
    expect(row?.slice(-2)).toEqual(['山田 花子', '1990-04-01']);
  });
});

describe('a record of a certificate revoked afterwards', () => {
  it('re-checks as consistent (valid at the time) and, checked now, revoked — both shown', async () => {
    const world = join(root, 'revoke');
    cpSync(dir, world, { recursive: true });
    const folder = join(root, 'revoke-records');
    const saved = verifyCli([
      '--data',
      world,
      '--save-records',
      folder,
      join(world, 'credentials', 'valid-kaigo.url'),
    ]);
    expect(saved.status, saved.stderr).toBe(0);
    const [record] = savedRecords(folder);
    const json = await jsonOf(record as string);
    const checkedAt = Date.parse(json.checkedAt) / 1000;
    const revoked = issuerCli([
      'status',
      '--dir',
      world,
      '--cti',
      json.result.credential?.cti as string,
      '--set',
      'revoked',
      '--now',
      isoOf(checkedAt + 86400),
    ]);
    expect(revoked.status, revoked.stderr).toBe(0);

    const r = verifyCli([
      '--data',
      world,
      '--record',
      record as string,
      '--now',
      isoOf(checkedAt + 86400 + 60),
    ]);
    expect(r.status).toBe(0);
    const out = JSON.parse(r.stdout) as RecordCheck;
    expect(out.record).toBe('consistent');
    expect([out.recorded?.verdict, out.recheck?.verdict, out.recheck?.reasons]).toEqual([
      'valid',
      'invalid',
      ['REVOKED'],
    ]);
    expect(Object.keys(out)).toEqual(['record', 'recorded', 'recheck']);
    const day = (s: number) => isoOf(s).slice(0, 10);
    expect(r.stderr).toContain(`valid on ${day(checkedAt)}; revoked as of ${day(checkedAt + 86400)}`);

    // Without --now the record alone is re-checked: no `recheck`.
    const plain = JSON.parse(
      verifyCli(['--data', world, '--record', record as string]).stdout,
    ) as RecordCheck;
    expect(plain).toEqual({ record: 'consistent', recorded: out.recorded });
  }, 120_000);
});

describe('--minimal-records', () => {
  it('holds no birth date anywhere and re-checks as unverifiable', async () => {
    const folder = join(root, 'minimal');
    const r = verifyCli([
      '--data',
      dir,
      '--minimal-records',
      '--save-records',
      folder,
      join(dir, 'credentials', 'valid-kango-full.pdf'),
    ]);
    expect(r.status, r.stderr).toBe(0);
    const [record] = savedRecords(folder);
    const json = await jsonOf(record as string);
    const page = await visibleText(new Uint8Array(readFileSync(record as string)));
    for (const text of [JSON.stringify(json), page])
      for (const personal of ['1985-11-23', '1985/11/23', '佐藤', 'サトウ', '生年月日'])
        expect(text).not.toContain(personal);
    const check = verifyCli(['--data', dir, '--record', record as string]);
    expect(check.status).toBe(1);
    expect(JSON.parse(check.stdout)).toMatchObject({
      record: 'unverifiable',
      differences: [expect.stringContaining('最小限')],
    });
  }, 120_000);
});
