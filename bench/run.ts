// `npm run bench`: every benchmark in turn, each a separate process that prints its figures.
// Targets are checked by reading these figures, never by timed unit tests.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

const BENCHES: [string, string][] = [
  ['verify-speed.ts', 'verify vs raw WebCrypto vs @auth0/cose (Node, Chromium); target ≤ 1.2×'],
  ['verify-fuzz-times.ts', 'verify() on the fuzz inputs: per-case p50/p95/p99/max'],
  ['bundle-size.ts', 'verify path ≤ 10 KB gz; first screen ≤ 60 KB gz; lazy chunks'],
  ['issue-throughput.ts', 'issuance without PDF; target ≥ 2,000/s'],
  ['pdf-issue.ts', 'certificate PDFs; target ≥ 20/s'],
  ['qr-photos.ts', 'QR decoders on the shared photos; target ≥ 195/201'],
  ['qr-set.ts', 'QR chain vs zxing-wasm on BoofCV labelled photos (DQC_QR_SET or a folder argument)'],
  ['camera-verdict.ts', 'camera → verdict in Chromium (fake capture device); target ≤ 300 ms'],
  ['pdf-verify.ts', 'PDF → verdict in Chromium vs pdf.js rendering at scale 2'],
  [
    'wallet-identity.ts',
    'wallet path: lazy chunk (gz); wallet answer → identity result in Chromium; target ≤ 50 ms',
  ],
  ['pdf-budget.ts', 'hostile and real PDFs: CLI ≤ 10 s, ≤ 1 GB each; the app PDF worker per file'],
  ['record-make.ts', 'verification record (PROFILE §9) in Chromium; target ≤ 500 ms once the font is loaded'],
  ['status-list-10m.ts', 'a 10,000,000-entry status list'],
  ['worker-load.ts', 'load test of the local Worker (GET /status/1)'],
];

// A folder among the arguments is BoofCV's QR set for qr-set.ts (`npm run bench -- qr-set DIR`).
const folders = process.argv.slice(2).filter((a) => existsSync(a));
const only = process.argv.slice(2).filter((a) => !folders.includes(a));
const env = folders[0] ? { ...process.env, DQC_QR_SET: resolve(folders[0]) } : process.env;
let failed = 0;
for (const [file, what] of BENCHES) {
  if (only.length > 0 && !only.some((o) => file.startsWith(o))) continue;
  const path = resolve('bench', file);
  if (!existsSync(path)) continue;
  process.stdout.write(`\n\x1b[1m## ${file} — ${what}\x1b[0m\n`);
  const started = Date.now();
  const run = spawnSync(resolve('node_modules/.bin/tsx'), [path], { stdio: 'inherit', env });
  if (run.status !== 0) failed++;
  process.stdout.write(`(${((Date.now() - started) / 1000).toFixed(0)} s)\n`);
}
process.exitCode = failed > 0 ? 1 : 0;
