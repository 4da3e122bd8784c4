// Issuance throughput without PDF. Target: ≥ 2,000 certificates/s.
// - In memory, one thread: the issuer's own code path (random cti and status index, signing,
//   self-check through the verification core, registry), then with each QR PNG made too.
// - The `issue --batch` command as a person runs it (a CSV of BENCH_CERTS rows → .url and .png
//   files; QR images on worker threads), the rate it prints itself: into a RAM disk where there is
//   one (/dev/shm), then into the temp folder on disk. The disk moves the second figure, so the
//   filesystem's own rate of creating small files there is printed beside it.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { imageWorkersFor } from '../issuer/batch/credential-file-pool';
import { IssuerFolder } from '../issuer/folder/folder';
import { createIssuerFolder } from '../issuer/folder/init';
import { type IssueRequest, issueCredential } from '../issuer/issuing/issue';
import { qrPng } from '../issuer/qr/qr-image';

const N = Number(process.env.BENCH_CERTS ?? 5000);
const CONCURRENCY = 64; // rows in flight, as in `issue --batch` (here in groups; the command keeps lanes)

const request = (i: number): IssueRequest => ({
  code: 1,
  holderName: `山田 花子${i}`,
  birthDate: '1990-04-01',
  registrationNumber: String(100000 + i),
  registrationDate: '2015-05-01',
});

const line = (label: string, rate: number, detail: string) =>
  console.log(`  ${label.padEnd(52)} ${rate.toFixed(0).padStart(6)} certificates/s  (${detail})`);

async function inMemory(label: string, png: boolean): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'dqc-bench-issue-'));
  const now = Math.floor(Date.now() / 1000);
  await createIssuerFolder(dir, 'https://dqcv.example.jp', now, { iss: 'jp.example', name: '試験機関' });
  const folder = await IssuerFolder.open(dir);
  await issueCredential(folder, request(-1), now); // keys loaded, code warm
  const started = performance.now();
  for (let i = 0; i < N; i += CONCURRENCY) {
    await Promise.all(
      Array.from({ length: Math.min(CONCURRENCY, N - i) }, async (_, j) => {
        const issued = await issueCredential(folder, request(i + j), now);
        if (png) qrPng(issued.url, { moduleSize: 4 });
      }),
    );
  }
  await folder.save();
  const seconds = (performance.now() - started) / 1000;
  line(label, N / seconds, `${N} in ${seconds.toFixed(2)} s`);
  rmSync(dir, { recursive: true, force: true });
}

/** As `npm run issuer` runs it. */
const issuer = (args: string[]) =>
  spawnSync(process.execPath, ['--import', 'tsx', 'issuer/cli.ts', ...args], { encoding: 'utf8' });

/** `issue --batch` on a fresh folder under `parent`; the rate the command prints. */
function cliBatch(label: string, parent: string): void {
  const dir = mkdtempSync(join(parent, 'dqc-bench-batch-'));
  const keys = issuer(['keys', '--dir', join(dir, 'issuer'), '--base', 'https://dqcv.example.jp']);
  if (keys.status !== 0) throw new Error(`issuer keys failed: ${keys.stderr}`);
  const rows = Array.from({ length: N }, (_, i) => `1,山田 花子${i},1990-04-01,${100000 + i},2015-05-01`);
  writeFileSync(join(dir, 'batch.csv'), `qual,name,birth,reg-no,reg-date\n${rows.join('\n')}\n`);
  const started = performance.now();
  const run = issuer(['issue', '--dir', join(dir, 'issuer'), '--batch', join(dir, 'batch.csv')]);
  const wall = (performance.now() - started) / 1000;
  const rate = /（(\d+) 件\/秒）/.exec(run.stderr)?.[1];
  if (run.status !== 0 || !rate) throw new Error(`issue --batch failed: ${run.stderr}`);
  line(label, Number(rate), `${N} rows; the whole command with start-up and checks ${wall.toFixed(2)} s`);
  rmSync(dir, { recursive: true, force: true });
}

/** Small files (a credential URL's size) this filesystem creates per second, nothing else done. */
function filesystemRate(parent: string): number {
  const dir = mkdtempSync(join(parent, 'dqc-bench-fs-'));
  const n = 2000;
  const body = `https://dqcv.example.jp/w/?c=${'A'.repeat(520)}\n`;
  const started = performance.now();
  for (let i = 0; i < n; i++) writeFileSync(join(dir, `${i}.url`), body);
  const rate = n / ((performance.now() - started) / 1000);
  rmSync(dir, { recursive: true, force: true });
  return rate;
}

console.log('Issuance throughput without PDF (target ≥ 2,000/s)');
await inMemory('in memory, one thread: signed + URL + self-check', false);
await inMemory('… + QR PNG made in memory', true);
const workers = imageWorkersFor(N, { png: true });
const batch = `issue --batch → .url + .png, ${workers} image worker${workers === 1 ? '' : 's'} (${availableParallelism()} cores)`;
if (existsSync('/dev/shm')) cliBatch(`${batch}, RAM disk`, '/dev/shm');
const before = filesystemRate(tmpdir());
cliBatch(`${batch}, ${tmpdir()}`, tmpdir());
const after = filesystemRate(tmpdir());
console.log(
  `  (this filesystem alone, ${tmpdir()}: ${before.toFixed(0)} then ${after.toFixed(0)} small files/s, nothing else done)`,
);
