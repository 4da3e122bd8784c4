// Running the CLIs as a person would: `npm run -s verify -- …` and `npm run issuer -- …`.
import { spawn, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseCsv } from '../../reading/csv';

export interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

function run(script: string, args: string[], input?: string, env?: Record<string, string>): Run {
  const r = spawnSync(resolve('node_modules/.bin/tsx'), [script, ...args], {
    encoding: 'utf8',
    input,
    timeout: 120_000,
    ...(env && { env: { ...process.env, ...env } }),
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** `tsx <script> …args` without blocking this process (for tests that serve HTTP to it, or run several). */
export function tsxAsync(script: string, args: string[]): Promise<Run> {
  return new Promise((done) => {
    const child = spawn(resolve('node_modules/.bin/tsx'), [script, ...args]);
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c: Buffer) => {
      stdout += c.toString();
    });
    child.stderr.on('data', (c: Buffer) => {
      stderr += c.toString();
    });
    child.on('close', (status) => done({ status, stdout, stderr }));
  });
}

/** issuerCli without blocking this process. */
export const issuerCliAsync = (args: string[]): Promise<Run> => tsxAsync('issuer/cli.ts', args);

/** `issue` flags for one certificate of code 1 (介護福祉士). */
export const personFlags = (name = '山田 花子'): string[] => [
  '--qual',
  '1',
  '--name',
  name,
  '--birth',
  '1990-04-01',
  '--reg-no',
  '1',
  '--reg-date',
  '2015-05-01',
];

export const verifyCli = (args: string[], input?: string) => run('cli/verify-cli.ts', args, input);
export const issuerCli = (args: string[], env?: Record<string, string>) =>
  run('issuer/cli.ts', args, undefined, env);

export interface BatchListLine {
  row: string;
  file: string;
  cti: string;
  status_uri: string;
  status_idx: string;
  url: string;
}

/** The path of the list a batch wrote (issuer/batch-results.ts), as the CLI printed it. */
export function batchListPath(stderr: string): string {
  const path = /件の一覧: (.+\.csv)$/m.exec(stderr)?.[1];
  if (!path) throw new Error(`no batch list named in: ${stderr}`);
  return path;
}

export function batchList(stderr: string): BatchListLine[] {
  const text = readFileSync(batchListPath(stderr), 'utf8');
  if (!text.startsWith('\uFEFF')) throw new Error('the batch list has no BOM');
  const [header, ...records] = parseCsv(text.slice(1));
  return records
    .filter((r) => r.length > 1)
    .map(
      (r) => Object.fromEntries((header ?? []).map((h, i) => [h, r[i] ?? ''])) as unknown as BatchListLine,
    );
}

/** The issuer as `npm run issuer` runs it, in the background; with tsx's loader like
 * `npm run issuer` (not the tsx launcher, which kills a child that is slow to answer a signal). */
export function background(
  args: string[],
  onStderr: (text: string) => void = () => {},
  env: Record<string, string> = {},
) {
  const child = spawn(process.execPath, ['--import', 'tsx', 'issuer/cli.ts', ...args], {
    env: { ...process.env, ...env },
  });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
    onStderr(stderr);
  });
  const exited = new Promise<{ code: number | null; signal: string | null; stderr: string; stdout: string }>(
    (done) => {
      let stdout = '';
      child.stdout.on('data', (chunk: Buffer) => {
        stdout += chunk.toString();
      });
      child.on('close', (code, signal) => done({ code, signal, stderr, stdout }));
    },
  );
  return { child, exited };
}
