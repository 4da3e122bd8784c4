// The verifier CLI run as a person runs it (`npm run -s verify -- …` = tsx cli/verify-cli.ts),
// without blocking the test process, a few at a time: each run starts pdf.js afresh (seconds), so
// re-checking a folder of records one after another would take minutes.
import { spawn } from 'node:child_process';
import { resolve } from 'node:path';
import type { Run } from '../../helpers/run-cli';

export function verifyCliAsync(args: string[]): Promise<Run> {
  return new Promise((done) => {
    const child = spawn(resolve('node_modules/.bin/tsx'), ['cli/verify-cli.ts', ...args]);
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

/** Every run of `argsList`, at most `parallel` at once, in order. */
export async function verifyCliAll(argsList: string[][], parallel = 3): Promise<Run[]> {
  const out: Run[] = new Array(argsList.length);
  let next = 0;
  const lane = async () => {
    while (next < argsList.length) {
      const i = next++;
      out[i] = await verifyCliAsync(argsList[i] as string[]);
    }
  };
  await Promise.all(Array.from({ length: parallel }, lane));
  return out;
}
