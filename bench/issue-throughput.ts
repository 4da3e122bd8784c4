// Issuance throughput without PDF: certificates/s for a batch through the issuer's own code path
// (random cti and status index, signing, self-check through the verification core, registry),
// then with the files a batch writes (.url, and a QR PNG per certificate). Target: ≥ 2,000/s.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { IssuerFolder } from '../issuer/folder';
import { createIssuerFolder } from '../issuer/init';
import { type IssueRequest, issueCredential } from '../issuer/issue';
import { writeCredentialFiles } from '../issuer/outputs';

const N = Number(process.env.BENCH_CERTS ?? 5000);
const CONCURRENCY = 64; // as `issue --batch` does

const request = (i: number): IssueRequest => ({
  code: 1,
  holderName: `山田 花子${i}`,
  birthDate: '1990-04-01',
  registrationNumber: String(100000 + i),
  registrationDate: '2015-05-01',
});

async function run(label: string, write: { png: boolean } | null): Promise<void> {
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
        if (write) await writeCredentialFiles(join(dir, 'credentials'), issued.cti, issued.url, write);
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

console.log(`Issuance throughput, one thread (target ≥ 2,000/s without PDF)`);
await run('signed credential + URL + self-check', null);
await run('… + .url file', { png: false });
await run('… + .url file + QR PNG', { png: true });
