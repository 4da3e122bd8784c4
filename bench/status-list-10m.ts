// A status list of 10,000,000 two-bit entries, 1 % of them non-valid (random statuses 1–3 at
// random indexes), signed by a status signer of a trust list: token size against the limits of
// PROFILE §5 (inflated ≤ 16 MiB, token ≤ 1 MiB, which is also the Worker's PUT limit), the time
// readStatusList takes to verify and inflate it, one statusAt lookup, and verify() of credentials
// whose idx is in it.
// Run: npx tsx bench/status-list-10m.ts   (BENCH_SEED, default 1: the random indexes and statuses)
import {
  MAX_INFLATED_BYTES,
  MAX_STATUS_LIST_TOKEN_BYTES,
  readStatusList,
  statusAt,
} from '../core/status-list';
import type { StatusList, VerifyContext } from '../core/types';
import { verify } from '../core/verify';
import { signStatusList } from '../issuer/lists/status-list-token';
import { seededRandom } from '../issuer/seeded-random';
import { addStatusList, context, issueUrl, makeWorld, NOW, STATUS_URI } from '../test/helpers/world';
import { median } from './lib/service-world';

const SIZE = 10_000_000;
const NON_VALID = SIZE / 100;
const RUNS = 5;
const MiB = 1024 * 1024;

async function timed<T>(f: () => Promise<T>): Promise<[T, number]> {
  const started = performance.now();
  const value = await f();
  return [value, performance.now() - started];
}

// Seeded, so the list (and its size) can be made again.
const random = seededRandom(Number(process.env.BENCH_SEED ?? 1));
const statuses = new Map<number, number>();
while (statuses.size < NON_VALID) statuses.set(Math.floor(random() * SIZE), 1 + Math.floor(random() * 3));
let validIdx = 0;
while (statuses.has(validIdx)) validIdx++;
const [revokedIdx] = [...statuses].find(([, s]) => s === 1) ?? [0];

const world = await makeWorld();
const spec = { uri: STATUS_URI, iat: NOW - 600, exp: NOW + 86400, ttl: 3600, size: SIZE, statuses };
const [token, signMs] = await timed(() => signStatusList(spec, world.statusKey));

console.log(
  `status list: ${SIZE.toLocaleString('en')} entries × 2 bits, ${NON_VALID.toLocaleString('en')} non-valid`,
);
console.log(`signStatusList (pack + deflate level 9 + ES256): ${signMs.toFixed(0)} ms`);
console.log(
  `token: ${token.length.toLocaleString('en')} bytes (${(token.length / MiB).toFixed(3)} MiB), ` +
    `${((token.length * 8) / NON_VALID).toFixed(1)} bits per non-valid entry`,
);

const readMs: number[] = [];
let list: StatusList | undefined;
for (let i = 0; i < RUNS; i++) {
  const [reading, ms] = await timed(() => readStatusList(token, world.trustList));
  if (!reading.ok) throw new Error(`status list rejected: ${reading.code} ${reading.error}`);
  list = reading.value;
  readMs.push(ms);
}
if (!list) throw new Error('no reading');
const inflated = list.entries.length;
console.log(
  `inflated: ${inflated.toLocaleString('en')} bytes (${(inflated / MiB).toFixed(2)} MiB) — ` +
    `PROFILE §5 limit 16 MiB: ${inflated <= MAX_INFLATED_BYTES ? 'fits' : 'TOO LARGE'}`,
);
console.log(
  `token ≤ 1 MiB (PROFILE §5, Worker PUT limit ${MAX_STATUS_LIST_TOKEN_BYTES.toLocaleString('en')} bytes): ` +
    `${token.length <= MAX_STATUS_LIST_TOKEN_BYTES ? 'fits' : 'DOES NOT FIT'}, ` +
    `${(((MAX_STATUS_LIST_TOKEN_BYTES - token.length) / MAX_STATUS_LIST_TOKEN_BYTES) * 100).toFixed(0)} % headroom ` +
    `(linear estimate: ≈ ${Math.floor((MAX_STATUS_LIST_TOKEN_BYTES * NON_VALID) / token.length).toLocaleString('en')} ` +
    'non-valid entries at these bits each would fill it)',
);
console.log(
  `readStatusList (parse + ES256 verify + inflate): median ${median(readMs).toFixed(1)} ms of ${RUNS} ` +
    `[${readMs.map((m) => m.toFixed(0)).join(', ')}]`,
);

// statusAt: batches of random lookups; the median batch gives the time of one lookup.
const BATCH = 100_000;
const BATCHES = 50;
const indexes = Uint32Array.from({ length: BATCH * 4 }, () => Math.floor(random() * SIZE));
let sink = 0;
const lookupNs: number[] = [];
for (let b = 0; b < BATCHES + 5; b++) {
  const offset = (b % 4) * BATCH;
  const started = performance.now();
  for (let i = 0; i < BATCH; i++) sink += statusAt(list.entries, 2, indexes[offset + i] as number) ?? 0;
  if (b >= 5) lookupNs.push(((performance.now() - started) * 1e6) / BATCH); // first 5: warm-up
}
let agree = 0;
for (const [index, status] of statuses) if (statusAt(list.entries, 2, index) === status) agree++;
console.log(
  `statusAt: median ${median(lookupNs).toFixed(1)} ns per lookup (${BATCHES} batches of ${BATCH.toLocaleString('en')} ` +
    `random indexes; checksum ${sink}); ${agree.toLocaleString('en')}/${NON_VALID.toLocaleString('en')} set entries read back`,
);

// verify(): the credential's signature, claims and the status lookup in the 10M list.
const ctx = context(world, { statusLists: (uri) => (uri === list.uri ? [list] : []) });
const small = await addStatusList(world, {}, { size: 1024 });
const smallCtx = context(world, { statusLists: () => [small] });
const runs: [string, number, VerifyContext][] = [
  ['valid idx', validIdx, ctx],
  ['revoked idx', revokedIdx, ctx],
  ['(same, 1,024-entry list) valid idx', validIdx, smallCtx],
];
for (const [label, idx, c] of runs) {
  const url = await issueUrl(world, { status: { idx, uri: STATUS_URI } });
  const verifyMs: number[] = [];
  let verdict = '';
  for (let i = 0; i < 25; i++) {
    const [result, ms] = await timed(() => verify(url, c));
    verdict = `${result.verdict}${result.reasons.length ? ` (${result.reasons.join(', ')})` : ''}`;
    if (i >= 5) verifyMs.push(ms);
  }
  console.log(
    `verify() ${label} ${idx}: ${verdict}, median ${median(verifyMs).toFixed(2)} ms of 20 (after 5 warm-up)`,
  );
}
const [fresh, coldMs] = await timed(async () => {
  const reading = await readStatusList(token, world.trustList);
  if (!reading.ok) throw new Error('status list rejected');
  const url = await issueUrl(world, { status: { idx: validIdx, uri: STATUS_URI } });
  const started = performance.now();
  const result = await verify(url, { ...ctx, statusLists: () => [reading.value] });
  return { result, verifyOnly: performance.now() - started };
});
console.log(
  `readStatusList + verify() (a verifier that has just fetched the list): ${coldMs.toFixed(0)} ms ` +
    `(of it verify ${fresh.verifyOnly.toFixed(2)} ms: ${fresh.result.verdict})`,
);
