// `npm run bench`: every benchmark in turn, each a separate process that prints its figures.
// Targets are checked by reading these figures, never by timed unit tests.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

const BENCHES: [string, string][] = [
  ['verify-speed.ts', 'verify vs raw WebCrypto vs @auth0/cose (Node, Chromium); target ≤ 1.2×'],
  ['bundle-size.ts', 'verify path ≤ 10 KB gz; first screen ≤ 60 KB gz; lazy chunks'],
  ['issue-throughput.ts', 'issuance without PDF; target ≥ 2,000/s'],
  ['pdf-issue.ts', 'certificate PDFs; target ≥ 20/s'],
  ['qr-photos.ts', 'QR decoders on the shared photos; target ≥ 195/201'],
  ['pdf-verify.ts', 'PDF → verdict in Chromium vs pdf.js rendering at scale 2'],
  ['status-list-10m.ts', 'a 10,000,000-entry status list'],
  ['worker-load.ts', 'load test of the local Worker (GET /status/1)'],
];

const only = process.argv.slice(2);
let failed = 0;
for (const [file, what] of BENCHES) {
  if (only.length > 0 && !only.some((o) => file.startsWith(o))) continue;
  const path = resolve('bench', file);
  if (!existsSync(path)) continue;
  process.stdout.write(`\n\x1b[1m## ${file} — ${what}\x1b[0m\n`);
  const started = Date.now();
  const run = spawnSync(resolve('node_modules/.bin/tsx'), [path], { stdio: 'inherit', env: process.env });
  if (run.status !== 0) failed++;
  process.stdout.write(`(${((Date.now() - started) / 1000).toFixed(0)} s)\n`);
}
process.exitCode = failed > 0 ? 1 : 0;
