/// <reference types="vite/client" />

declare module 'virtual:dqc-trust' {
  /** The trust anchor's public key (PROFILE §1), built in. */
  export const ANCHOR_JWK: { kty: string; crv: string; x: string; y: string };
  /** The trust list bundled at build time (base64), for a first start offline. */
  export const BUNDLED_TRUST_LIST: string;
}
