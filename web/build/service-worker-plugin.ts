// Emits dist/sw.js: web/sw/service-worker.ts with the list of every built file (precache) and a
// version derived from their names and the public files' contents.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { type Plugin, transformWithOxc } from 'vite';
import { SW_MESSAGE } from '../sw/messages';

const SOURCE = resolve('web/sw/service-worker.ts');
/**
 * Files fetched only when first needed, then kept: the record's font (the whole Noto Sans JP,
 * ~5 MB, PROFILE §9 records print any name) and its subsetter's wasm. Precaching them would make
 * every install — a holder's phone checking one PDF — download 3 MB it never uses.
 */
const ON_DEMAND = [/^\/assets\/NotoSansJP[^/]*\.ttf$/, /^\/assets\/harfbuzz-subset[^/]*\.wasm$/];
const PLACEHOLDER = 'self.__DQC_PRECACHE__';

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}

export function serviceWorkerPlugin(): Plugin {
  return {
    name: 'dqc-service-worker',
    apply: 'build',
    async generateBundle(_options, bundle) {
      const hash = createHash('sha256');
      const built = Object.keys(bundle).filter((f) => !f.endsWith('.map'));
      const publicDir = resolve('public');
      const publicFiles = walk(publicDir).map((p) => {
        hash.update(readFileSync(p));
        return relative(publicDir, p).split('\\').join('/');
      });
      const all = [...new Set(['/', ...[...built, ...publicFiles].map((f) => `/${f}`)])].sort();
      hash.update(all.join('\n'));
      const onDemand = all.filter((f) => ON_DEMAND.some((r) => r.test(f)));
      const files = all.filter((f) => !onDemand.includes(f));
      const manifest = { version: hash.digest('hex').slice(0, 16), files, onDemand, messages: SW_MESSAGE };
      const { code } = await transformWithOxc(readFileSync(SOURCE, 'utf8'), SOURCE, { lang: 'ts' });
      if (!code.includes(PLACEHOLDER)) this.error('service worker source lost its precache placeholder');
      // A classic worker script: the module marker TypeScript needed has to go.
      const script = code
        .replace(/^export \{\};?[ \t]*$/m, '')
        .replace(PLACEHOLDER, JSON.stringify(manifest));
      if (/^\s*(export|import)\s/m.test(script)) this.error('the service worker must not import or export');
      this.emitFile({ type: 'asset', fileName: 'sw.js', source: script });
    },
  };
}
