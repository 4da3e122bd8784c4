// Verifier CLI: `npm run -s verify -- [--data DIR] [--now ISO-TIME] [--json] <url|file|->...`
// Exit code 0 when every result is valid, 1 when any is invalid or indeterminate, 2 on usage error.
import { parseArgs } from 'node:util';
import { verify } from '../core/verify';
import { formatResult } from './format';
import { type InputEntry, InputError, isProblem, readInputs } from './inputs';
import { type CliResult, pdfReport } from './pdf-report';
import { loadTrustData } from './trust-data';

const USAGE = `使い方: npm run -s verify -- [--data DIR] [--now ISO-TIME] [--json] <URL | file.pdf | image | file.url | ->...
  --data DIR   発行者の出力フォルダ（anchor.json, trust-list.cbor, status/*.cbor）
  --now TIME   検証時刻（RFC 3339、時差付き。例 2026-04-01T09:00:00+09:00。既定は現在）
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
    process.stderr.write(`エラー: ${argumentProblem(e as Error & { code?: string })}\n${USAGE}`);
    return 2;
  }
  if (values.help) {
    process.stdout.write(USAGE);
    return 0;
  }
  const nowMs = values.now === undefined ? Date.now() : parseNow(values.now);
  if (positionals.length === 0 || Number.isNaN(nowMs)) {
    process.stderr.write(
      `エラー: ${positionals.length === 0 ? '検証する入力がありません' : '--now は 2026-04-01T09:00:00+09:00 のように時差（Z または ±hh:mm）まで書いてください'}\n${USAGE}`,
    );
    return 2;
  }
  const now = Math.floor(nowMs / 1000);
  const data = await loadTrustData(values.data);
  if (values.data === undefined)
    process.stderr.write(
      '警告: --data がありません。信頼リストなしで検証します（すべて「確認できません」）。発行者のフォルダを --data で指定してください\n',
    );
  for (const problem of data.problems) process.stderr.write(`警告: ${problem}\n`);
  const ctx = {
    now,
    trustList: data.trustList,
    seenIat: data.seenIat,
    statusLists: (uri: string) => data.statusLists.filter((l) => l.uri === uri),
  };
  let entries: InputEntry[];
  try {
    entries = await readInputs(positionals);
  } catch (e) {
    if (!(e instanceof InputError)) throw e;
    process.stderr.write(`エラー: ${e.message}\n`);
    return 2;
  }
  // --json: one element per code found or per input that gave none, in input order, each with
  // its `source`; an input that gave none is {source, error} (no verdict: nothing was verified).
  const json: (CliResult | { source: string; error: string })[] = [];
  let allValid = entries.length > 0;
  for (const entry of entries) {
    if (isProblem(entry)) {
      process.stderr.write(`エラー: ${entry.source}: ${entry.problem}\n`);
      json.push({ source: entry.source, error: entry.problem });
      allValid = false;
      continue;
    }
    const result: CliResult = await verify(entry.text, ctx);
    const findings = entry.findings?.(result);
    if (findings) result.pdf = pdfReport(entry.source, findings);
    result.source = entry.source;
    json.push(result);
    if (result.verdict !== 'valid') allValid = false;
    if (!values.json) process.stdout.write(`${formatResult(result, entry.source, findings)}\n\n`);
  }
  if (values.json) process.stdout.write(`${JSON.stringify(json, null, 2)}\n`);
  return allValid ? 0 : 1;
}

/** RFC 3339 with its offset (PROFILE §6 times): a time without one would depend on the machine. */
function parseNow(text: string): number {
  const rfc3339 = /^\d{4}-\d{2}-\d{2}[Tt ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?([Zz]|[+-]\d{2}:\d{2})$/;
  return rfc3339.test(text) ? Date.parse(text.replace(' ', 'T')) : Number.NaN;
}

/** node:util parseArgs speaks English: its two usual complaints, said in Japanese. */
function argumentProblem(e: Error & { code?: string }): string {
  const option = /'(-[^' ]+)/.exec(e.message)?.[1] ?? '';
  if (e.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') return `知らないオプションです: ${option}`;
  if (e.code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') return `${option} の値がありません`;
  return e.message;
}

// Output piped into `head` or `less` that closes early: stop quietly, not with a stack trace.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code !== 'EPIPE') throw e;
  process.exit(141); // 128 + SIGPIPE, as a program killed by the closed pipe would end
});
process.exitCode = await main(process.argv.slice(2));
