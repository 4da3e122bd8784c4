// Verifier CLI: `npm run -s verify -- [--data DIR] [--now ISO-TIME] [--json] <url|file|->...`
// Exit code 0 when every result is valid, 1 when any is invalid or indeterminate, 2 on usage error.
import { parseArgs } from 'node:util';
import { verify } from '../core/verify';
import { formatResult } from './format';
import { InputError, type Inputs, readInputs } from './inputs';
import { type CliResult, pdfReport } from './pdf-report';
import { loadTrustData } from './trust-data';

const USAGE = `使い方: npm run -s verify -- [--data DIR] [--now ISO-TIME] [--json] <URL | file.pdf | image | file.url | ->...
  --data DIR   発行者の出力フォルダ（anchor.json, trust-list.cbor, status/*.cbor）
  --now TIME   検証時刻（ISO 8601、既定は現在）
  --json       結果を JSON 配列で出力（PROFILE §6 の形）
  -            標準入力から 1 行 1 件の URL を読む
`;

async function main(argv: string[]): Promise<number> {
  let values: { data?: string; now?: string; json?: boolean; help?: boolean };
  let positionals: string[];
  try {
    ({ values, positionals } = parseArgs({
      args: argv,
      options: {
        data: { type: 'string' },
        now: { type: 'string' },
        json: { type: 'boolean' },
        help: { type: 'boolean' },
      },
      allowPositionals: true,
      strict: true,
    }));
  } catch (e) {
    process.stderr.write(`エラー: ${(e as Error).message}\n${USAGE}`);
    return 2;
  }
  if (values.help) {
    process.stdout.write(USAGE);
    return 0;
  }
  const nowMs = values.now === undefined ? Date.now() : Date.parse(values.now);
  if (positionals.length === 0 || Number.isNaN(nowMs)) {
    process.stderr.write(
      `エラー: ${positionals.length === 0 ? '検証する入力がありません' : '--now が読めません'}\n${USAGE}`,
    );
    return 2;
  }
  const now = Math.floor(nowMs / 1000);
  const data = await loadTrustData(values.data);
  for (const problem of data.problems) process.stderr.write(`警告: ${problem}\n`);
  const ctx = {
    now,
    trustList: data.trustList,
    seenIat: data.seenIat,
    statusLists: (uri: string) => data.statusLists.filter((l) => l.uri === uri),
  };
  let inputs: Inputs;
  try {
    inputs = await readInputs(positionals);
  } catch (e) {
    if (!(e instanceof InputError)) throw e;
    process.stderr.write(`エラー: ${e.message}\n`);
    return 2;
  }
  for (const problem of inputs.problems) process.stderr.write(`エラー: ${problem}\n`);
  const results: CliResult[] = [];
  for (const item of inputs.items) {
    const result: CliResult = await verify(item.text, ctx);
    const findings = item.findings?.(result);
    if (findings) result.pdf = pdfReport(item.source, findings);
    results.push(result);
    if (!values.json) process.stdout.write(`${formatResult(result, item.source, findings)}\n\n`);
  }
  if (values.json) process.stdout.write(`${JSON.stringify(results, null, 2)}\n`);
  const allValid =
    results.length > 0 && inputs.problems.length === 0 && results.every((r) => r.verdict === 'valid');
  return allValid ? 0 : 1;
}

process.exitCode = await main(process.argv.slice(2));
