// A bounded load test of the status service as run locally (wrangler dev → workerd, loopback
// only): GET /status/1 with 100 connections, first plain (200 + the token), then with the ETag of
// a first GET as If-None-Match (304, no body). Prints requests/s, latency p99, the answers that
// were neither 2xx nor 3xx, and errors for each run.
// Run: npx tsx bench/worker-load.ts   (BENCH_SECONDS per run, default 30; BENCH_PORT, default 8797)
import { createRequire } from 'node:module';
import { type ServiceWorld, startServiceWorld, stopOnSignals } from './lib/service-world';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 30);
const PORT = Number(process.env.BENCH_PORT ?? 8797);
const CONNECTIONS = 100;

/** The parts of autocannon's options and result used here (it ships no types). */
interface LoadOptions {
  url: string;
  connections: number;
  duration: number;
  headers?: Record<string, string>;
}
interface Stat {
  mean: number;
  p50: number;
  p99: number;
  max: number;
}
interface LoadResult {
  requests: Stat & { total: number };
  latency: Stat;
  throughput: Stat;
  errors: number;
  timeouts: number;
  resets: number;
  duration: number;
  statusCodeStats: Record<string, { count: number }>;
  '1xx': number;
  '2xx': number;
  '3xx': number;
  '4xx': number;
  '5xx': number;
}
const autocannon = createRequire(import.meta.url)('autocannon') as (o: LoadOptions) => Promise<LoadResult>;

function report(label: string, r: LoadResult): void {
  const codes = Object.entries(r.statusCodeStats)
    .map(([code, { count }]) => `${code}×${count}`)
    .join(' ');
  const other = r['1xx'] + r['4xx'] + r['5xx'];
  console.log(
    `${label.padEnd(20)}${r.requests.mean.toFixed(0).padStart(8)} req/s  ` +
      `latency p50 ${r.latency.p50} ms, p99 ${r.latency.p99} ms, max ${r.latency.max} ms  ` +
      `${(r.throughput.mean / 1024 / 1024).toFixed(1)} MiB/s  [${codes}]  ` +
      `non-2xx/3xx ${other}, errors ${r.errors} (timeouts ${r.timeouts}, resets ${r.resets})`,
  );
}

async function run(world: ServiceWorld): Promise<void> {
  const url = `${world.loopback}/status/1`;
  const first = await fetch(url);
  const body = new Uint8Array(await first.arrayBuffer());
  const etag = first.headers.get('etag');
  console.log(
    `GET /status/1: ${first.status}, ${body.length} bytes, etag ${etag}, ` +
      `cache-control "${first.headers.get('cache-control')}"`,
  );
  if (!etag) throw new Error('no ETag on /status/1');
  const conditional = await fetch(url, { headers: { 'if-none-match': etag } });
  console.log(`GET /status/1 with If-None-Match: ${conditional.status}`);
  await conditional.arrayBuffer();

  console.log(`\nautocannon: ${CONNECTIONS} connections, ${SECONDS} s per run, ${url}`);
  report('plain GET', await autocannon({ url, connections: CONNECTIONS, duration: SECONDS }));
  report(
    'If-None-Match',
    await autocannon({
      url,
      connections: CONNECTIONS,
      duration: SECONDS,
      headers: { 'if-none-match': etag },
    }),
  );
  const after = await fetch(`${world.loopback}/healthz`);
  console.log(`healthz after the runs: ${after.status}`);
  await after.arrayBuffer();
}

const started = performance.now();
const world = await startServiceWorld({ port: PORT, app: 'dist-if-present' });
stopOnSignals(world.stop);
try {
  await run(world);
} finally {
  await world.stop();
}
console.log(`total ${((performance.now() - started) / 1000).toFixed(1)} s`);
