// PROFILE §7 routes and error codes, in workerd.

import { env } from 'cloudflare:test';
import { describe, expect, it } from 'vitest';
import worker from '../../worker/index';
import { fetchWorker } from './fetch-worker';
import { keys, newKey, ORIGIN, put, statusListToken, trustListToken } from './tokens';

const TL = 'application/dqc-trustlist+cwt';
const SL = 'application/statuslist+cwt';

async function send(req: RequestInit & { url: string }) {
  return fetchWorker(req.url, req);
}

async function errorCode(res: Response): Promise<string> {
  return ((await res.json()) as { error: string }).error;
}

describe('health and methods', () => {
  it('answers /healthz', async () => {
    const res = await fetchWorker(`${ORIGIN}/healthz`);
    expect(res.status).toBe(200);
  });
  it.each(['DELETE', 'POST', 'PATCH', 'OPTIONS'])('%s on /trust-list is 405 with Allow', async (method) => {
    const res = await fetchWorker(`${ORIGIN}/trust-list`, { method });
    expect(res.status).toBe(405);
    expect(res.headers.get('allow')).toBe('GET, HEAD, PUT');
  });
  it('PUT on the app is 405', async () => {
    expect((await fetchWorker(`${ORIGIN}/`, { method: 'PUT', body: 'x' })).status).toBe(405);
  });
  it('unknown status list is 404', async () => {
    expect((await fetchWorker(`${ORIGIN}/status/nope`)).status).toBe(404);
    expect((await fetchWorker(`${ORIGIN}/status/a/b`)).status).toBe(404);
  });
});

// Runs before any trust list is uploaded in this file (the next block's first test checks that).
describe('before any trust list', () => {
  it('a status list: not well-formed is 400 as ever; well-formed is 409 NO_TRUST_LIST', async () => {
    expect((await fetchWorker(`${ORIGIN}/trust-list`)).status).toBe(404);
    const garbage = await send(put('/status/1', new Uint8Array([0x67, 0x61, 0x72]), SL));
    expect(garbage.status).toBe(400);
    expect(await errorCode(garbage)).toBe('MALFORMED_COSE');
    const k = await keys();
    const early = await send(put('/status/1', await statusListToken(k.status, { id: '1', iat: 1 }), SL));
    expect(early.status).toBe(409);
    expect(await errorCode(early)).toBe('NO_TRUST_LIST');
  });
});

