// The demo build's simulated wallet (PROFILE §8; wallet-sim/): `__DQC_DEMO_WALLET__` is true only
// when the build is asked for it (DQC_DEMO_WALLET=1: `npm start` and the e2e set-up, never
// `npm run build`), and `virtual:dqc-demo-wallet` gives the demo world's wallet cards
// (DQC_TRUST_DIR/wallet/manifest.json and its wallet files). The app imports the module only
// behind that flag, so a production build neither reads the files nor carries the cards.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';

const MODULE = 'virtual:dqc-demo-wallet';

/** Whether this build carries the simulated wallet (the define's value). */
export const demoWalletBuild = (): boolean => process.env.DQC_DEMO_WALLET === '1';

interface ManifestEntry {
  name: string;
  file: string;
  docType: string;
  label: string;
  answer?: string;
}

export function demoWalletPlugin(dir: string): Plugin {
  return {
    name: 'dqc-demo-wallet',
    config: () => ({ define: { __DQC_DEMO_WALLET__: JSON.stringify(demoWalletBuild()) } }),
    resolveId: (id) => (id === MODULE ? `\0${MODULE}` : undefined),
    load(id) {
      if (id !== `\0${MODULE}`) return undefined;
      if (!demoWalletBuild()) this.error(`${MODULE} is for demo builds only (DQC_DEMO_WALLET=1)`);
      const manifest = join(dir, 'wallet', 'manifest.json');
      if (!existsSync(manifest))
        this.error(`${manifest} is missing: make the demo world with "npm run issuer -- demo" again`);
      const entries = JSON.parse(readFileSync(manifest, 'utf8')) as ManifestEntry[];
      const choices = entries.map((e) => ({
        name: e.name,
        label: e.label,
        elements: e.answer ?? 'requested',
        file: JSON.parse(readFileSync(join(dir, e.file), 'utf8')) as unknown,
      }));
      return `export const DEMO_CARDS = ${JSON.stringify(choices)};\n`;
    },
  };
}
