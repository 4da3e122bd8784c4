// Compare-and-swap storage: two writers that read the same state before either writes must
// still leave the newer token (R2 conditional writes, worker/store.ts).
import { env } from 'cloudflare:test';
import { describe, expect, it } from 'vitest';
import type { Env } from '../../worker/env';
import { putIfNewer } from '../../worker/store';

const bucket = (env as unknown as Env).LISTS;

/** A bucket whose first `n` head() calls wait for each other: both writers read, then both write. */
function lockstep(n: number): R2Bucket {
  let arrived = 0;
  let release = () => {};
  const gate = new Promise<void>((resolve) => {
    release = resolve;
  });
  return new Proxy(bucket, {
    get(target, prop) {
      if (prop === 'head') {
        return async (key: string) => {
          const result = await target.head(key);
          arrived += 1;
          if (arrived >= n) release();
          await gate;
          return result;
        };
      }
      const value = Reflect.get(target, prop);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}

const body = (v: number) => new TextEncoder().encode(`token ${v}`);
const stored = async (key: string) => (await (await bucket.get(key))?.text()) ?? null;

describe('putIfNewer', () => {
  it.each([
    ['absent key', false],
    ['existing key', true],
  ])('newer first then older, after reading the same state (%s): the newer stays', async (_, existing) => {
    const key = `cas/${existing ? 'existing' : 'absent'}`;
    if (existing) await putIfNewer(bucket, key, body(1), 1, 'x', {});
    const racing = lockstep(2);
    const results = await Promise.allSettled([
      putIfNewer(racing, key, body(30), 30, 'x', {}),
      putIfNewer(racing, key, body(20), 20, 'x', {}),
    ]);
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected']);
    expect(await stored(key)).toBe('token 30');
  });

  it('older first then newer: both land in order and the newer stays', async () => {
    const key = 'cas/ordered';
    const racing = lockstep(2);
    await Promise.allSettled([
      putIfNewer(racing, key, body(5), 5, 'x', {}),
      putIfNewer(racing, key, body(6), 6, 'x', {}),
    ]);
    expect(await stored(key)).toBe('token 6');
  });
});
