// Bundle sizes of the verify path as a browser gets it: Vite library builds (ES, minified, es2022)
// of (a) core/verify.ts alone and (b) the whole path from bytes to verdict (verify, readTrustList,
// importAnchorJwk, readStatusList), raw and gzip -9, without the @noble fallback chunks (loaded
// only where WebCrypto is missing; listed apart). Then the PWA, built afresh against a demo world:
// the first screen's JS (the entry of index.html and its static imports) and the lazy files.
// Targets: verify path ≤ 10 KB gz, first screen ≤ 60 KB gz.
// Run: npx tsx bench/bundle-size.ts
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build, minifySync, type Plugin, type Rolldown } from 'vite';
import { ensureDemoWorld } from '../scripts/lib/demo-data';
import { buildApp } from './lib/service-world';

const REPO = fileURLToPath(new URL('..', import.meta.url));
const VERIFY_PATH_ID = 'virtual:dqc-verify-path';
const KB = 1024;
const TARGET_VERIFY_GZ = 10 * KB;
const TARGET_FIRST_SCREEN_GZ = 60 * KB;

interface Sized {
  name: string;
  raw: number;
  gz: number;
}

const sized = (name: string, bytes: Uint8Array | string): Sized => {
  const buf = typeof bytes === 'string' ? Buffer.from(bytes) : bytes;
  return { name, raw: buf.length, gz: gzipSync(buf, { level: 9 }).length };
};
const kb = (n: number) => `${(n / KB).toFixed(2)} KB`;
const total = (items: Sized[]): Sized => ({
  name: 'total',
  raw: items.reduce((s, i) => s + i.raw, 0),
  gz: items.reduce((s, i) => s + i.gz, 0),
});
const target = (gz: number, limit: number) =>
  `target ≤ ${limit / KB} KB gz: ${gz <= limit ? 'met' : 'NOT met'}`;

function table(rows: Sized[], width = 44): void {
  console.log(`  ${'file'.padEnd(width)}${'raw'.padStart(12)}${'gzip -9'.padStart(12)}`);
  for (const r of rows)
    console.log(`  ${r.name.padEnd(width)}${kb(r.raw).padStart(12)}${kb(r.gz).padStart(12)}`);
}

/** The whole verify path from bytes to verdict as one entry module. */
function verifyPathEntry(): Plugin {
  const core = (file: string) => JSON.stringify(join(REPO, 'core', file));
  return {
    name: 'dqc-verify-path-entry',
    // Library mode hands the entry over as a path under the root.
    resolveId: (id) => (id.endsWith(VERIFY_PATH_ID) ? `\0${VERIFY_PATH_ID}` : undefined),
    load: (id) =>
      id === `\0${VERIFY_PATH_ID}`
        ? `export { verify } from ${core('verify.ts')};\n` +
          `export { importAnchorJwk, readTrustList } from ${core('trust-list.ts')};\n` +
          `export { readStatusList } from ${core('status-list.ts')};\n`
        : undefined,
  };
}

