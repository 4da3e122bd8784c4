// `--record` on bad input: whatever the file is, the CLI prints PROFILE §9's JSON with the reason
// and exits 1 — not a record, malformed JSON, more than 2 MiB of JSON, an unknown version, bytes
// that are not a PDF — and never crashes; a file that does not exist is a usage error (2).
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { renderCertificatePdf } from '../../issuer/pdf/index';
import { MAX_RECORD_JSON_BYTES } from '../../record/record-json';
import { verifyCli } from '../helpers/run-cli';
import { context, issueUrl, makeWorld } from '../helpers/world';
import { SAMPLE } from '../issuer/pdf/fixtures';
import { jsonBytes, recordOf, withEmbedded } from '../record/support/records';
import { verifyCliAll } from './support/verify-async';

const cases: [string, RegExp][] = [
  ['certificate', /dqc-record\.json が添付されていません/],
  ['malformed', /JSON として読めません/],
  ['too-large', /大きすぎます（2 MiB まで）/],
  ['version-2', /版（record: 2）に対応していません/],
  ['not-a-pdf', /PDFとして読めません/],
];
const files = new Map<string, string>();

beforeAll(async () => {
  const dir = mkdtempSync(join(tmpdir(), 'dqc-record-bad-'));
  const world = await makeWorld();
  const { json, pdf } = await recordOf(await issueUrl(world), context(world));
  const contents: Record<string, Uint8Array> = {
    certificate: await renderCertificatePdf(SAMPLE),
    malformed: await withEmbedded(pdf, new TextEncoder().encode('{"record": 1, "result": ')),
    'too-large': await withEmbedded(pdf, jsonBytes({ ...json, pad: 'x'.repeat(MAX_RECORD_JSON_BYTES) })),
    'version-2': await withEmbedded(pdf, jsonBytes({ ...json, record: 2 })),
    'not-a-pdf': new TextEncoder().encode('%PDF-1.7\nnothing else'),
  };
  for (const [name, bytes] of Object.entries(contents)) {
    const file = join(dir, `${name}.pdf`);
    writeFileSync(file, bytes);
    files.set(name, file);
  }
}, 60_000);

describe('--record on bad input', () => {
  it('prints §9 JSON with the reason and exits 1, for each kind of bad file', async () => {
    const runs = await verifyCliAll(cases.map(([name]) => ['--record', files.get(name) as string]));
    runs.forEach((run, i) => {
      const [name, reason] = cases[i] as [string, RegExp];
      expect([name, run.status]).toEqual([name, 1]);
      const out = JSON.parse(run.stdout);
      expect(out).toEqual({
        record: 'unverifiable',
        recorded: null,
        differences: [expect.stringMatching(reason)],
      });
      expect(run.stderr).not.toMatch(/at .*\.ts:\d+/); // no stack trace
    });
  }, 120_000);

  it('a file that does not exist is a usage error', () => {
    const r = verifyCli(['--record', join(tmpdir(), 'no-such-record.pdf')]);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
  });
});
