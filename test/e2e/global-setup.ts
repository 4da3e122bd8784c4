// A fresh demo world for base http://localhost:E2E_PORT, the app built against it, the status
// service started (fresh storage) and the demo lists published; the demo-wallet build of the app
// beside it (wallet.spec.ts serves it in place of the production one). Returns the teardown.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { ensureDemoWorld, publishDemo } from '../../scripts/lib/demo-data';
import { startLocalService } from '../../scripts/lib/local-service';
import { E2E_STATE_FILE } from './world';

export default async function globalSetup(): Promise<() => Promise<void>> {
  const port = Number(process.env.E2E_PORT ?? 8788);
  const base = `http://localhost:${port}`;
  const dir = mkdtempSync(join(tmpdir(), 'dqc-e2e-'));
  const demo = join(dir, 'demo');
  await ensureDemoWorld(demo, base, () => {});
  const build = spawnSync(resolve('node_modules/.bin/vite'), ['build', '--logLevel', 'error'], {
    stdio: 'inherit',
    // The production build: never the simulated wallet, whatever the environment says.
    env: { ...process.env, DQC_TRUST_DIR: demo, DQC_DEMO_WALLET: '' },
  });
  if (build.status !== 0) throw new Error('vite build failed');
  // The demo variant (the simulated wallet, PROFILE §8) for test/e2e/wallet.spec.ts only, beside:
  // every other spec keeps the production build the service serves.
  const demoWalletDist = join(dir, 'dist-demo-wallet');
  const demoBuild = spawnSync(
    resolve('node_modules/.bin/vite'),
    ['build', '--logLevel', 'error', '--outDir', demoWalletDist, '--emptyOutDir'],
    { stdio: 'inherit', env: { ...process.env, DQC_TRUST_DIR: demo, DQC_DEMO_WALLET: '1' } },
  );
  if (demoBuild.status !== 0) throw new Error('vite build (demo wallet) failed');
  const service = await startLocalService({ port, dataDir: demo, persistTo: join(dir, 'state') });
  await publishDemo(demo, base);
  writeFileSync(E2E_STATE_FILE, JSON.stringify({ dir, demo, base, demoWalletDist }));
  return () => service.stop();
}
