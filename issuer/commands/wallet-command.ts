// `wallet`: test documents for the wallet presentation of PROFILE §8 — a test IACA and DS
// certificates (§8.2 issuer profile), qualification certificates as `jp.go.nqs.dqc.1` mdocs (the
// same fields and batch files as `issue`, with an MSO `status` in the folder's status lists) and
// test My Number Cards (`org.iso.23220.1.jp.mnc`). Each document is a wallet file under
// DIR/wallet/ for the simulated wallet (wallet-sim/). Nothing here is a real credential.
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { isProfileDate } from '../../core/claims';
import { DQC_DOCTYPE, MNC_DOCTYPE } from '../../core/mdoc/doctypes';
import { QUALIFICATION_JA } from '../../core/qualifications';
import { isProfileText } from '../../core/text/text-rules';
import type { Row } from '../batch/batch-input';
import { IssuerFolder } from '../folder/folder';
import type { IssueRequest } from '../issuing/issue-request';
import { parseTime, REQUEST_FIELD_FLAGS, requestFromFields, UsageError } from '../issuing/request-fields';
import { dqcElements, type MncHolder, mncElements } from '../wallet/elements';
import { iacaFor, makeDsCert, makeTestIaca } from '../wallet/iacas';
import { issueWalletDocument, type WalletDocument, writeWalletFile } from '../wallet/issue-wallet';
import { flags, note, nowFrom, required, say } from './flags';
import { readBatch } from './issue-batch';
import { quals as codeList } from './keys-command';

const DOC_TYPES = [DQC_DOCTYPE, MNC_DOCTYPE];
const DEFAULT_IACA_NAME = 'テスト発行者';

export async function runWallet(args: string[]): Promise<void> {
  const [sub, ...rest] = args;
  const run = sub ? SUBCOMMANDS[sub] : undefined;
  if (!run) throw new UsageError('wallet: iaca, ds, dqc, mnc のどれかを続けてください');
  await run(rest);
}

const SUBCOMMANDS: Record<string, (args: string[]) => Promise<void>> = {
  iaca: runIaca,
  ds: runDs,
  dqc: runDqc,
  mnc: runMnc,
};

function docTypes(value: string | undefined): string[] {
  if (value === undefined) return DOC_TYPES;
  const list = value
    .split(',')
    .map((d) => d.trim())
    .filter(Boolean);
  if (list.length === 0) throw new UsageError('--doc-types: 書類の種類をコンマ区切りで');
  return list;
}

/** `wallet iaca`: a test IACA (listed in the trust list, which is signed again) and its first DS. */
async function runIaca(args: string[]): Promise<void> {
  const f = flags(args, {
    dir: { type: 'string' },
    name: { type: 'string' },
    'doc-types': { type: 'string' },
    quals: { type: 'string' },
    now: { type: 'string' },
  });
  const folder = await IssuerFolder.open(required(f.dir, '--dir'));
  const now = nowFrom(f.now);
  const terms = {
    name: f.name ?? DEFAULT_IACA_NAME,
    docTypes: docTypes(f['doc-types']),
    quals: codeList(f.quals),
  };
  const iaca = await makeTestIaca(folder, terms, now);
  const ds = await makeDsCert(folder, (folder.state.iacas?.length ?? 1) - 1, now);
  await folder.writeTrustList(now);
  note(
    `IACA「${iaca.name}」（${iaca.cert}、${iaca.docTypes.join(', ')}）と DS 証明書 ${ds.cert} を作りました`,
  );
  note(`信頼リストを署名し直しました（seq ${folder.state.trustList.seq}）。公開するには publish を実行`);
}

/** `wallet ds`: another DS certificate under a folder-made IACA (the trust list is unchanged). */
async function runDs(args: string[]): Promise<void> {
  const f = flags(args, { dir: { type: 'string' }, iaca: { type: 'string' }, now: { type: 'string' } });
  const folder = await IssuerFolder.open(required(f.dir, '--dir'));
  const n = f.iaca === undefined ? 1 : Number(f.iaca);
  if (!Number.isSafeInteger(n) || n < 1) throw new UsageError('--iaca: IACA の番号（1, 2, …）');
  const ds = await makeDsCert(folder, n - 1, nowFrom(f.now));
  await folder.save();
  say(ds.cert);
  note(`DS 証明書を作りました（シリアル ${ds.serial}）`);
}

