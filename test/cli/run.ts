// Running the CLIs as a person would: `npm run -s verify -- …` and `npm run issuer -- …`.
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';

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

export const verifyCli = (args: string[], input?: string) => run('cli/verify-cli.ts', args, input);
export const issuerCli = (args: string[], env?: Record<string, string>) =>
  run('issuer/cli.ts', args, undefined, env);
