// biome.json's import guards, derived from the block table (scripts/lib/architecture.ts): one
// `noRestrictedImports` override per block (and per sub-folder excepted from its neutrality), and
// `noRestrictedGlobals` for the pure core. Biome matches the groups against the specifier as
// written, so `**/web/**` catches `../../web/app/x` (test/scripts/import-rules.test.ts proves it).
import { BLOCKS, type Block, TOOL_FOLDERS } from './architecture';

const ALL_FOLDERS = [...BLOCKS.map((b) => b.folder), ...TOOL_FOLDERS];

/** Globals the pure core must not touch: DOM, storage, network (PROFILE-pure verify(), brief). */
export const CORE_DENIED_GLOBALS = [
  'document',
  'window',
  'navigator',
  'location',
  'localStorage',
  'sessionStorage',
  'indexedDB',
  'caches',
  'fetch',
  'XMLHttpRequest',
  'WebSocket',
] as const;

interface Override {
  includes: string[];
  linter: { rules: Record<string, Record<string, unknown>> };
}

function patterns(block: Block, allowNode: boolean) {
  const denied = ALL_FOLDERS.filter((f) => f !== block.folder && !block.mayImport.includes(f));
  const out: { group: string[]; message: string }[] = [];
  if (denied.length > 0)
    out.push({
      group: denied.flatMap((f) => [`**/${f}`, `**/${f}/**`]),
      message: `${block.folder}/ may import only ${block.mayImport.length > 0 ? block.mayImport.map((f) => `${f}/`).join(', ') : 'itself'} (ARCHITECTURE.md)`,
    });
  if (!allowNode)
    out.push({ group: ['node:*'], message: `${block.folder}/ is runtime-neutral: no Node modules here` });
  if (block.deniedPackages?.length)
    out.push({
      group: block.deniedPackages.flatMap((p) => [p, `${p}/**`]),
      message: `${block.folder}/ does not use ${block.deniedPackages.join(', ')}`,
    });
  return out;
}

function override(includes: string[], block: Block, allowNode: boolean): Override {
  const style: Record<string, unknown> = {
    noRestrictedImports: { level: 'error', options: { patterns: patterns(block, allowNode) } },
  };
  if (block.folder === 'core')
    style.noRestrictedGlobals = {
      level: 'error',
      options: {
        deniedGlobals: Object.fromEntries(
          CORE_DENIED_GLOBALS.map((g) => [
            g,
            'core/ is pure: time, trust and status come in through the context',
          ]),
        ),
      },
    };
  return { includes, linter: { rules: { style } } };
}

export function importRuleOverrides(): Override[] {
  return BLOCKS.flatMap((block) => {
    const except = block.neutral?.except ?? [];
    const main = override(
      [`${block.folder}/**`, ...except.map((e) => `!${e}/**`)],
      block,
      block.neutral === undefined,
    );
    return [main, ...except.map((e) => override([`${e}/**`], block, true))];
  });
}