/** A library build in memory; the entry's chunk plus its static imports vs. the dynamic ones. */
async function libraryBuild(entry: string): Promise<{ path: Sized[]; lazy: Sized[]; modules: Sized[] }> {
  const result = await build({
    configFile: false,
    root: REPO,
    logLevel: 'warn',
    cacheDir: join(tmpdir(), 'dqc-bundle-size-vite'),
    plugins: [verifyPathEntry()],
    build: {
      write: false,
      outDir: join(tmpdir(), 'dqc-bundle-size-out'),
      target: 'es2022',
      minify: true,
      lib: { entry, formats: ['es'], fileName: 'entry' },
      // Library mode keeps whitespace in ES output; the app's own build removes it, and so do we.
      rolldownOptions: { output: { minify: true, comments: false } },
    },
  });
  const outputs = (Array.isArray(result) ? result : [result]) as Rolldown.RolldownOutput[];
  const chunks = outputs
    .flatMap((o) => o.output)
    .filter((c): c is Rolldown.OutputChunk => c.type === 'chunk');
  const byFile = new Map(chunks.map((c) => [c.fileName, c]));
  const entryChunk = chunks.find((c) => c.isEntry);
  if (!entryChunk) throw new Error(`no entry chunk for ${entry}`);
  const onPath = new Set<string>();
  const visit = (file: string) => {
    if (onPath.has(file)) return;
    onPath.add(file);
    for (const dep of byFile.get(file)?.imports ?? []) visit(dep);
  };
  visit(entryChunk.fileName);
  const path = [...onPath].map((f) => sized(f, byFile.get(f)?.code ?? ''));
  const lazy = chunks.filter((c) => !onPath.has(c.fileName)).map((c) => sized(c.fileName, c.code));
  // Where the bytes go: each module's tree-shaken code, minified on its own (an estimate).
  const modules = [...onPath]
    .flatMap((f) => Object.entries(byFile.get(f)?.modules ?? {}))
    .filter(([, m]) => m.code)
    .map(([id, m]) => sized(relative(REPO, id.replace(/^\0/, '')), minifySync(id, m.code ?? '').code))
    .sort((a, b) => b.raw - a.raw);
  return { path, lazy, modules };
}

async function verifyPath(): Promise<void> {
  // The target is read as (a): what runs to check one credential. The PWA reads the lists apart,
  // when they are fetched (features trust/, status/); (b) is printed for the wider reading.
  const builds: [string, string, string][] = [
    ['(a) core/verify.ts alone (verify)', join(REPO, 'core/verify.ts'), '= verify path'],
    [
      '(b) verify + readTrustList + importAnchorJwk + readStatusList',
      VERIFY_PATH_ID,
      '= verify path with the list readers',
    ],
  ];
  console.log('Verify path: Vite library build, ES, minified, es2022 (excluding the @noble fallback chunks)');
  let modules: Sized[] = [];
  for (const [title, entry, label] of builds) {
    const built = await libraryBuild(entry);
    const { path, lazy } = built;
    modules = built.modules;
    const sum = total(path);
    console.log(`\n${title}`);
    table(path);
    console.log(
      `  ${label.padEnd(44)}${kb(sum.raw).padStart(12)}${kb(sum.gz).padStart(12)}   ${target(sum.gz, TARGET_VERIFY_GZ)}`,
    );
    if (lazy.length > 0) {
      console.log('  dynamically imported, only where WebCrypto is missing (@noble fallbacks):');
      table(lazy);
    }
  }
  console.log(
    '\n  where the bytes of (b) go: each module minified alone (gzip of one module overstates its share)',
  );
  table(modules);
}

