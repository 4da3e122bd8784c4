// If-None-Match on GET and HEAD of the lists (worker/if-none-match.ts, PROFILE §7, RFC 9110
// §13.1.2 / §8.8.3; issue 14): a value that does not parse is ignored as if absent, never a 5xx
// nor a logged error; a 304 only when a listed tag weakly matches the stored ETag, or for `*`
// when the list exists; an unknown list stays 404.
import { SELF } from 'cloudflare:test';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { notModified, parseIfNoneMatch } from '../../worker/if-none-match';
import { keys, ORIGIN, put, statusListToken, trustListToken } from './tokens';

const TL = 'application/dqc-trustlist+cwt';
const SL = 'application/statuslist+cwt';

describe('parseIfNoneMatch', () => {
  it.each([
    ['"a"', ['"a"']],
    ['W/"a"', ['"a"']],
    ['"a", W/"b" ,"c"', ['"a"', '"b"', '"c"']],
    [' , "a",,\t"b", ', ['"a"', '"b"']],
    ['""', ['""']],
    ['', []],
  ])('%j lists %j', (value, tags) => {
    expect(parseIfNoneMatch(value)).toEqual({ any: false, tags });
  });

  it('reads a lone * as "any"', () => {
    expect(parseIfNoneMatch(' * ')).toEqual({ any: true });
  });

  it.each([
    'abc',
    'W/',
    '"abc',
    '"a" "b"',
    'W/abc',
    'w/"a"',
    '"a"b',
    '*, "a"',
    '"a", *',
    '"a b"',
    '"a"; "b"',
  ])('%j does not parse', (value) => {
    expect(parseIfNoneMatch(value)).toBeNull();
  });

  it('compares weakly, and an unparsed header never matches', () => {
    expect(notModified(parseIfNoneMatch('W/"x"'), '"x"')).toBe(true);
    expect(notModified(parseIfNoneMatch('"x"'), 'W/"x"')).toBe(true);
    expect(notModified(parseIfNoneMatch('"y", "x"'), '"x"')).toBe(true);
    expect(notModified(parseIfNoneMatch('"X"'), '"x"')).toBe(false);
    expect(notModified(parseIfNoneMatch('"x" "x"'), '"x"')).toBe(false);
    expect(notModified(null, '"x"')).toBe(false);
  });
});

describe('If-None-Match over HTTP', () => {
  const stored = new Map<string, { token: Uint8Array; etag: string }>();
  beforeAll(async () => {
    const k = await keys();
    const trust = await trustListToken(k, 1);
    const status = await statusListToken(k.status, { id: '1', iat: Math.floor(Date.now() / 1000) - 60 });
    for (const [path, token, type] of [
      ['/trust-list', trust, TL],
      ['/status/1', status, SL],
    ] as const) {
      const req = put(path, token, type);
      expect((await SELF.fetch(req.url, req)).status).toBe(204);
      const etag = (await SELF.fetch(`${ORIGIN}${path}`, { method: 'HEAD' })).headers.get('etag');
      expect(etag).toMatch(/^"[^"]+"$/);
      stored.set(path, { token, etag: etag as string });
    }
  });

  // Nothing may be logged for any of these (a 500 logged "internal error" each time).
  const logged = [vi.spyOn(console, 'error'), vi.spyOn(console, 'warn'), vi.spyOn(console, 'log')];
  afterEach(() => {
    const calls = logged.flatMap((spy) => spy.mock.calls);
    for (const spy of logged) spy.mockClear();
    expect(calls).toEqual([]);
  });

  /** Header values; `E` stands for the stored list's ETag (`"…"`), `O` for its opaque text. */
  const MALFORMED = ['abc', 'W/', '"abc', '"a" "b"', '', 'W/abc', 'w/E', 'E E', 'Ex', '"O', 'O', '*, E'];
  const MATCHING = ['E', 'W/E', '"other", E', ' "other" ,W/E ', ',,E,', '*'];
  const NOT_MATCHING = ['"other"', 'W/"other"', '"other", W/"another"'];

  const fill = (template: string, etag: string) =>
    template.replaceAll('E', etag).replaceAll('O', etag.slice(1, -1));

  async function ask(path: string, method: string, template: string) {
    const etag = stored.get(path)?.etag ?? '"absent"';
    const value = fill(template, etag);
    const res = await SELF.fetch(`${ORIGIN}${path}`, { method, headers: { 'if-none-match': value } });
    const body = new Uint8Array(await res.arrayBuffer());
    expect(res.status, `${method} ${path} If-None-Match: ${value}`).toBeLessThan(500);
    return { res, body, etag };
  }

  for (const path of ['/trust-list', '/status/1']) {
    for (const method of ['GET', 'HEAD']) {
      it.each(MALFORMED)(`${method} ${path}, malformed %j: ignored, 200 with the list`, async (template) => {
        const { res, body } = await ask(path, method, template);
        expect(res.status).toBe(200);
        const token = stored.get(path)?.token as Uint8Array;
        if (method === 'GET') expect(body).toEqual(token);
        else expect(res.headers.get('content-length')).toBe(String(token.length));
      });

      it.each(MATCHING)(`${method} ${path}, %j: 304 with the ETag and no body`, async (template) => {
        const { res, body, etag } = await ask(path, method, template);
        expect(res.status).toBe(304);
        expect(res.headers.get('etag')).toBe(etag);
        expect(body.length).toBe(0);
      });

      it.each(NOT_MATCHING)(`${method} ${path}, %j: 200`, async (template) => {
        const { res } = await ask(path, method, template);
        expect(res.status).toBe(200);
        expect(res.headers.get('etag')).toBe(stored.get(path)?.etag);
      });
    }
  }

  for (const method of ['GET', 'HEAD']) {
    it.each([...MALFORMED, ...MATCHING, ...NOT_MATCHING])(
      `${method} of an unknown list with %j stays 404`,
      async (template) => {
        const { res } = await ask('/status/2', method, template);
        expect(res.status).toBe(404);
      },
    );
  }
});
