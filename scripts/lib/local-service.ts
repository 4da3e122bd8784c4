// Starting the status service locally (wrangler dev → workerd), shared by `npm start`, the
// end-to-end tests and the bench. Wrangler is kept offline: no metrics, no cf fetch.
import { type ChildProcess, spawn } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';

export interface LocalService {
  origin: string;
  stop(): Promise<void>;
}

export interface ServiceOptions {
  port: number;
  /** Issuer folder whose anchor.json the Worker trusts. */
  dataDir: string;
  /** Where workerd keeps R2 data. */
  persistTo: string;
  /** Config file (default wrangler.jsonc: serves dist/). */
  config?: string;
  quiet?: boolean;
}

async function waitForHealth(origin: string, child: ChildProcess, timeoutMs: number): Promise<void> {
  const started = Date.now();
  while (Date.now() - started < timeoutMs) {
    if (child.exitCode !== null) throw new Error(`wrangler dev exited with code ${child.exitCode}`);
    try {
      const res = await fetch(`${origin}/healthz`, { signal: AbortSignal.timeout(1000) });
      if (res.ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`wrangler dev did not answer on ${origin} within ${timeoutMs / 1000} s`);
}

const WORKERD_NOISE = /Broken pipe|Connection reset by peer|^\s*stack: (?:\S+workerd@[0-9a-f]+\s*)+$/;

export async function startLocalService(options: ServiceOptions): Promise<LocalService> {
  const anchor = JSON.parse(await readFile(resolve(options.dataDir, 'anchor.json'), 'utf8'));
  const anchorJwk = JSON.stringify({ kty: anchor.kty, crv: anchor.crv, x: anchor.x, y: anchor.y });
  const args = [
    'dev',
    '--config',
    options.config ?? 'wrangler.jsonc',
    '--port',
    String(options.port),
    '--ip',
    '127.0.0.1',
    '--persist-to',
    options.persistTo,
    '--var',
    `ANCHOR_JWK:${anchorJwk}`,
    '--show-interactive-dev-session=false',
    '--log-level',
    options.quiet === false ? 'info' : 'warn',
  ];
  const child = spawn(resolve('node_modules/.bin/wrangler'), args, {
    env: {
      ...process.env,
      WRANGLER_SEND_METRICS: 'false',
      CLOUDFLARE_CF_FETCH_ENABLED: 'false',
      NO_UPDATE_NOTIFIER: '1',
      CI: process.env.CI ?? '',
    },
    stdio: ['ignore', options.quiet === false ? 'inherit' : 'ignore', 'pipe'],
    detached: true,
  });
  // workerd reports a browser closing a connection early (a test ending mid-download) as an
  // error; that is noise here, and so are workerd's bare address stacks (no use to a reader: a
  // real error's message line still shows). Everything else is passed on.
  child.stderr?.on('data', (chunk: Buffer) => {
    const text = chunk
      .toString()
      .split('\n')
      .filter((line) => line.trim() !== '' && !WORKERD_NOISE.test(line))
      .join('\n');
    if (text) process.stderr.write(`${text}\n`);
  });
  // Browsers treat http://localhost as a secure context (service worker, WebCrypto).
  const origin = `http://localhost:${options.port}`;
  const stop = async () => {
    if (child.exitCode !== null || child.pid === undefined) return;
    const exited = new Promise((r) => child.once('exit', r));
    try {
      process.kill(-child.pid, 'SIGTERM');
    } catch {
      child.kill('SIGTERM');
    }
    await Promise.race([exited, new Promise((r) => setTimeout(r, 5000))]);
    if (child.exitCode === null) {
      try {
        process.kill(-child.pid, 'SIGKILL');
      } catch {
        // already gone
      }
    }
  };
  try {
    await waitForHealth(origin, child, 60_000);
  } catch (e) {
    await stop();
    throw e;
  }
  return { origin, stop };
}
