// What the e2e tests share: the demo world made by global-setup.ts and helpers around it.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { DemoSample } from '../../issuer/demo';

export const E2E_STATE_FILE = join(tmpdir(), 'dqc-e2e-state.json');

export interface E2EWorld {
  dir: string;
  demo: string;
  base: string;
  /** The app built with the simulated wallet (DQC_DEMO_WALLET=1), for wallet.spec.ts. */
  demoWalletDist: string;
}

export function world(): E2EWorld {
  return JSON.parse(readFileSync(E2E_STATE_FILE, 'utf8')) as E2EWorld;
}

export function samples(): DemoSample[] {
  return JSON.parse(readFileSync(join(world().demo, 'manifest.json'), 'utf8')) as DemoSample[];
}

export function sample(name: string): DemoSample {
  const found = samples().find((s) => s.name === name);
  if (!found) throw new Error(`no demo sample ${name}`);
  return found;
}

/** The issuer CLI, as a person would run it. */
export function issuer(...args: string[]): string {
  const run = spawnSync(resolve('node_modules/.bin/tsx'), ['issuer/cli.ts', ...args], { encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`issuer ${args.join(' ')} failed: ${run.stderr}`);
  return run.stdout;
}

/** The `c` value and the cti of a demo credential, for privacy assertions. */
export function secretsOf(url: string): string[] {
  const c = new URL(url).searchParams.get('c') ?? '';
  return [c, c.slice(0, 40), c.slice(-40)];
}

/** The credential's cti (base64url), read with the core's own decoders. */
export async function ctiOf(url: string): Promise<string> {
  const { decodeCredentialValue } = await import('../../core/url');
  const { parseSign1 } = await import('../../core/cose/sign1');
  const { decodeCbor } = await import('../../core/cbor/decode');
  const { encodeBase64Url } = await import('../../core/bytes');
  const bytes = decodeCredentialValue(new URL(url).searchParams.get('c') ?? '');
  if (!bytes) throw new Error('not a credential URL');
  const claims = decodeCbor(parseSign1(bytes).payload) as Map<number, unknown>;
  return encodeBase64Url(claims.get(7) as Uint8Array);
}

/** A one-frame .y4m for Chromium's fake camera showing `png` centred on a grey desk. */
export function cameraVideo(png: string, name: string): string {
  const out = join(world().dir, `${name}.y4m`);
  const filter = 'scale=480:480,pad=1280:720:(ow-iw)/2:(oh-ih)/2:color=0x808080,format=yuv420p';
  const run = spawnSync('ffmpeg', [
    '-y',
    '-loglevel',
    'error',
    '-i',
    png,
    '-vf',
    filter,
    '-frames:v',
    '1',
    out,
  ]);
  if (run.status !== 0) throw new Error(`ffmpeg failed: ${run.stderr}`);
  return out;
}
