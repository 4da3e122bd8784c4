// The verifier PWA build. The trust anchor and the trust list bundled for the first offline start
// come from an issuer folder at build time (DQC_TRUST_DIR, default ./demo).
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { defineConfig, type Plugin } from 'vite';
import { demoWalletPlugin } from './web/build/demo-wallet-plugin.ts';
import { pdfjsAssetsPlugin } from './web/build/pdfjs-assets-plugin.ts';
import { serviceWorkerPlugin } from './web/build/service-worker-plugin.ts';

const TRUST_MODULE = 'virtual:dqc-trust';

/** `virtual:dqc-trust`: the built-in anchor JWK and the bundled trust list (PROFILE §4). */
function trustDataPlugin(dir: string): Plugin {
  return {
    name: 'dqc-trust-data',
    resolveId: (id) => (id === TRUST_MODULE ? `\0${TRUST_MODULE}` : undefined),
    load(id) {
      if (id !== `\0${TRUST_MODULE}`) return undefined;
      const anchorFile = resolve(dir, 'anchor.json');
      const listFile = resolve(dir, 'trust-list.cbor');
      if (!existsSync(anchorFile) || !existsSync(listFile)) {
        this.error(
          `DQC_TRUST_DIR=${dir} has no anchor.json / trust-list.cbor: run "npm run issuer -- demo" first`,
        );
      }
      const { kty, crv, x, y } = JSON.parse(readFileSync(anchorFile, 'utf8'));
      const list = readFileSync(listFile).toString('base64');
      return `export const ANCHOR_JWK = ${JSON.stringify({ kty, crv, x, y })};\nexport const BUNDLED_TRUST_LIST = ${JSON.stringify(list)};\n`;
    },
  };
}

export default defineConfig({
  plugins: [
    trustDataPlugin(resolve(process.env.DQC_TRUST_DIR ?? 'demo')),
    // PROFILE §8: the simulated wallet, in demo builds only (DQC_DEMO_WALLET=1).
    demoWalletPlugin(resolve(process.env.DQC_TRUST_DIR ?? 'demo')),
    pdfjsAssetsPlugin(),
    serviceWorkerPlugin(),
  ],
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  // The app's version for the verification record (PROFILE §9 `app.version`): the app reads it
  // from here rather than importing package.json into the bundle.
  define: {
    __DQC_VERSION__: JSON.stringify(JSON.parse(readFileSync(resolve('package.json'), 'utf8')).version),
  },
  build: {
    target: 'es2022',
    outDir: 'dist',
    // The QR decoder's wasm and pdf.js files stay separate, cacheable files.
    assetsInlineLimit: 0,
    sourcemap: false,
    rollupOptions: { input: { app: resolve('index.html') } },
  },
  worker: { format: 'es' },
  server: { fs: { allow: ['.', '../shared'] } },
});
