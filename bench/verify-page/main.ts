// The verify-speed harness, shared by Node (bench/verify-speed.ts imports it) and the Chromium
// bench page (this module is the page's script). On one credential it times, call by call and
// interleaved: (a) verify(url, ctx) with the trust list and status list already read, (b) the raw
// WebCrypto ECDSA P-256 verify of the same signature over the same Sig_structure, (c) @auth0/cose
// verifying the same COSE_Sign1 bytes.
import { Sign1 } from '@auth0/cose';
import { parseSign1, sigStructure } from '../../core/cose/sign1';
import { readStatusList } from '../../core/status-list';
import { importAnchorJwk, readTrustList } from '../../core/trust-list';
import type { StatusList, TrustList, VerifyContext } from '../../core/types';
import { decodeCredentialValue, readCredentialUrl } from '../../core/url';
import { verify } from '../../core/verify';

export type SubjectName = 'verify' | 'raw' | 'cose';
export const SUBJECTS: readonly SubjectName[] = ['verify', 'raw', 'cose'];
/** Every order of the subjects (3! = 6), run in turn. */
const ORDERS: readonly (readonly SubjectName[])[] = [
  ['verify', 'raw', 'cose'],
  ['verify', 'cose', 'raw'],
  ['raw', 'verify', 'cose'],
  ['raw', 'cose', 'verify'],
  ['cose', 'verify', 'raw'],
  ['cose', 'raw', 'verify'],
];

/** What the page is handed (everything serialisable). */
export interface BenchInput {
  url: string;
  now: number;
  anchorJwk: { kty: string; crv: string; x: string; y: string };
  trustListB64: string;
  statusB64: string[];
  /** The credential signer's public key, base64url coordinates. */
  signerX: string;
  signerY: string;
  /** Calls per subject, after `warmUp` calls per subject. */
  warmUp: number;
  iterations: number;
  /** Consecutive calls timed together (a coarse clock: Chromium's is 5 µs); 1 = each call alone. */
  batch: number;
}

export interface BenchOutput {
  verdict: string;
  /** Per-call times in µs (a batch's time over its calls), by subject. */
  samples: Record<SubjectName, number[]>;
  /** Smallest non-zero step seen between two clock readings, µs. */
  clockStep: number;
  userAgent: string;
}

const fromB64 = (s: string): Uint8Array => {
  const bin = atob(s.replaceAll('-', '+').replaceAll('_', '/'));
  return Uint8Array.from(bin, (c) => c.charCodeAt(0));
};

/** Reads the trust list and status lists the way the apps do, then times the three subjects. */
export async function runBench(input: BenchInput, coseKey?: unknown): Promise<BenchOutput> {
  const anchor = await importAnchorJwk(input.anchorJwk);
  const reading = await readTrustList(fromB64(input.trustListB64), anchor);
  if (!reading.ok) throw new Error(`trust list rejected: ${reading.error}`);
  const trustList: TrustList = reading.value;
  const lists: StatusList[] = [];
  for (const b64 of input.statusB64) {
    const r = await readStatusList(fromB64(b64), trustList);
    if (!r.ok) throw new Error(`status list rejected: ${r.error}`);
    lists.push(r.value);
  }
  const ctx: VerifyContext = {
    now: input.now,
    trustList,
    statusLists: (uri) => lists.filter((l) => l.uri === uri),
  };

  // The same COSE_Sign1 bytes, signature and Sig_structure that verify() sees.
  const raw = readCredentialUrl(input.url, trustList.hosts);
  const coseBytes = raw.ok ? decodeCredentialValue(raw.value) : null;
  if (!coseBytes) throw new Error('credential URL not readable');
  const sign1 = parseSign1(coseBytes);
  const signature = sign1.signature;
  const data = sigStructure(sign1);
  const subtle = globalThis.crypto.subtle;
  const point = new Uint8Array([4, ...fromB64(input.signerX), ...fromB64(input.signerY)]);
  const cryptoKey = await subtle.importKey('raw', point, { name: 'ECDSA', namedCurve: 'P-256' }, false, [
    'verify',
  ]);
  const auth0Key = coseKey ?? cryptoKey;
  const params = { name: 'ECDSA', hash: 'SHA-256' };

  const run: Record<SubjectName, () => Promise<unknown>> = {
    verify: () => verify(input.url, ctx),
    raw: () => subtle.verify(params, cryptoKey, signature as BufferSource, data as BufferSource),
    // Sign1.verify resolves when the signature verifies and throws otherwise.
    cose: () => Sign1.decode(coseBytes).verify(auth0Key as CryptoKey),
  };
  const verdict = (await verify(input.url, ctx)).verdict;
  if (!(await run.raw())) throw new Error('raw WebCrypto verify failed');
  await run.cose();

  const samples: Record<SubjectName, number[]> = { verify: [], raw: [], cose: [] };
  const batch = Math.max(1, input.batch);
  const warmUpRounds = Math.ceil(input.warmUp / batch);
  const rounds = warmUpRounds + Math.ceil(input.iterations / batch);
  for (let i = 0; i < rounds; i++) {
    // Every order in turn: each subject runs first, and right after each other subject, equally
    // often. A plain rotation ran the synchronous (c) (node:crypto in Node) before (a) twice as
    // often as before (b); measured here, what runs just before an asynchronous verify moves its
    // time.
    for (const name of ORDERS[i % ORDERS.length] as readonly SubjectName[]) {
      const fn = run[name];
      const started = performance.now();
      for (let k = 0; k < batch; k++) await fn();
      const took = performance.now() - started;
      if (i >= warmUpRounds) samples[name].push((took * 1000) / batch);
    }
  }
  return { verdict, samples, clockStep: clockStep(), userAgent: globalThis.navigator?.userAgent ?? '' };
}

function clockStep(): number {
  let best = Number.POSITIVE_INFINITY;
  for (let i = 0; i < 200; i++) {
    const a = performance.now();
    let b = performance.now();
    while (b === a) b = performance.now();
    best = Math.min(best, b - a);
  }
  return best * 1000;
}

export type Bench = { run: (input: BenchInput) => Promise<BenchOutput> };
if (typeof document !== 'undefined') {
  (globalThis as unknown as { bench: Bench }).bench = { run: (input) => runBench(input) };
}
