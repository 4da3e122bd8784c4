/// <reference types="vite/client" />

declare module 'virtual:dqc-trust' {
  /** The trust anchor's public key (PROFILE §1), built in. */
  export const ANCHOR_JWK: { kty: string; crv: string; x: string; y: string };
  /** The trust list bundled at build time (base64), for a first start offline. */
  export const BUNDLED_TRUST_LIST: string;
}

/** True only in a demo build (DQC_DEMO_WALLET=1, web/build/demo-wallet-plugin.ts). */
declare const __DQC_DEMO_WALLET__: boolean;

declare module 'virtual:dqc-demo-wallet' {
  /** The demo world's wallet cards: each a wallet file and how the simulated wallet answers with it. */
  export const DEMO_CARDS: { name: string; label: string; elements: string; file: unknown }[];
}

/** package.json's version (vite.config.ts `define`), for the record's `app.version` (PROFILE §9). */
declare const __DQC_VERSION__: string;