/** Relative static imports and re-exports of an ES chunk (`import{…}from"./x.js"`, `import"./x.js"`). */
function staticImports(code: string): string[] {
  const found: string[] = [];
  const re = /(?:^|[;}\n])\s*(?:import|export)\s*(?:[\w$*{}\s,]*?from\s*)?["'`](\.{1,2}\/[^"'`]+)["'`]/g;
  for (const m of code.matchAll(re)) if (m[1]) found.push(m[1]);
  return found;
}

const LAZY_LABELS: [RegExp, string][] = [
  [/^qr-worker-/, 'QR decoder worker'],
  [/^zxing_reader-.*\.wasm$/, 'zxing-wasm QR decoder'],
  [/^pdf-worker-/, 'PDF worker (pdf.js text/image reading)'],
  [/^pdf\.worker\.min-/, 'pdf.js worker'],
  [/^read-pdf-/, 'PDF reader (lazy import)'],
  [/^nist-/, '@noble/curves fallback'],
  [/^sha2-/, '@noble/hashes fallback'],
  [/^wallet-ui-/, 'wallet path: on the wallet button (PROFILE §8)'],
  [/^iaca-/, 'X.509 (asn1js): a trust list with IACA roots (§8.2)'],
  [/^install-demo-wallet-/, 'simulated wallet: demo builds only'],
  [/^sw\.js$/, 'service worker'],
];
const labelOf = (file: string) => {
  const base = file.slice(file.lastIndexOf('/') + 1);
  return LAZY_LABELS.find(([re]) => re.test(base))?.[1] ?? '';
};

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? filesUnder(join(dir, e.name)) : [join(dir, e.name)],
  );
}

function builtApp(dist: string): void {
  const indexFile = join(dist, 'index.html');
  const html = readFileSync(indexFile, 'utf8');
  const toFile = (url: string) => join(dist, url.replace(/^\//, '').split(/[?#]/)[0] ?? '');
  const entries = [
    ...html.matchAll(/<script\b[^>]*\btype="module"[^>]*\bsrc="([^"]+)"/g),
    ...html.matchAll(/<link\b[^>]*\brel="modulepreload"[^>]*\bhref="([^"]+)"/g),
  ].map((m) => toFile(m[1] ?? ''));
  const firstScreen = new Set<string>();
  const visit = (file: string) => {
    if (firstScreen.has(file) || !existsSync(file)) return;
    firstScreen.add(file);
    for (const spec of staticImports(readFileSync(file, 'utf8'))) visit(resolve(dirname(file), spec));
  };
  for (const e of entries) visit(e);
  const rel = (f: string) => relative(dist, f);
  const first = [...firstScreen].map((f) => sized(rel(f), readFileSync(f)));
  const sum = total(first);
  console.log(
    `\nBuilt PWA (vite build against a demo world): first screen's JS = index.html's entry + static imports`,
  );
  table(first);
  console.log(
    `  ${'= first screen JS'.padEnd(44)}${kb(sum.raw).padStart(12)}${kb(sum.gz).padStart(12)}   ${target(sum.gz, TARGET_FIRST_SCREEN_GZ)}`,
  );
  const css = [...html.matchAll(/<link\b[^>]*\brel="stylesheet"[^>]*\bhref="([^"]+)"/g)]
    .map((m) => toFile(m[1] ?? ''))
    .filter(existsSync)
    .map((f) => sized(rel(f), readFileSync(f)));
  if (css.length > 0) console.log(`  (plus CSS: ${css.map((c) => `${c.name} ${kb(c.gz)} gz`).join(', ')})`);

  const lazyFiles = [...filesUnder(join(dist, 'assets')), join(dist, 'sw.js')].filter(
    (f) => existsSync(f) && /\.(m?js|wasm)$/.test(f) && !firstScreen.has(f),
  );
  const lazy = lazyFiles.map((f) => sized(rel(f), readFileSync(f))).sort((a, b) => b.gz - a.gz);
  console.log('\nLazy files (loaded when a feature first needs them)');
  console.log(`  ${'file'.padEnd(44)}${'raw'.padStart(12)}${'gzip -9'.padStart(12)}   what`);
  for (const l of lazy)
    console.log(
      `  ${l.name.padEnd(44)}${kb(l.raw).padStart(12)}${kb(l.gz).padStart(12)}   ${labelOf(l.name)}`,
    );
  const pdfjsDir = join(dist, 'pdfjs');
  if (existsSync(pdfjsDir)) {
    const files = filesUnder(pdfjsDir);
    const all = total(files.map((f) => sized(rel(f), readFileSync(f))));
    console.log(
      `  ${`pdfjs/ (${files.length} files: cmaps, fonts, wasm)`.padEnd(44)}${kb(all.raw).padStart(12)}${kb(all.gz).padStart(12)}   pdf.js data, fetched file by file on demand`,
    );
  }
}

await verifyPath();
const scratch = mkdtempSync(join(tmpdir(), 'dqc-bundle-app-'));
try {
  await ensureDemoWorld(join(scratch, 'demo'), 'http://localhost:8787', () => {});
  buildApp(join(scratch, 'demo'), join(scratch, 'dist'));
  builtApp(join(scratch, 'dist'));
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
