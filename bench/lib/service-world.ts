// A demo world in a temp folder, the status service (wrangler dev → workerd) serving the app and
// the API for it, and the demo lists published: what the Worker and PDF benches run against.
// The app is built into the temp folder (the Worker then gets a temp config pointing there), so a
// shared dist/ built for another world is neither used for the browser nor overwritten.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { DemoSample } from '../../issuer/demo';
import { ensureDemoWorld, publishDemo } from '../../scripts/lib/demo-data';
import { startLocalService } from '../../scripts/lib/local-service';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));

export interface ServiceWorld {
  /** http://localhost:<port> (what the app and the lists were made for). */
  origin: string;
  /** http://127.0.0.1:<port>, for load generators (loopback, no name lookup). */
  loopback: string;
  demo: string;
  manifest: DemoSample[];
  /** Which app build the Worker serves. */
  appDir: string;
  stop(): Promise<void>;
}

export interface WorldOptions {
  port: number;
  /**
   * 'fresh': build the app against this world (needed when the browser verifies its credentials).
   * 'dist-if-present': serve ./dist as it is when it has an index.html, else build (API-only use).
   */
  app: 'fresh' | 'dist-if-present';
  log?: (line: string) => void;
}

/** `vite build` of the PWA against the demo world in `demo` (its anchor and trust list), into `outDir`. */
export function buildApp(demo: string, outDir: string): void {
  const build = spawnSync(
    join(ROOT, 'node_modules/.bin/vite'),
    ['build', '--logLevel', 'error', '--outDir', outDir, '--emptyOutDir'],
    { cwd: ROOT, stdio: 'inherit', env: { ...process.env, DQC_TRUST_DIR: demo } },
  );
  if (build.status !== 0) throw new Error('vite build failed');
}

/** wrangler.jsonc with absolute paths and another assets folder, written to `dir`. */
function tempConfig(dir: string, assets: string): string {
  const text = readFileSync(join(ROOT, 'wrangler.jsonc'), 'utf8').replace(/^\s*\/\/.*$/gm, '');
  const config = JSON.parse(text) as { main: string; $schema?: string; assets: { directory: string } };
  delete config.$schema;
  config.main = join(ROOT, config.main);
  config.assets.directory = assets;
  const file = join(dir, 'wrangler.json');
  writeFileSync(file, JSON.stringify(config, null, 2));
  return file;
}

export async function startServiceWorld(options: WorldOptions): Promise<ServiceWorld> {
  const log = options.log ?? ((line: string) => console.log(line));
  process.chdir(ROOT); // local-service resolves node_modules/.bin from the working directory
  const origin = `http://localhost:${options.port}`;
  const dir = mkdtempSync(join(tmpdir(), 'dqc-bench-'));
  const cleanup = () => rmSync(dir, { recursive: true, force: true });
  try {
    const demo = join(dir, 'demo');
    let started = performance.now();
    await ensureDemoWorld(demo, origin, () => {});
    log(`demo world made in ${((performance.now() - started) / 1000).toFixed(1)} s: ${demo}`);

    let appDir = join(ROOT, 'dist');
    let config: string | undefined;
    if (options.app === 'fresh' || !existsSync(join(appDir, 'index.html'))) {
      appDir = join(dir, 'dist');
      started = performance.now();
      buildApp(demo, appDir);
      log(`app built in ${((performance.now() - started) / 1000).toFixed(1)} s: ${appDir}`);
      config = tempConfig(dir, appDir);
    }

    started = performance.now();
    const service = await startLocalService({
      port: options.port,
      dataDir: demo,
      persistTo: join(dir, 'state'),
      ...(config && { config }),
    });
    await publishDemo(demo, origin);
    log(`service up and lists published in ${((performance.now() - started) / 1000).toFixed(1)} s`);

    const manifest = JSON.parse(readFileSync(join(demo, 'manifest.json'), 'utf8')) as DemoSample[];
    let stopped = false;
    const stop = async () => {
      if (stopped) return;
      stopped = true;
      await service.stop();
      cleanup();
    };
    return { origin, loopback: `http://127.0.0.1:${options.port}`, demo, manifest, appDir, stop };
  } catch (e) {
    cleanup();
    throw e;
  }
}

/** Runs `stop` once on Ctrl-C / SIGTERM as well as at the end. */
export function stopOnSignals(stop: () => Promise<void>): void {
  const onSignal = () => {
    void stop().finally(() => process.exit(130));
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
}

export const median = (values: number[]): number => quantile(values, 0.5);

/** Nearest-rank quantile of unsorted values. */
export function quantile(values: number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))] ?? Number.NaN;
}
