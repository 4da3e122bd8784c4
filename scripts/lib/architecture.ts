// The blocks of the repository and the arrows allowed between them: the one table that
// ARCHITECTURE.md shows, biome.json's noRestrictedImports enforces (scripts/gen-import-rules.ts
// writes its overrides from here) and scripts/check-imports.ts checks with the cycle check.
// Arrows point inward to core/.

export interface Block {
  /** Top-level folder. */
  folder: string;
  /** What it is, one line (ARCHITECTURE.md's table). */
  role: string;
  /** Blocks it may import from (relative imports). */
  mayImport: readonly string[];
  /** Runtime-neutral: no `node:*` modules (except in the listed sub-folders). */
  neutral?: { except: readonly string[] };
  /** Packages it must not import (UI, storage), on top of `node:*` for neutral blocks. */
  deniedPackages?: readonly string[];
}

export const BLOCKS: readonly Block[] = [
  {
    folder: 'core',
    role: 'the pure verification core: PROFILE §2–§6 verify(), §8 wallet verification, tokens, CBOR, crypto',
    mayImport: [],
    neutral: { except: [] },
    deniedPackages: ['preact', 'idb', 'pdfjs-dist', 'pdf-lib', 'zxing-wasm'],
  },
  {
    folder: 'reading',
    role: 'runtime-neutral reading of inputs: QR decode chain, PDF scan and §6.1 document check, file kinds, CSV; reading/node/ adapts it to Node',
    mayImport: ['core'],
    neutral: { except: ['reading/node'] },
    deniedPackages: ['preact', 'idb'],
  },
  {
    folder: 'i18n',
    role: 'every text shown or printed, per language; the §6 headlines come from core/reasons.ts',
    mayImport: ['core'],
    neutral: { except: [] },
    deniedPackages: ['preact', 'idb'],
  },
  {
    folder: 'record',
    role: 'the verification record (PROFILE §9): making the PDF, reading it back, re-checking it',
    mayImport: ['core', 'reading', 'i18n'],
    neutral: { except: [] },
    deniedPackages: ['preact', 'idb'],
  },
  {
    folder: 'wallet-sim',
    role: 'a simulated holder wallet (PROFILE §8.3–§8.4 holder side) for tests and the demo; never in a production build',
    mayImport: ['core'],
    neutral: { except: [] },
    deniedPackages: ['preact', 'idb'],
  },
  {
    folder: 'cli',
    role: 'the verifier CLI (npm run verify)',
    mayImport: ['core', 'reading', 'i18n', 'record'],
  },
  {
    folder: 'issuer',
    role: 'the test issuer (npm run issuer): keys, trust and status lists, certificates, PDFs, demo world',
    mayImport: ['core', 'reading'],
  },
  {
    folder: 'web',
    role: 'the PWA, by feature (Preact, Vite); its Web Workers run reading/ off the main thread',
    mayImport: ['core', 'reading', 'i18n', 'record', 'wallet-sim'],
    neutral: { except: ['web/build'] },
  },
  {
    folder: 'worker',
    role: 'the status service (Cloudflare Worker, PROFILE §7), serving the app too',
    mayImport: ['core'],
    neutral: { except: [] },
    deniedPackages: ['preact', 'idb'],
  },
];

/** Tool folders: they may import any block (not guarded, not imported by blocks). */
export const TOOL_FOLDERS = ['scripts', 'bench', 'test'] as const;