/** Makes a test IACA for both doctypes when the folder has none for `docType`. */
async function ensureIaca(folder: IssuerFolder, docType: string, now: number): Promise<void> {
  if (iacaFor(folder, docType) >= 0) return;
  await makeTestIaca(folder, { name: DEFAULT_IACA_NAME, docTypes: DOC_TYPES }, now);
  await makeDsCert(folder, (folder.state.iacas?.length ?? 1) - 1, now);
  await folder.writeTrustList(now);
  note(
    `テスト用 IACA を作り、信頼リストを署名し直しました（seq ${folder.state.trustList.seq}）。公開するには publish を実行`,
  );
}

/** Issues each prepared document in order; whatever was issued stays in the registry. */
async function issueAll(
  folder: IssuerFolder,
  docs: { doc: WalletDocument; name?: string }[],
  now: number,
): Promise<void> {
  try {
    for (const { doc, name } of docs) {
      const file = await issueWalletDocument(folder, doc, now);
      const base = name ?? `${doc.docType === DQC_DOCTYPE ? 'dqc' : 'mnc'}-${freeSuffix(folder)}`;
      say(await writeWalletFile(folder.dir, base, file));
      if (file.statusId)
        note(`状態の変更: status --dir ${folder.dir} --cti ${file.statusId} --set revoked など`);
    }
  } finally {
    await folder.save();
  }
}

const freeSuffix = (folder: IssuerFolder): string => {
  for (let n = 1; ; n++) {
    const taken = ['dqc', 'mnc'].some((k) => existsSync(join(folder.dir, 'wallet', `${k}-${n}.wallet.json`)));
    if (!taken) return String(n);
  }
};

const outName = (row: Row): string | undefined => {
  if (row.out === undefined) return undefined;
  if (typeof row.out !== 'string') throw new UsageError('--out: ファイル名を文字列で');
  return row.out;
};

/** `wallet dqc`: qualification certificates from the `issue` flags or a batch file. */
async function runDqc(args: string[]): Promise<void> {
  const f = flags(args, REQUEST_FIELD_FLAGS);
  const folder = await IssuerFolder.open(required(f.dir, '--dir'));
  const now = nowFrom(f.now);
  const { dir: _dir, batch, now: _now, other, ...fields } = f;
  const rows: Row[] = batch
    ? await readBatch(batch)
    : [{ ...fields, ...(other && { other: other.join('\n') }) }];
  if (rows.length === 0) throw new UsageError('一括発行ファイルに行がありません');
  // Every row is checked before anything is signed: all or nothing, as `issue`.
  const docs: { doc: WalletDocument; name?: string }[] = [];
  for (const [i, row] of rows.entries()) {
    try {
      const request = await requestFromFields(row, batch ? dirname(batch) : '.');
      docs.push({ doc: dqcDocument(folder, request, now), ...withName(outName(row)) });
    } catch (e) {
      if (!batch) throw e;
      throw Object.assign(new Error(`${i + 1} 行目（見出しの次が 1 行目）: ${(e as Error).message}`), {
        exitCode: 2,
      });
    }
  }
  await ensureIaca(folder, DQC_DOCTYPE, now);
  const quals = folder.state.iacas?.[iacaFor(folder, DQC_DOCTYPE)]?.quals;
  const refused = docs.find(({ doc }) => quals && !quals.includes(qualificationCode(doc)));
  if (refused)
    throw new UsageError(`IACA が発行できる資格ではありません（コード ${qualificationCode(refused.doc)}）`);
  await issueAll(folder, docs, now);
}

const withName = (name: string | undefined) => (name === undefined ? {} : { name });
const qualificationCode = (doc: WalletDocument): number =>
  doc.elements[DQC_DOCTYPE]?.qualification_code as number;

