// The wallet bench page (bench/wallet-identity.ts drives it in Chromium): with the trust list and
// status list read as the app reads them and a DQC already verified from its QR URL, each round
// makes a fresh My Number Card request, lets the simulated wallet answer it (not timed), then
// times what the page does with the answer: verifyWalletResponse (HPKE open, steps 1–14) and the
// §8.7 identity match — the wallet's answer to the identity result.
import { mncRequest } from '../../core/mdoc/doctypes';
import { matchIdentity } from '../../core/mdoc/identity';
import { verifyWalletResponse } from '../../core/mdoc/verify-wallet';
import { makeWalletRequest } from '../../core/mdoc/wallet-request';
import { readStatusList } from '../../core/status-list';
import { importAnchorJwk, readTrustList } from '../../core/trust-list';
import type { StatusList } from '../../core/types';
import { verify } from '../../core/verify';
import { answerRequest } from '../../wallet-sim/answer';
import { readWalletCard } from '../../wallet-sim/card';

export interface WalletBenchInput {
  now: number;
  anchorJwk: { kty: string; crv: string; x: string; y: string };
  trustListB64: string;
  statusB64: string[];
  /** The DQC on screen: a QR URL. */
  dqcUrl: string;
  /** A wallet file (JSON) of a My Number Card matching that DQC. */
  mncFile: unknown;
  warmUp: number;
  rounds: number;
}

export interface WalletBenchOutput {
  /** ms per round, answer → identity result; the first (cold) round apart. */
  first: number;
  samples: number[];
  identity: string;
  verdict: string;
  userAgent: string;
}

const fromB64 = (s: string) => Uint8Array.from(atob(s), (c) => c.charCodeAt(0));

export async function runWalletBench(input: WalletBenchInput): Promise<WalletBenchOutput> {
  const reading = await readTrustList(fromB64(input.trustListB64), await importAnchorJwk(input.anchorJwk));
  if (!reading.ok) throw new Error(`trust list rejected: ${reading.error}`);
  const trustList = reading.value;
  const lists: StatusList[] = [];
  for (const b64 of input.statusB64) {
    const r = await readStatusList(fromB64(b64), trustList);
    if (r.ok) lists.push(r.value);
  }
  const ctx = { now: input.now, trustList, statusLists: (uri: string) => lists.filter((l) => l.uri === uri) };
  const dqc = await verify(input.dqcUrl, ctx);
  const card = readWalletCard(input.mncFile);
  if (!card) throw new Error('not a wallet file');
  const asked = mncRequest();
  const samples: number[] = [];
  let first = 0;
  let identity = '';
  let verdict = '';
  for (let i = 0; i < input.warmUp + input.rounds; i++) {
    const { request, call } = await makeWalletRequest(asked.docType, asked.nameSpaces, location.origin);
    const answer = await answerRequest(request.data, location.origin, card);
    const started = performance.now();
    const [mnc] = await verifyWalletResponse(answer.data.response, call, ctx);
    const match = mnc ? matchIdentity(dqc, mnc) : null;
    const took = performance.now() - started;
    if (i === 0) first = took;
    if (i >= input.warmUp) samples.push(took);
    identity = match?.result ?? 'none';
    verdict = mnc?.verdict ?? 'none';
  }
  return { first, samples, identity, verdict, userAgent: navigator.userAgent };
}

export type WalletBench = { run: (input: WalletBenchInput) => Promise<WalletBenchOutput> };
if (typeof document !== 'undefined')
  (globalThis as unknown as { bench: WalletBench }).bench = { run: runWalletBench };
