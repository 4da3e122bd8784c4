// A large batch: its QR images are drawn and written on worker threads (credential-file-pool.ts).
// Every credential's files must be there and right, and a failure part way must stop the batch
// with a clear error while the registry keeps every index already handed out; so must Ctrl-C.
import { mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { POOL_THRESHOLD } from '../../../issuer/batch/credential-file-pool';
import { decodeQrFromImageFile } from '../../../reading/node/qr-node';
import { background, batchList, batchListPath, issuerCli, verifyCli } from '../../helpers/run-cli';

const ROWS = POOL_THRESHOLD + 44;
const WORKERS = { DQC_IMAGE_WORKERS: '2' }; // workers even on a one-core machine
let dir: string;

const csv = (names: string[]) =>
  `qual,name,birth,reg-no,reg-date,out\n${names.map((n, i) => `1,山田 花子${i},1990-04-01,${i + 1},2015-05-01,${n}`).join('\n')}\n`;
const issued = () =>
  (JSON.parse(readFileSync(join(dir, 'issuer.json'), 'utf8')) as { issued: Record<string, { idx: number }> })
    .issued;

beforeAll(() => {
  dir = join(mkdtempSync(join(tmpdir(), 'dqc-batch-')), 'world');
  const r = issuerCli(['keys', '--dir', dir, '--base', 'http://localhost:8799']);
  expect(r.status, r.stderr).toBe(0);
}, 60_000);

describe('issue --batch on image workers', () => {
  it(`${ROWS} rows: every .url verifies as valid and the PNGs read back as their URLs`, async () => {
    const names = Array.from({ length: ROWS }, (_, i) => `row-${i}`);
    writeFileSync(join(dir, 'big.csv'), csv(names));
    const r = issuerCli(['issue', '--dir', dir, '--batch', join(dir, 'big.csv')], WORKERS);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stderr).toContain(`${ROWS} 件を発行しました`);
    const files = new Set(readdirSync(join(dir, 'credentials')));
    for (const n of names)
      for (const ext of ['url', 'png']) expect(files.has(`${n}.${ext}`), `${n}.${ext}`).toBe(true);
    const urls = names.map((n) => readFileSync(join(dir, 'credentials', `${n}.url`), 'utf8').trim());
    const results = JSON.parse(verifyCli(['--data', dir, '--json', ...urls]).stdout) as { verdict: string }[];
    expect(results.map((x) => x.verdict)).toEqual(urls.map(() => 'valid'));
    for (const i of [0, ROWS >> 1, ROWS - 1]) {
      const png = readFileSync(join(dir, 'credentials', `row-${i}.png`));
      expect(await decodeQrFromImageFile(new Uint8Array(png))).toEqual([urls[i]]);
    }
    expect(Object.keys(issued())).toHaveLength(ROWS);
    const list = batchList(r.stderr);
    expect(list.map((l) => l.file)).toEqual(names);
    expect(list.map((l) => l.url)).toEqual(urls);
    // The verifier reads the list's url column (a CSV with a url header), row by row.
    const checked = verifyCli(['--data', dir, '--json', batchListPath(r.stderr)]);
    expect(checked.status).toBe(0);
    const fromList = JSON.parse(checked.stdout) as { verdict: string; source: string }[];
    expect(fromList.map((x) => x.verdict)).toEqual(urls.map(() => 'valid'));
    expect(fromList[0]?.source).toBe(`${batchListPath(r.stderr)}:2`);
  }, 120_000);

  it('a file that cannot be written stops the batch with its path; the registry keeps what was signed', () => {
    const before = Object.keys(issued()).length;
    const names = Array.from({ length: ROWS }, (_, i) => `late-${i}`);
    // A link to nowhere where the image should go: the name looks free (so the batch starts), and
    // writing it fails part way through the batch, on a worker.
    symlinkSync(join(dir, 'no-such-folder', 'x.png'), join(dir, 'credentials', 'late-100.png'));
    writeFileSync(join(dir, 'late.csv'), csv(names));
    const r = issuerCli(['issue', '--dir', dir, '--batch', join(dir, 'late.csv')], WORKERS);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('late-100.png');
    const registry = issued();
    const signed = Object.keys(registry).length - before;
    expect(signed).toBeGreaterThan(0);
    const indexes = Object.values(registry).map((x) => x.idx);
    expect(new Set(indexes).size).toBe(indexes.length);
    // Every credential that reached the disk is in the registry.
    const written = readdirSync(join(dir, 'credentials')).filter((f) => /^late-\d+\.url$/.test(f));
    expect(written.length).toBeGreaterThan(0);
    expect(written.length).toBeLessThanOrEqual(signed);
    // The list names every credential signed, the one whose files failed without a file.
    const list = batchList(r.stderr);
    expect(list).toHaveLength(signed);
    expect(list.every((l) => l.cti in registry)).toBe(true);
    expect(list.find((l) => l.row === '101')).toMatchObject({ file: '' });
    expect(new Set(list.filter((l) => l.file).map((l) => `${l.file}.url`))).toEqual(new Set(written));
  }, 120_000);

  it('Ctrl-C part way: exit code 130, and every credential written is in the registry', async () => {
    const rows = 6000;
    const before = Object.keys(issued()).length;
    const names = Array.from({ length: rows }, (_, i) => `cut-${i}`);
    writeFileSync(join(dir, 'cut.csv'), csv(names));
    // Node with tsx's loader, not the tsx launcher: signalled alone, the launcher relays the signal
    // and kills the issuer if it has not answered within 30 ms, which a loaded test machine misses.
    let sent = false; // once: a second Ctrl-C ends the issuer at once
    const batch = background(
      ['issue', '--dir', dir, '--batch', join(dir, 'cut.csv')],
      (text) => {
        if (!sent && text.includes(`発行中… 1000/${rows}`)) sent = batch.child.kill('SIGINT');
      },
      WORKERS,
    );
    const { code, stderr } = await batch.exited;
    expect(code).toBe(130);
    expect(stderr).toContain('中断しました');
    const registry = issued();
    const indexes = Object.values(registry).map((x) => x.idx);
    expect(new Set(indexes).size).toBe(indexes.length);
    const written = readdirSync(join(dir, 'credentials')).filter((f) => /^cut-\d+\.url$/.test(f));
    expect(written.length).toBeGreaterThanOrEqual(1000);
    expect(written.length).toBeLessThan(rows);
    // Each written URL's credential is recorded: its cti is a registry key.
    const ctis = new Set(Object.keys(registry));
    const sample = written.filter((_, i) => i % 97 === 0);
    const results = JSON.parse(
      verifyCli([
        '--data',
        dir,
        '--json',
        ...sample.map((f) => readFileSync(join(dir, 'credentials', f), 'utf8').trim()),
      ]).stdout,
    ) as { verdict: string; credential: { cti: string } }[];
    expect(results.map((r) => r.verdict)).toEqual(sample.map(() => 'valid'));
    for (const r of results) expect(ctis.has(r.credential.cti)).toBe(true);
    // The list has every credential this batch signed, and names exactly the files written.
    const list = batchList(stderr);
    expect(list.length).toBe(Object.keys(registry).length - before);
    expect(list.every((l) => ctis.has(l.cti))).toBe(true);
    expect(new Set(list.filter((l) => l.file).map((l) => `${l.file}.url`))).toEqual(new Set(written));
    // The way to finish the batch is named, and following it gives every row exactly one.
    const from = Number(/--from-row (\d+)/.exec(stderr)?.[1]);
    expect(from).toBe(list.length + 1);
    const rest = issuerCli(
      ['issue', '--dir', dir, '--batch', join(dir, 'cut.csv'), '--from-row', `${from}`],
      WORKERS,
    );
    expect(rest.status, rest.stderr).toBe(0);
    const restList = batchList(rest.stderr);
    expect(restList[0]?.row).toBe(`${from}`);
    expect(Object.keys(issued()).length - before).toBe(rows);
    expect(readdirSync(join(dir, 'credentials')).filter((f) => /^cut-\d+\.url$/.test(f))).toHaveLength(rows);
  }, 120_000);
});
