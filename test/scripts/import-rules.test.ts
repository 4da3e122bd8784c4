// The architecture's arrows are enforced by the tools, not by good intentions (issue 16): each
// guarded block's lint fails on a forbidden import written the way code writes it (a relative
// specifier), the cycle check fails on a deliberate cycle, both pass on the tree, and biome.json
// and ARCHITECTURE.md say exactly what scripts/lib/architecture.ts says.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkImports } from '../../scripts/check-imports';
import { BLOCKS, TOOL_FOLDERS } from '../../scripts/lib/architecture';
import { importRuleOverrides } from '../../scripts/lib/import-rules';

const ROOT = resolve(import.meta.dirname, '../..');
const BIOME = join(ROOT, 'node_modules/.bin/biome');
const scratch = mkdtempSync(join(tmpdir(), 'dqc-arch-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** A scratch tree with the repo's biome.json, and one file; returns Biome's exit code and output. */
function lint(path: string, source: string): { status: number | null; out: string } {
  const dir = mkdtempSync(join(scratch, 'lint-'));
  const config = JSON.parse(readFileSync(join(ROOT, 'biome.json'), 'utf8'));
  delete config.$schema;
  config.files = { includes: ['**'] };
  writeFileSync(join(dir, 'biome.json'), JSON.stringify(config));
  mkdirSync(dirname(join(dir, path)), { recursive: true });
  writeFileSync(join(dir, path), source);
  const r = spawnSync(BIOME, ['lint', '--max-diagnostics=50', '.'], { cwd: dir, encoding: 'utf8' });
  return { status: r.status, out: r.stdout + r.stderr };
}

const use = (spec: string) => `import * as m from '${spec}';\nexport const used = m;\n`;
const others = (folder: string) =>
  [...BLOCKS.map((b) => b.folder), ...TOOL_FOLDERS].filter(
    (f) => f !== folder && !BLOCKS.find((b) => b.folder === folder)?.mayImport.includes(f),
  );

describe('biome guards every block', () => {
  it('biome.json holds exactly the overrides the block table gives', () => {
    const config = JSON.parse(readFileSync(join(ROOT, 'biome.json'), 'utf8'));
    expect(config.overrides).toEqual(importRuleOverrides());
  });

  for (const block of BLOCKS) {
    const forbidden = others(block.folder)[0] as string;
    it(`${block.folder}/: importing ${forbidden}/ fails the lint; importing what it may passes`, () => {
      const bad = lint(`${block.folder}/deep/fixture.ts`, use(`../../${forbidden}/x`));
      expect(bad.status).toBe(1);
      expect(bad.out).toContain('noRestrictedImports');
      for (const allowed of block.mayImport) {
        const ok = lint(`${block.folder}/deep/fixture.ts`, use(`../../${allowed}/x`));
        expect(ok.status, ok.out).toBe(0);
      }
    });
    if (block.neutral) {
      it(`${block.folder}/ is runtime-neutral: node:* fails${block.neutral.except.length ? ', except in its Node adapters' : ''}`, () => {
        expect(lint(`${block.folder}/fixture.ts`, use('node:fs')).status).toBe(1);
        for (const sub of block.neutral?.except ?? [])
          expect(lint(`${sub}/fixture.ts`, use('node:fs')).status).toBe(0);
      });
    }
  }

  it('core/ touches no DOM, storage or network globals', () => {
    const bad = lint(
      'core/fixture.ts',
      'export const title = () => [document.title, localStorage, fetch];\n',
    );
    expect(bad.status).toBe(1);
    expect(bad.out).toContain('noRestrictedGlobals');
  });
});

describe('the import graph', () => {
  it('has no cycle and only allowed arrows in the tree', () => {
    expect(checkImports(ROOT)).toEqual({ cycles: [], badArrows: [] });
  });

  it('finds a deliberate cycle and a forbidden arrow', () => {
    const dir = mkdtempSync(join(scratch, 'graph-'));
    const write = (path: string, text: string) => {
      mkdirSync(dirname(join(dir, path)), { recursive: true });
      writeFileSync(join(dir, path), text);
    };
    write('core/a.ts', "import type { B } from './b';\nexport type A = B;\n");
    write('core/b.ts', "import { a } from './a';\nexport type B = typeof a;\n");
    write('reading/r.ts', "export const r = await import('../cli/c');\n");
    write('cli/c.ts', 'export const c = 1;\n');
    const report = checkImports(dir);
    expect(report.cycles).toEqual([['core/a.ts', 'core/b.ts']]);
    expect(report.badArrows).toEqual(['reading/r.ts → cli/c.ts (reading/ may not import cli/)']);
  });
});

describe('ARCHITECTURE.md', () => {
  it('names every top-level block with exactly the imports the tools enforce', () => {
    const text = readFileSync(join(ROOT, 'ARCHITECTURE.md'), 'utf8');
    const rows = new Map(
      [...text.matchAll(/^\| `([a-z0-9-]+)\/` \|[^|]*\| ([^|]*) \|$/gm)].map((m) => [
        m[1] as string,
        (m[2] as string).trim(),
      ]),
    );
    for (const block of BLOCKS) {
      const expected = block.mayImport.length > 0 ? block.mayImport.map((f) => `\`${f}/\``).join(', ') : '—';
      expect(rows.get(block.folder), block.folder).toBe(expected);
    }
  });
});
