// The simulated wallet never ships (web/build/demo-wallet-plugin.ts, PROFILE §8): the app built as
// `npm run build` builds it holds none of wallet-sim/ — no card, no sheet, no seal, not its words —
// while the same app built as `npm start` builds it (DQC_DEMO_WALLET=1) holds all of them, so the
// search below is shown to find them. Both builds keep the real wallet flow (org-iso-mdoc).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { makeDemoWorld } from '../../../issuer/demo';

/** Strings only wallet-sim/ and the demo sheet carry (a card's format, errors, the sheet's words). */
const SIMULATOR_MARKERS = [
  'dqc-test-wallet/1',
  'the simulated wallet speaks org-iso-mdoc only',
  'encryptionInfo has no dcapi recipient key',
  'デモ用の模擬ウォレット',
  'demo-wallet-layer',
  'マイナンバーカード（山田 花子）',
];

let production: string;
let demoBuild: string;

function build(demo: string, out: string, env: Record<string, string>): string {
  const run = spawnSync(
    resolve('node_modules/.bin/vite'),
    ['build', '--logLevel', 'error', '--outDir', out, '--emptyOutDir'],
    { encoding: 'utf8', env: { ...process.env, DQC_TRUST_DIR: demo, DQC_DEMO_WALLET: '', ...env } },
  );
  if (run.status !== 0) throw new Error(`vite build failed: ${run.stderr}`);
  return out;
}

/** Every text file of a build (JS, CSS, HTML, the service worker), joined. */
function allText(dir: string): string {
  const files = readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && /\.(m?js|css|html|webmanifest)$/.test(e.name))
    .map((e) => join(e.parentPath, e.name));
  return files.map((f) => readFileSync(f, 'utf8')).join('\n');
}

beforeAll(async () => {
  const dir = mkdtempSync(join(tmpdir(), 'dqc-build-wallet-'));
  const demo = join(dir, 'demo');
  await makeDemoWorld(demo, 'http://localhost:8787', { now: Math.floor(Date.now() / 1000) });
  production = build(demo, join(dir, 'dist'), {});
  demoBuild = build(demo, join(dir, 'dist-demo'), { DQC_DEMO_WALLET: '1' });
}, 240_000);

describe('the simulated wallet and the builds', () => {
  it('the production build holds none of it', () => {
    const text = allText(production);
    expect(SIMULATOR_MARKERS.filter((m) => text.includes(m))).toEqual([]);
  });

  it('the demo build holds all of it (the search finds what it looks for)', () => {
    const text = allText(demoBuild);
    expect(SIMULATOR_MARKERS.filter((m) => !text.includes(m))).toEqual([]);
  });

  it('both keep the real wallet flow: the DC API request for org-iso-mdoc', () => {
    expect(allText(production)).toContain('org-iso-mdoc');
    expect(allText(demoBuild)).toContain('org-iso-mdoc');
  });
});