describe('trust list', () => {
  it('404 before any upload, then 204, GET with ETag / 304 / HEAD / CORS / Cache-Control', async () => {
    expect((await fetchWorker(`${ORIGIN}/trust-list`)).status).toBe(404);
    const k = await keys();
    const token = await trustListToken(k, 1);
    expect((await send(put('/trust-list', token, TL))).status).toBe(204);
    const res = await fetchWorker(`${ORIGIN}/trust-list`);
    expect(res.status).toBe(200);
    expect(new Uint8Array(await res.arrayBuffer())).toEqual(token);
    expect(res.headers.get('content-type')).toBe(TL);
    expect(res.headers.get('access-control-allow-origin')).toBe('*');
    expect(res.headers.get('cache-control')).toMatch(/^public, max-age=\d+$/);
    // The app's clock check reads Date (the local runtime sent none); binary bodies are not sniffed.
    expect(Date.parse(res.headers.get('date') as string)).toBeGreaterThan(0);
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    const etag = res.headers.get('etag') as string;
    expect(etag).toBeTruthy();
    const again = await fetchWorker(`${ORIGIN}/trust-list`, { headers: { 'if-none-match': etag } });
    expect(again.status).toBe(304);
    expect(again.headers.get('etag')).toBe(etag);
    const head = await fetchWorker(`${ORIGIN}/trust-list`, { method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(head.headers.get('content-length')).toBe(String(token.length));
    expect(head.headers.get('etag')).toBe(etag);
    expect(await head.text()).toBe('');
    // Only If-None-Match makes a 304: other conditions are not part of PROFILE §7's API.
    for (const [name, value] of [
      ['if-match', '"another"'],
      ['if-unmodified-since', 'Sat, 01 Jan 2000 00:00:00 GMT'],
      ['if-none-match', '"another"'],
    ] as const) {
      const res = await fetchWorker(`${ORIGIN}/trust-list`, { headers: { [name]: value } });
      expect(res.status, name).toBe(200);
      expect(new Uint8Array(await res.arrayBuffer())).toEqual(token);
    }
  });

  it('refuses wrong type (415), size (413), malformed (400), wrong signer (403), older seq (409)', async () => {
    const k = await keys();
    expect(
      (await send(put('/trust-list', await trustListToken(k, 5), 'application/octet-stream'))).status,
    ).toBe(415);
    expect((await send(put('/trust-list', new Uint8Array(1024 * 1024 + 1), TL))).status).toBe(413);
    const malformed = await send(put('/trust-list', new Uint8Array([0xd2, 0x84, 0x40]), TL));
    expect(malformed.status).toBe(400);
    expect(await errorCode(malformed)).toBe('MALFORMED_COSE');
    const forged = await send(put('/trust-list', await trustListToken(k, 9, await newKey()), TL));
    expect(forged.status).toBe(403);
    expect(await errorCode(forged)).toBe('UNKNOWN_SIGNER');
    expect((await send(put('/trust-list', await trustListToken(k, 5), TL))).status).toBe(204);
    expect((await send(put('/trust-list', await trustListToken(k, 4), TL))).status).toBe(409);
    expect((await send(put('/trust-list', await trustListToken(k, 5), TL))).status).toBe(409);
    expect((await send(put('/trust-list', await trustListToken(k, 6), TL))).status).toBe(204);
  });

  it('a bad signature by the anchor kid is 403 BAD_SIGNATURE', async () => {
    const k = await keys();
    const token = await trustListToken(k, 3);
    token[token.length - 1] = (token[token.length - 1] as number) ^ 1;
    const res = await send(put('/trust-list', token, TL));
    expect(res.status).toBe(403);
    expect(await errorCode(res)).toBe('BAD_SIGNATURE');
  });
});

describe('status lists', () => {
  // Storage lives for the whole file: each test uploads a trust list with a higher seq.
  let seq = 100;
  // Dates in the past, and lists still unexpired (the tokens' exp is iat + 1 day): the Worker
  // refuses a list that is expired when uploaded (worker/usable.ts).
  const base = Math.floor(Date.now() / 1000) - 40_000;
  async function withTrustList() {
    const k = await keys();
    seq += 1;
    expect((await send(put('/trust-list', await trustListToken(k, seq), TL))).status).toBe(204);
    return k;
  }

  it('accepts a list signed by a covering status signer; GET carries ttl as max-age, clamped', async () => {
    const k = await withTrustList();
    const token = await statusListToken(k.status, { id: '1', iat: base + 1000, ttl: 10 });
    expect((await send(put('/status/1', token, SL))).status).toBe(204);
    const res = await fetchWorker(`${ORIGIN}/status/1`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe(SL);
    expect(res.headers.get('cache-control')).toBe('public, max-age=60');
    expect(new Uint8Array(await res.arrayBuffer())).toEqual(token);
    await send(
      put('/status/1', await statusListToken(k.status, { id: '1', iat: base + 1001, ttl: 7200 }), SL),
    );
    expect((await fetchWorker(`${ORIGIN}/status/1`)).headers.get('cache-control')).toBe(
      'public, max-age=3600',
    );
    await send(
      put('/status/1', await statusListToken(k.status, { id: '1', iat: base + 1002, ttl: 900 }), SL),
    );
    expect((await fetchWorker(`${ORIGIN}/status/1`)).headers.get('cache-control')).toBe(
      'public, max-age=900',
    );
  });

  it('refuses a key not in the trust list (403), a list for another path (400), an older iat (409)', async () => {
    const k = await withTrustList();
    const stranger = await send(
      put('/status/3', await statusListToken(await newKey(), { id: '3', iat: base + 5 }), SL),
    );
    expect(stranger.status).toBe(403);
    const signerKey = await send(
      put('/status/3', await statusListToken(k.signer, { id: '3', iat: base + 5 }), SL),
    );
    expect(signerKey.status).toBe(403);
    const otherPath = await send(
      put('/status/3', await statusListToken(k.status, { id: '4', iat: base + 5 }), SL),
    );
    expect(otherPath.status).toBe(400);
    expect(await errorCode(otherPath)).toBe('WRONG_LIST');
    const unlisted = await send(
      put('/status/9', await statusListToken(k.status, { id: '9', iat: base + 5 }), SL),
    );
    expect(unlisted.status).toBe(400);
    expect(await errorCode(unlisted)).toBe('WRONG_LIST');
    expect(
      (await send(put('/status/3', await statusListToken(k.status, { id: '3', iat: base + 50 }), SL))).status,
    ).toBe(204);
    expect(
      (await send(put('/status/3', await statusListToken(k.status, { id: '3', iat: base + 49 }), SL))).status,
    ).toBe(409);
    expect(
      (await send(put('/status/3', await statusListToken(k.status, { id: '3', iat: base + 50 }), SL))).status,
    ).toBe(409);
  });

  it('a signer covering another prefix is refused (403)', async () => {
    const k = await withTrustList();
    const res = await send(
      put(
        '/status/1',
        await statusListToken(k.status, { uri: 'https://other.example/status/1', iat: base + 7 }),
        SL,
      ),
    );
    expect(res.status).toBe(403);
  });

  it('a list dated in the future is 400 NOT_YET_VALID and does not shut out later updates', async () => {
    const k = await withTrustList();
    const now = Math.floor(Date.now() / 1000);
    const future = await send(
      put('/status/4', await statusListToken(k.status, { id: '4', iat: now + 3600 }), SL),
    );
    expect(future.status).toBe(400);
    expect(await errorCode(future)).toBe('NOT_YET_VALID');
    expect(
      (await send(put('/status/4', await statusListToken(k.status, { id: '4', iat: now }), SL))).status,
    ).toBe(204);
    // Within the clock tolerance of PROFILE §6 is not the future.
    const soon = await statusListToken(k.status, { id: '4', iat: now + 120 });
    expect((await send(put('/status/4', soon, SL))).status).toBe(204);
    const trust = await send(
      put('/trust-list', await trustListToken(k, 1e6, k.anchor, undefined, now + 3600), TL),
    );
    expect(trust.status).toBe(400);
    expect(await errorCode(trust)).toBe('NOT_YET_VALID');
  });

  it('two concurrent uploads leave the newer, whichever lands first', async () => {
    const k = await withTrustList();
    for (let round = 0; round < 6; round++) {
      const older = await statusListToken(k.status, { id: '2', iat: base + 10_000 + round * 10 });
      const newer = await statusListToken(k.status, { id: '2', iat: base + 10_000 + round * 10 + 5 });
      const pair = round % 2 === 0 ? [older, newer] : [newer, older];
      const answers = await Promise.all(pair.map((t) => send(put('/status/2', t, SL))));
      expect(answers.map((a) => a.status).sort()).toContain(204);
      const stored = new Uint8Array(await (await fetchWorker(`${ORIGIN}/status/2`)).arrayBuffer());
      expect(stored).toEqual(newer);
    }
  });
});

describe('the app', () => {
  it('serves the verify page at /, /w/ and /w with security headers and no-referrer', async () => {
    for (const path of ['/', '/w/?c=abc', '/w']) {
      const res = await fetchWorker(`${ORIGIN}${path}`);
      expect(res.status).toBe(200);
      expect(await res.text()).toContain('verify page');
      const csp = res.headers.get('content-security-policy') as string;
      expect(csp).toContain("default-src 'self'");
      expect(csp).toContain("script-src 'self' 'wasm-unsafe-eval'");
      expect(csp).not.toContain('unsafe-inline');
      expect(res.headers.get('referrer-policy')).toBe('no-referrer');
    }
  });

  it('reads the trust list for the page’s CSP only, not for each of its files', async () => {
    // Stored or not by the tests before, a trust list naming this origin's status lists.
    await send(put('/trust-list', await trustListToken(await keys(), 1000), TL));
    const reads: string[] = [];
    const lists = new Proxy(env.LISTS, {
      // A read is a head() (the cached reading is still current) or a get().
      get: (target, name) =>
        name === 'get' || name === 'head'
          ? (key: string, options?: R2GetOptions) => {
              reads.push(key);
              return name === 'get' ? target.get(key, options) : target.head(key);
            }
          : Reflect.get(target, name),
    });
    const served = (type: string) => ({
      fetch: async () => new Response('x', { headers: { 'content-type': type } }),
    });
    const page = await worker.fetch(new Request(`${ORIGIN}/`), {
      ...env,
      LISTS: lists,
      ASSETS: served('text/html; charset=utf-8'),
    } as never);
    expect(page.headers.get('content-security-policy')).toContain(`connect-src 'self' ${ORIGIN};`);
    expect(reads.length).toBeGreaterThan(0);
    expect(new Set(reads)).toEqual(new Set(['trust-list']));
    const pageReads = reads.length;
    for (const type of ['text/javascript', 'text/css', 'application/octet-stream', 'image/svg+xml']) {
      const file = await worker.fetch(new Request(`${ORIGIN}/assets/x`), {
        ...env,
        LISTS: lists,
        ASSETS: served(type),
      } as never);
      expect(file.headers.get('content-security-policy')).toContain("connect-src 'self'; ");
      expect(file.headers.get('x-content-type-options')).toBe('nosniff');
    }
    expect(reads).toHaveLength(pageReads);
  });

  it('never hands the credential in /w/?c= on to the asset fetch (logged as a subrequest)', async () => {
    const seen: string[] = [];
    const assets = {
      fetch: async (request: Request) => {
        seen.push(request.url);
        return new Response('verify page', { headers: { 'content-type': 'text/html' } });
      },
    };
    const res = await worker.fetch(new Request(`${ORIGIN}/w/?c=0oRYIqSECRET`), {
      ...env,
      ASSETS: assets,
    } as never);
    expect(res.status).toBe(200);
    expect(seen).toEqual([`${ORIGIN}/w/`]);
  });
});
