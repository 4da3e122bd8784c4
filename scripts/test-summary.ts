// The one line `npm test` ends with: each stage and its count, then the total, read from the
// JSON reports the stages wrote (vitest's json reporter, Playwright's json reporter).
//   tsx scripts/test-summary.ts DIR   (DIR holds node.json, chromium.json, workerd.json, e2e.json)
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

interface VitestReport {
  numPassedTests: number;
  numFailedTests: number;
  numPendingTests: number;
  numTodoTests: number;
}
interface PlaywrightReport {
  stats: { expected: number; unexpected: number; flaky: number; skipped: number };
}

const dir = process.argv[2] ?? '.tmp/test-reports';
const read = <T>(name: string): T | null => {
  const path = join(dir, `${name}.json`);
  return existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')) as T) : null;
};

const parts = ['types', 'lint', 'imports'];
let passed = 0;
let failed = 0;
for (const stage of ['node', 'chromium', 'workerd']) {
  const r = read<VitestReport>(stage);
  if (!r) continue;
  passed += r.numPassedTests;
  failed += r.numFailedTests;
  const skipped = r.numPendingTests + r.numTodoTests;
  parts.push(
    `${stage} ${r.numPassedTests}${skipped ? ` (${skipped} skipped)` : ''}${r.numFailedTests ? ` (${r.numFailedTests} FAILED)` : ''}`,
  );
}
const e2e = read<PlaywrightReport>('e2e');
if (e2e) {
  const { expected, unexpected, flaky, skipped } = e2e.stats;
  passed += expected + flaky;
  failed += unexpected;
  parts.push(
    `e2e ${expected}${flaky ? ` (+${flaky} flaky: passed on retry)` : ''}${skipped ? ` (${skipped} skipped)` : ''}${unexpected ? ` (${unexpected} FAILED)` : ''}`,
  );
}
console.log(
  `\n${failed === 0 ? 'passed' : 'FAILED'}: ${parts.join(', ')} — ${passed} tests${failed ? `, ${failed} failed` : ''}`,
);
