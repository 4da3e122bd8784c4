// `npm start`: the demo world (made when absent, lists re-signed when expired), the PWA built
// against it, the status service on localhost (wrangler dev → workerd, offline), the demo lists
// published to it, and the URLs to try. Ctrl-C stops everything.
import { spawnSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { ensureDemoWorld, publishDemo } from './lib/demo-data';
import { startLocalService } from './lib/local-service';

const PORT = Number(process.env.PORT ?? 8787);
const DEMO = resolve(process.env.DQC_DEMO_DIR ?? 'demo');
const BASE = `http://localhost:${PORT}`;
const log = (line: string) => process.stdout.write(`${line}\n`);

await ensureDemoWorld(DEMO, BASE, log);
log('アプリをビルドしています…');
const build = spawnSync(resolve('node_modules/.bin/vite'), ['build', '--logLevel', 'warn'], {
  stdio: 'inherit',
  // The demo build: the simulated wallet (PROFILE §8) is there, behind ?demo-wallet.
  env: { ...process.env, DQC_TRUST_DIR: DEMO, DQC_DEMO_WALLET: '1' },
});
if (build.status !== 0) process.exit(build.status ?? 1);

log('状態確認サービス（wrangler dev）を起動しています…');
const service = await startLocalService({
  port: PORT,
  dataDir: DEMO,
  persistTo: resolve(DEMO, '.wrangler-state'),
});
let stopping = false;
const stop = async () => {
  if (stopping) return;
  stopping = true;
  await service.stop();
  process.exit(0);
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);

await publishDemo(DEMO, BASE);
const manifest = JSON.parse(await readFile(resolve(DEMO, 'manifest.json'), 'utf8')) as {
  name: string;
  url: string;
  verdict: string;
  pdf?: string;
}[];
const show = (name: string) => manifest.find((s) => s.name === name);
log('');
log(`アプリ:            ${BASE}/`);
log(`状態確認 API:      ${BASE}/trust-list , ${BASE}/status/1`);
// Whole URLs (a cut one could not be opened): each opens the app and verifies at once.
for (const name of ['valid-kaigo', 'revoked', 'suspended']) {
  const sample = show(name);
  if (sample) log(`証明書（${name}）: ${sample.url}`);
}
for (const name of ['valid-kango-full', 'pdf-edited-name', 'pdf-scanned']) {
  const sample = show(name);
  if (sample?.pdf) log(`PDF（${name}）:     ${resolve(DEMO, sample.pdf)}`);
}
log(`ウォレット（模擬）:  ${BASE}/?demo-wallet — 本物のウォレットの代わりにデモ用の模擬ウォレットが答えます`);
log(`ウォレットのカード:  ${resolve(DEMO, 'wallet', 'manifest.json')}`);
log(`全サンプル:        ${resolve(DEMO, 'manifest.json')}（QR画像・PDFは ${resolve(DEMO, 'credentials')}）`);
log('停止するには Ctrl-C');
