// Issuance throughput without PDF: certificates/s for a batch through the issuer's own code path
// (random cti and status index, signing, self-check through the verification core, registry),
// then with each certificate's QR PNG made in memory, then with the files a batch writes (.url,
// and a QR PNG per certificate). Target: ≥ 2,000/s. The rows with files also measure the disk:
// the filesystem's own rate of creating small files in the same place is printed beside them.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { IssuerFolder } from '../issuer/folder';
import { createIssuerFolder } from '../issuer/init';
import { type IssueRequest, issueCredential } from '../issuer/issue';
import { writeCredentialFiles } from '../issuer/outputs';
import { qrPng } from '../issuer/qr-image';

const N = Number(process.env.BENCH_CERTS ?? 5000);
const CONCURRENCY = 64; // as `issue --batch` does

const request = (i: number): IssueRequest => ({
  code: 1,
  holderName: `山田 花子${i}`,
  birthDate: '1990-04-01',
  registrationNumber: String(100000 + i),
  registrationDate: '2015-05-01',
});

type Extra = { files: { png: boolean } } | { pngInMemory: true } | null;

async function run(label: string, extra: Extra): Promise<void> {
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
        if (extra && 'files' in extra)
          await writeCredentialFiles(join(dir, 'credentials'), issued.cti, issued.url, extra.files);
        else if (extra) qrPng(issued.url, { moduleSize: 4 });
      }),
    );
  }
  await folder.save();
  const seconds = (performance.now() - started) / 1000;
  console.log(
    `  ${label.padEnd(44)} ${(N / seconds).toFixed(0).padStart(6)} certificates/s  (${N} in ${seconds.toFixed(2)} s)`,
  );
  rmSync(dir, { recursive: true, force: true });
}

/** Small files (a credential URL's size) this filesystem creates per second, nothing else done. */
function filesystemRate(): number {
  const dir = mkdtempSync(join(tmpdir(), 'dqc-bench-fs-'));
  const n = 2000;
  const body = `https://dqcv.example.jp/w/?c=${'A'.repeat(520)}\n`;
  const started = performance.now();
  for (let i = 0; i < n; i++) writeFileSync(join(dir, `${i}.url`), body);
  const rate = n / ((performance.now() - started) / 1000);
  rmSync(dir, { recursive: true, force: true });
  return rate;
}

console.log(`Issuance throughput, one thread (target ≥ 2,000/s without PDF)`);
await run('signed credential + URL + self-check', null);
await run('… + QR PNG made in memory', { pngInMemory: true });
const before = filesystemRate();
await run('… + .url file', { files: { png: false } });
await run('… + .url file + QR PNG file', { files: { png: true } });
const after = filesystemRate();
console.log(
  `  (this filesystem alone, ${tmpdir()}: ${before.toFixed(0)} then ${after.toFixed(0)} small files/s, nothing else done)`,
);
