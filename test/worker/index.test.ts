// The app's answers and the browser's HTTP cache (worker/index.ts, issue 14): an answer whose URL
// can carry a credential (`/w/?c=…`, any query) is never stored, because the cache keys a stored
// answer by its whole URL; the app's files keep the caching the assets binding gives them.
import { env, SELF } from 'cloudflare:test';
import { describe, expect, it } from 'vitest';
import type { Env } from '../../worker/env';
import { ORIGIN } from './tokens';

const assets = (env as unknown as Env).ASSETS;
/** A credential-shaped query (a base64url COSE_Sign1 starts with 0oRY). */
const CREDENTIAL = 'c=0oRYIqEBJgRCMTE';

describe('Cache-Control of the app', () => {
  it.each([`/w/?${CREDENTIAL}`, `/w?${CREDENTIAL}`, `/?${CREDENTIAL}`, '/w/', '/w'])(
    '%s is the verify page, served with no-store',
    async (path) => {
      for (const method of ['GET', 'HEAD']) {
        const res = await SELF.fetch(`${ORIGIN}${path}`, { method });
        expect(res.status).toBe(200);
        expect(res.headers.get('content-type')).toMatch(/^text\/html/);
        expect(res.headers.get('cache-control')).toBe('no-store');
        if (method === 'GET') expect(await res.text()).toContain('verify page');
      }
    },
  );

  it.each([
    `/index.html?${CREDENTIAL}`,
    `/assets/app-3f2a1b9c.js?${CREDENTIAL}`,
    `/w/index.html?${CREDENTIAL}`,
  ])('any other answer to a URL with a query is not stored either (%s)', async (path) => {
    const res = await SELF.fetch(`${ORIGIN}${path}`, { redirect: 'manual' });
    // The fixture app has these: a redirect to / (assets' html handling), a script, a page.
    expect([200, 307]).toContain(res.status);
    expect(res.headers.get('cache-control')).toBe('no-store');
    await res.body?.cancel();
  });

  it.each([
    ['a hashed script', '/assets/app-3f2a1b9c.js'],
    ['the app shell without a query', '/'],
  ])('%s keeps the assets binding’s caching (%s)', async (_, path) => {
    const direct = await assets.fetch(`${ORIGIN}${path}`);
    const expected = direct.headers.get('cache-control');
    await direct.body?.cancel();
    // The fixture app must have the file, and the binding some caching of its own to keep.
    expect(direct.status).toBe(200);
    expect(expected).toBeTruthy();
    const res = await SELF.fetch(`${ORIGIN}${path}`);
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe(expected);
    expect(res.headers.get('cache-control')).not.toContain('no-store');
    await res.body?.cancel();
  });
});
