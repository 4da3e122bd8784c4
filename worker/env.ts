// Bindings of the status service (wrangler.jsonc).
export interface Env {
  /** Signed tokens: `trust-list` and `status/<id>` (R2: conditional writes, see store.ts). */
  LISTS: R2Bucket;
  /** The built PWA (dist/), served for every other path. */
  ASSETS: Fetcher;
  /** The trust anchor's public key as a JWK (JSON text): the only key the Worker trusts by itself. */
  ANCHOR_JWK: string;
}
