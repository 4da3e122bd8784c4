// A generated source file: written, or with `--check` only compared (the tests run the check, so
// a file that no longer matches its generator fails CI instead of shipping stale).
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** Writes `source` to `out` and prints `made`; with --check exits 1 when the file differs. */
export function writeOrCheck(out: URL, source: string, generator: string, made: string): void {
  const name = fileURLToPath(out).split('/').slice(-3).join('/');
  if (process.argv.includes('--check')) {
    const same = readFileSync(out, 'utf8') === source;
    console.log(same ? `${name} up to date` : `${name} is stale: npx tsx ${generator}`);
    process.exit(same ? 0 : 1);
  }
  writeFileSync(out, source);
  console.log(`${name}: ${made}`);
}
