// Uploads that no verifier could use (worker/lists.ts, worker/usable.ts, issue 14): a list that
// is expired when uploaded, dated backwards (exp < iat) or, for a status list, valid for longer
// than 7 days (PROFILE §5) is refused with 400 and its reason code, and the stored list stays.

import { env } from 'cloudflare:test';
import { beforeAll, describe, expect, it } from 'vitest';
import worker from '../../worker/index';
import { fetchWorker } from './fetch-worker';
import { type Keys, keys, ORIGIN, put, statusListToken, trustListToken } from './tokens';

const TL = 'application/dqc-trustlist+cwt';
const SL = 'application/statuslist+cwt';
const DAY = 86400;
const now = () => Math.floor(Date.now() / 1000);

async function upload(path: string, body: Uint8Array, type: string) {
  const req = put(path, body, type);
  return fetchWorker(req.url, req);
}

async function refusal(res: Response): Promise<[number, string]> {
  return [res.status, ((await res.json()) as { error: string }).error];
}

async function stored(path: string): Promise<Uint8Array> {
  const res = await fetchWorker(`${ORIGIN}${path}`);
  expect(res.status).toBe(200);
  return new Uint8Array(await res.arrayBuffer());
}

describe('trust list uploads unusable at upload time', () => {
  let k: Keys;
  let good: Uint8Array;
  beforeAll(async () => {
    k = await keys();
    good = await trustListToken(k, 10);
    expect((await upload('/trust-list', good, TL)).status).toBe(204);
  });

  // [what, iat, exp, code]; every one has a higher seq than the stored list, so only its dates
  // can keep it out.
  it.each([
    ['expired an hour ago', () => now() - 2 * 3600, () => now() - 3600, 'TRUST_LIST_EXPIRED'],
    ['expiring this second (now ≥ exp)', () => now() - 60, () => now(), 'TRUST_LIST_EXPIRED'],
    ['exp < iat, both past', () => now() - 60, () => now() - 120, 'MALFORMED_CLAIMS'],
    ['exp < iat, exp still ahead', () => now() + 200, () => now() + 100, 'MALFORMED_CLAIMS'],
  ])('%s: 400 with the code, the stored list unchanged', async (_, iat, exp, code) => {
    const token = await trustListToken(k, 11, k.anchor, undefined, iat(), exp());
    expect(await refusal(await upload('/trust-list', token, TL))).toEqual([400, code]);
    expect(await stored('/trust-list')).toEqual(good);
  });

  it('a usable list with the same seq is then accepted (the refused one left no trace)', async () => {
    const next = await trustListToken(k, 11, k.anchor, undefined, now(), now() + 60);
    expect((await upload('/trust-list', next, TL)).status).toBe(204);
    expect(await stored('/trust-list')).toEqual(next);
  });
});

describe('status list uploads unusable at upload time', () => {
  let k: Keys;
  let good: Uint8Array;
  const goodIat = now() - 3600;
  beforeAll(async () => {
    k = await keys();
    expect((await upload('/trust-list', await trustListToken(k, 20), TL)).status).toBe(204);
    good = await statusListToken(k.status, { id: '1', iat: goodIat });
    expect((await upload('/status/1', good, SL)).status).toBe(204);
  });

  // Every one has a later iat than the stored list, so only its dates can keep it out.
  it.each([
    ['expired 10 s ago', () => now() - 60, () => now() - 10, 'EXPIRED'],
    ['expiring this second (now ≥ exp)', () => now() - 60, () => now(), 'EXPIRED'],
    ['exp < iat, both past', () => now() - 60, () => now() - 120, 'MALFORMED_CLAIMS'],
    ['exp < iat, exp still ahead', () => now() + 200, () => now() + 100, 'MALFORMED_CLAIMS'],
    ['exp > iat + 7 days (PROFILE §5)', () => now() - 60, () => now() - 60 + 7 * DAY + 1, 'MALFORMED_CLAIMS'],
  ])('%s: 400 with the code, the stored list unchanged', async (_, iat, exp, code) => {
    const token = await statusListToken(k.status, { id: '1', iat: iat(), exp: exp() });
    expect(await refusal(await upload('/status/1', token, SL))).toEqual([400, code]);
    expect(await stored('/status/1')).toEqual(good);
  });

  it('a list valid for exactly 7 days is accepted', async () => {
    const iat = now() - 60;
    const week = await statusListToken(k.status, { id: '1', iat, exp: iat + 7 * DAY });
    expect((await upload('/status/1', week, SL)).status).toBe(204);
    expect(await stored('/status/1')).toEqual(week);
  });
});

describe('upload bodies', () => {
  it('a body that arrives in 200 000 one-byte pieces is read whole (400 for its content, not 500)', async () => {
    let sent = 0;
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        for (let i = 0; i < 1000; i++) controller.enqueue(new Uint8Array([0x67]));
        sent += 1000;
        if (sent === 200_000) controller.close();
      },
    });
    const request = new Request(`${ORIGIN}/trust-list`, {
      method: 'PUT',
      headers: { 'content-type': TL },
      body,
      duplex: 'half',
    } as RequestInit);
    const res = await worker.fetch(request, env as never);
    expect(await refusal(res)).toEqual([400, 'MALFORMED_COSE']);
  });
});
