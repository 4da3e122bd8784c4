// The anchor key and the current trust list, verified with the same core as the verifiers and
// cached per isolate by the stored object's ETag.
import { type AnchorKey, importAnchorJwk, readTrustList } from '../core/trust-list';
import type { TrustList } from '../core/types';
import type { Env } from './env';
import { HttpError } from './errors';
import { TRUST_LIST_KEY } from './store';

let anchorCache: { jwk: string; key: Promise<AnchorKey> } | undefined;
let trustCache: { etag: string; list: Promise<TrustList | null> } | undefined;

export function anchor(env: Env): Promise<AnchorKey> {
  if (!env.ANCHOR_JWK) throw new HttpError(500, 'ANCHOR_NOT_CONFIGURED');
  if (anchorCache?.jwk !== env.ANCHOR_JWK) {
    anchorCache = { jwk: env.ANCHOR_JWK, key: importAnchorJwk(JSON.parse(env.ANCHOR_JWK)) };
  }
  return anchorCache.key;
}

/** The stored trust list, or null when none is stored (or it no longer verifies). */
export async function currentTrustList(env: Env): Promise<TrustList | null> {
  // The metadata first: the cached reading is reused without opening (and cancelling) a body.
  const meta = await env.LISTS.head(TRUST_LIST_KEY);
  if (!meta) return null;
  if (trustCache?.etag === meta.etag) return trustCache.list;
  const object = await env.LISTS.get(TRUST_LIST_KEY);
  if (!object) return null;
  const bytes = new Uint8Array(await object.arrayBuffer());
  const list = anchor(env).then(async (key) => {
    const reading = await readTrustList(bytes, key);
    return reading.ok ? reading.value : null;
  });
  trustCache = { etag: object.etag, list };
  return list;
}
