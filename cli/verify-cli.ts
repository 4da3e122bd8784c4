// Verifier CLI: `npm run -s verify -- [--data DIR] [--now ISO-TIME] [--json] <url|file|->...`
// Exit code 0 when every result is valid, 1 when any is invalid or indeterminate, 2 on usage error.
// A code read from a PDF counts by its document verdict (PROFILE §6.1: "the exit code follows the
// document verdict"), and its JSON result carries `document`.
// Records (PROFILE §9): `--record FILE.pdf` re-checks one (cli/record-check.ts); `--save-records
// DIR` and `--csv FILE` leave a record and a CSV row per input (cli/record-outputs.ts).
import { parseArgs } from 'node:util';
import { verify } from '../core/verify';
import { capturingContext } from '../record/evidence';
import { formatResult } from './format';
import { type InputEntry, InputError, isProblem, readInputs } from './inputs';
import { type CliResult, shownVerdict, withPdfFindings } from './pdf-report';
import { runRecordCheck } from './record-check';
import { OutputError, RecordOutputs } from './record-outputs';
import { loadTrustData } from './trust-data';
import { splitWalletArgs } from './wallet-args';
import { reportWalletOrProblem, type WalletJson } from './wallet-report';

const USAGE = `使い方: npm run -s verify -- [--data DIR] [--now ISO-TIME] [--json] <URL | file.pdf | image | file.url | ->...
  --data DIR   発行者の出力フォルダ（anchor.json, trust-list.cbor, status/*.cbor）
  --now TIME   検証時刻（RFC 3339、時差付き。例 2026-04-01T09:00:00+09:00。既定は現在）
  --json       結果を JSON 配列で出力（PROFILE §6 の形。PDF から読んだコードには §6.1 の document）
  -            標準入力から 1 行 1 件の URL を読む
  --save-records DIR  入力ごとに確認記録（PDF、PROFILE §9）を DIR に保存（上書きしません）
  --minimal-records   確認記録を最小限の形にする（生年月日・氏名・証拠を含まない。再確認はできません）
  --csv FILE   入力ごとに 1 行の CSV（UTF-8 BOM 付き）を保存（生年月日・氏名なし。既存のファイルは上書きしません）
  --csv-full   CSV に氏名と生年月日も入れる
  --record FILE.pdf  確認記録を再確認し PROFILE §9 の JSON を出力（--data の anchor.json で証拠を検証。
               --now を付けると、その時刻と --data の現在のデータで資格者証も確認し直す）。
               終了コード: consistent なら 0、それ以外（inconsistent / unverifiable）は 1
ウォレットの提示（PROFILE §8.8。組ごとに 1 回の呼び出し、繰り返し可、結果は入力順）:
  --mdoc DEVICE_RESPONSE.cbor --session-transcript ST.cbor [--request DEVICE_REQUEST.cbor] [--reader-key JWK.json]
  --dcapi-response RESPONSE.txt --encryption-info INFO.txt --origin ORIGIN --recipient-key JWK.json
               [--request DEVICE_REQUEST.cbor]
               資格者証とマイナンバーカードが 1 件ずつなら本人確認（§8.7）も表示。
               終了コード: すべて有効で本人確認（あれば）が一致なら 0、それ以外は 1
`;

async function main(argv: string[]): Promise<number> {
  let values: {
    data?: string;
    now?: string;
    json?: boolean;
    help?: boolean;
    record?: string;
    'save-records'?: string;
    'minimal-records'?: boolean;
    csv?: string;
    'csv-full'?: boolean;
  };
  let positionals: string[];
  // PROFILE §8.8: the wallet groups are taken out first (cli/wallet-args.ts).
  const walletArgs = splitWalletArgs(argv);
  if ('problem' in walletArgs) {
    process.stderr.write(`エラー: ${walletArgs.problem}\n${USAGE}`);
    return 2;
  }
  const groups = walletArgs.groups;
  try {
    ({ values, positionals } = parseArgs({
      args: walletArgs.rest,
      options: {
        data: { type: 'string' },
        now: { type: 'string' },
        json: { type: 'boolean' },
        help: { type: 'boolean' },
        record: { type: 'string' },
        'save-records': { type: 'string' },
        'minimal-records': { type: 'boolean' },
        csv: { type: 'string' },
        'csv-full': { type: 'boolean' },
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
  if (values.record !== undefined && !Number.isNaN(nowMs))
    return runRecordCheck(
      values.record,
      values.data,
      values.now === undefined ? undefined : Math.floor(nowMs / 1000),
    );
  const noInput = positionals.length === 0 && groups.length === 0;
  if (noInput || Number.isNaN(nowMs)) {
    process.stderr.write(
      `エラー: ${noInput && !Number.isNaN(nowMs) ? '検証する入力がありません' : '--now は 2026-04-01T09:00:00+09:00 のように時差（Z または ±hh:mm）まで書いてください'}\n${USAGE}`,
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
  let outputs: RecordOutputs;
  try {
    outputs = await RecordOutputs.open({
      ...(values['save-records'] !== undefined && { recordsDir: values['save-records'] }),
      ...(values.csv !== undefined && { csvFile: values.csv }),
      csvFull: values['csv-full'] === true,
      minimal: values['minimal-records'] === true,
    });
    entries = await readInputs(positionals);
  } catch (e) {
    if (!(e instanceof InputError || e instanceof OutputError)) throw e;
    process.stderr.write(`エラー: ${e.message}\n`);
    return 2;
  }
  // --json: one element per code found or per input that gave none, in input order, each with
  // its `source`; an input that gave none is {source, error} (no verdict: nothing was verified).
  const json: (CliResult | WalletJson | { source: string; error: string })[] = [];
  let allValid = entries.length > 0 || groups.length > 0;
  for (const entry of entries) {
    if (isProblem(entry)) {
      process.stderr.write(`エラー: ${entry.source}: ${entry.problem}\n`);
      json.push({ source: entry.source, error: entry.problem });
      outputs.addProblem(entry.source, entry.problem, now);
      allValid = false;
      continue;
    }
    const capture = capturingContext(ctx);
    const verified = await verify(entry.text, capture.context);
    const findings = entry.findings?.(verified);
    const result: CliResult = findings ? withPdfFindings(verified, entry.source, findings) : verified;
    result.source = entry.source;
    json.push(result);
    if (shownVerdict(result).verdict !== 'valid') allValid = false;
    if (!values.json) process.stdout.write(`${formatResult(result, entry.source)}\n\n`);
    const saved = await outputs.add(entry.source, result, capture.use(entry.text));
    if (saved) process.stderr.write(`確認記録を保存しました: ${saved}\n`);
  }
  const wallet = await reportWalletOrProblem(groups, ctx, json);
  if ('problem' in wallet) {
    process.stderr.write(`エラー: ${wallet.problem}\n`);
    return 2;
  }
  json.push(...wallet.results);
  if (!values.json) for (const text of wallet.text) process.stdout.write(`${text}\n\n`);
  if (!wallet.allValid) allValid = false;
  const csv = await outputs.finish();
  if (csv) process.stderr.write(`CSV を保存しました: ${csv}\n`);
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
