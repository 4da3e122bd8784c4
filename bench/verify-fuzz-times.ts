// The time distribution of verify() over the fuzz test's hostile inputs (mutated and spliced
// credential bytes, edited URLs: test/core/support/fuzz-inputs.ts). The fuzz test asserts only a
// bound no load can trip (1 s per case); speed is read here: p50, p95, p99 and the slowest case.
// Run: npx tsx bench/verify-fuzz-times.ts [cases per kind, default 10,000]
import fc from 'fast-check';
import { verify } from '../core/verify';
import {
  buildBytes,
  credentialUrl,
  editUrl,
  fuzzTokens,
  mutatedBytes,
  tokenIndex,
  urlEdit,
} from '../test/core/support/fuzz-inputs';
import { context, makeWorld } from '../test/helpers/world';
import { quantile } from './lib/service-world';

const CASES = Number(process.argv[2] ?? 10_000);
const world = await makeWorld();
const tokens = await fuzzTokens(world);
const ctx = context(world);
for (let i = 0; i < 200; i++) await verify(credentialUrl(tokens[i % 4] as Uint8Array), ctx); // warm-up

async function timed(inputs: string[]): Promise<number[]> {
  const times: number[] = [];
  for (const input of inputs) {
    const started = performance.now();
    await verify(input, ctx);
    times.push(performance.now() - started);
  }
  return times;
}

const byteCases = fc
  .sample(mutatedBytes, { numRuns: CASES, seed: 1 })
  .map((c) => credentialUrl(buildBytes(tokens, c)));
const urlCases = fc
  .sample(fc.tuple(tokenIndex, fc.array(urlEdit, { minLength: 1, maxLength: 4 })), {
    numRuns: CASES,
    seed: 2,
  })
  .map(([from, edits]) => edits.reduce(editUrl, credentialUrl(tokens[from] as Uint8Array)));

const f = (ms: number) => `${ms.toFixed(2)} ms`;
for (const [kind, inputs] of [
  ['mutated bytes', byteCases],
  ['edited URLs', urlCases],
] as const) {
  const t = await timed(inputs);
  console.log(
    `${kind.padEnd(14)} ${t.length} cases: p50 ${f(quantile(t, 0.5))}, p95 ${f(quantile(t, 0.95))}, ` +
      `p99 ${f(quantile(t, 0.99))}, max ${f(Math.max(...t))} (the fuzz test's bound: 1000 ms)`,
  );
}
