// Copies pdf.js's own assets (CMaps for Japanese text, standard fonts, wasm decoders) into
// dist/pdfjs/, so PDFs are read with files from this origin, also offline (precached).
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { Plugin } from 'vite';

const FOLDERS = ['cmaps', 'standard_fonts', 'wasm'];

export function pdfjsAssetsPlugin(): Plugin {
  return {
    name: 'dqc-pdfjs-assets',
    apply: 'build',
    generateBundle() {
      const root = dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));
      for (const folder of FOLDERS) {
        for (const name of readdirSync(join(root, folder))) {
          if (name.startsWith('LICENSE')) continue;
          this.emitFile({
            type: 'asset',
            fileName: `pdfjs/${folder}/${name}`,
            source: readFileSync(join(root, folder, name)),
          });
        }
      }
    },
  };
}
