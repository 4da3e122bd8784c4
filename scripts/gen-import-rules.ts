// Writes biome.json's `overrides` from the block table (scripts/lib/architecture.ts), so the lint
// enforces exactly the arrows ARCHITECTURE.md shows. `--check` only compares (used by the tests).
import { readFileSync, writeFileSync } from 'node:fs';
import { importRuleOverrides } from './lib/import-rules';

const path = new URL('../biome.json', import.meta.url);
const config = JSON.parse(readFileSync(path, 'utf8'));
const wanted = importRuleOverrides();
if (process.argv.includes('--check')) {
  const same = JSON.stringify(config.overrides) === JSON.stringify(wanted);
  if (!same)
    console.error(
      'biome.json overrides differ from scripts/lib/architecture.ts: run tsx scripts/gen-import-rules.ts',
    );
  process.exit(same ? 0 : 1);
}
config.overrides = wanted;
writeFileSync(path, `${JSON.stringify(config, null, 2)}\n`);