function dqcDocument(folder: IssuerFolder, request: IssueRequest, now: number): WalletDocument {
  const issuingBody = folder.state.signers[0]?.name ?? DEFAULT_IACA_NAME;
  const elements = dqcElements(request, issuingBody);
  const qualification = QUALIFICATION_JA[request.code - 1] ?? request.qualificationName ?? '';
  if (request.exp !== undefined && request.exp <= now) throw new UsageError('--exp: 過去の日時です');
  const doc: WalletDocument = {
    docType: DQC_DOCTYPE,
    elements,
    label: `資格者証 ${qualification}（${request.holderName}）`,
  };
  if (request.exp !== undefined) doc.validUntil = request.exp;
  return doc;
}

/** `wallet mnc`: a test My Number Card in one or both name forms (PROFILE §8.1 (i)). */
async function runMnc(args: string[]): Promise<void> {
  const f = flags(args, {
    dir: { type: 'string' },
    name: { type: 'string' },
    family: { type: 'string' },
    given: { type: 'string' },
    'name-form': { type: 'string' },
    birth: { type: 'string' },
    'approximate-mask': { type: 'string' },
    exp: { type: 'string' },
    out: { type: 'string' },
    now: { type: 'string' },
  });
  const folder = await IssuerFolder.open(required(f.dir, '--dir'));
  const now = nowFrom(f.now);
  const holder = mncHolder(f);
  const doc: WalletDocument = {
    docType: MNC_DOCTYPE,
    elements: mncElements(holder),
    label: `マイナンバーカード（${holder.fullName ?? `${holder.family ?? ''} ${holder.given ?? ''}`.trim()}）`,
  };
  if (f.exp !== undefined) doc.validUntil = parseTime(f.exp, '--exp');
  await ensureIaca(folder, MNC_DOCTYPE, now);
  await issueAll(folder, [{ doc, ...withName(f.out) }], now);
}

const nameText = (value: string | undefined, flag: string): string | undefined => {
  if (value === undefined) return undefined;
  const text = value.trim().normalize('NFC');
  // §8.1 (i): tstr of 1–256 bytes, and §3's text rules.
  if (!isProfileText(text, 1, 256) || new TextEncoder().encode(text).length > 256)
    throw new UsageError(`${flag}: 1〜256 バイトの文字列（改行・制御文字は使えません）`);
  return text;
};

function mncHolder(f: {
  name?: string;
  family?: string;
  given?: string;
  'name-form'?: string;
  birth?: string;
  'approximate-mask'?: string;
}): MncHolder {
  const form = f['name-form'] ?? 'both';
  if (!['full', 'split', 'both'].includes(form)) throw new UsageError('--name-form: full, split か both');
  const full = nameText(f.name, '--name');
  // Split form from --family/--given, or from --name at its first space (family first).
  const [first = '', ...restNames] = (full ?? '').split(/[\s\u3000]+/);
  const family = nameText(f.family, '--family') ?? (full ? first : undefined);
  const given =
    nameText(f.given, '--given') ?? (full && restNames.length > 0 ? restNames.join(' ') : undefined);
  if (form !== 'split' && full === undefined)
    throw new UsageError('--name が必要です（--name-form split なら --family）');
  if (form === 'split' && family === undefined) throw new UsageError('--family（か --name）が必要です');
  const birth = required(f.birth, '--birth');
  if (!isProfileDate(birth)) throw new UsageError(`--birth: 実在する日付を YYYY-MM-DD で: ${birth}`);
  const mask = f['approximate-mask'];
  if (mask !== undefined && !/^[01]{8}$/.test(mask))
    throw new UsageError('--approximate-mask: 0 と 1 の 8 文字（YYYYMMDD の各桁、1 = 概略）');
  const holder: MncHolder = { birthDate: birth };
  if (form !== 'split' && full !== undefined) holder.fullName = full;
  if (form !== 'full') {
    if (family !== undefined) holder.family = family;
    if (given !== undefined) holder.given = given;
  }
  if (mask !== undefined) holder.approximateMask = mask;
  return holder;
}
