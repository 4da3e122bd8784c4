// Turning flags or batch rows into an IssueRequest, with clear messages for bad input
// (the same rules the verifier applies: PROFILE §3).
import { readFile, stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { isProfileDate } from '../../core/claims';
import { isProfileText } from '../../core/text/text-rules';
import type { Row } from '../batch/batch-input';
import type { IssueRequest } from './issue-request';

export class UsageError extends Error {
  override name = 'UsageError';
}

export const MAX_PHOTO_BYTES = 2 * 1024 * 1024;

/** The flags a certificate's fields come from (`issue` and `wallet dqc`), as node:util parseArgs options. */
export const REQUEST_FIELD_FLAGS = {
  dir: { type: 'string' },
  batch: { type: 'string' },
  qual: { type: 'string' },
  'qual-name': { type: 'string' },
  name: { type: 'string' },
  kana: { type: 'string' },
  birth: { type: 'string' },
  'reg-no': { type: 'string' },
  'reg-date': { type: 'string' },
  body: { type: 'string' },
  'grant-date': { type: 'string' },
  other: { type: 'string', multiple: true },
  photo: { type: 'string' },
  exp: { type: 'string' },
  out: { type: 'string' },
  now: { type: 'string' },
} as const;

/**
 * A date (YYYY-MM-DD, 00:00 UTC) or an RFC 3339 date-time with its offset → seconds since the
 * epoch. Strict: Date.parse alone rolls 02-30 over into March and reads a time without an
 * offset in the machine's own zone.
 */
export function parseTime(value: string, flag: string): number {
  const m =
    /^(\d{4})-(\d{2})-(\d{2})(?:[Tt](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?([Zz]|[+-]\d{2}:\d{2}))?$/.exec(
      value,
    );
  const [, y, mo, d, h = '0', mi = '0', sec = '0'] = m ?? [];
  const day = new Date(Date.UTC(Number(y), Number(mo) - 1, Number(d)));
  const real =
    m !== null &&
    day.getUTCFullYear() === Number(y) &&
    day.getUTCMonth() === Number(mo) - 1 &&
    day.getUTCDate() === Number(d) &&
    Number(h) < 24 &&
    Number(mi) < 60 &&
    Number(sec) < 60;
  const ms = real ? Date.parse(m[4] === undefined ? `${value}T00:00:00Z` : value) : Number.NaN;
  if (Number.isNaN(ms))
    throw new UsageError(`${flag}: YYYY-MM-DD か、時差付きの日時（例 2027-03-31T23:59:59+09:00）: ${value}`);
  return Math.floor(ms / 1000);
}

/** A JPEG that PDF embedding and viewers accept: SOI, then segments up to a frame header. */
export function isJpeg(bytes: Uint8Array): boolean {
  if (bytes[0] !== 0xff || bytes[1] !== 0xd8) return false;
  let at = 2;
  while (at + 4 <= bytes.length) {
    if (bytes[at] !== 0xff) return false;
    const marker = bytes[at + 1] as number;
    // SOF0–SOF15 except DHT (C4), JPG (C8) and DAC (CC): the frame header with the image size.
    if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc)
      return true;
    if (marker === 0xda || marker === 0xd9) return false; // scan or end before any frame header
    at += 2 + (((bytes[at + 2] as number) << 8) | (bytes[at + 3] as number));
  }
  return false;
}

function text(row: Row, key: string, max: number, required: true): string;
function text(row: Row, key: string, max: number, required: false): string | undefined;
function text(row: Row, key: string, max: number, required: boolean): string | undefined {
  const value = row[key];
  if (value === undefined || value === '') {
    if (required) throw new UsageError(`--${key} は必須です`);
    return undefined;
  }
  if (typeof value !== 'string') throw new UsageError(`--${key}: 文字列で指定してください`);
  // Spaces around a value (a spreadsheet cell typed " 山田 花子") are never meant to be signed.
  const normalised = value.trim().normalize('NFC');
  if (!isProfileText(normalised, 1, max)) {
    throw new UsageError(`--${key}: 1〜${max} 文字（改行・制御文字・未割り当ての文字は使えません）`);
  }
  return normalised;
}

function date(row: Row, key: string, required: boolean): string | undefined {
  const value = row[key];
  if (value === undefined || value === '') {
    if (required) throw new UsageError(`--${key} は必須です（YYYY-MM-DD）`);
    return undefined;
  }
  // Excel saves dates in a Japanese locale as 1990/4/1: read as the same day.
  const slashed = typeof value === 'string' ? /^(\d{4})\/(\d{1,2})\/(\d{1,2})$/.exec(value.trim()) : null;
  const iso = slashed
    ? `${slashed[1]}-${slashed[2]?.padStart(2, '0')}-${slashed[3]?.padStart(2, '0')}`
    : typeof value === 'string'
      ? value.trim()
      : value;
  if (!isProfileDate(iso))
    throw new UsageError(`--${key}: 実在する日付を YYYY-MM-DD で（1868〜2999 年）: ${String(value)}`);
  return iso;
}

export async function requestFromFields(row: Row, baseDir = '.'): Promise<IssueRequest> {
  const code =
    typeof row.qual === 'string' && /^\d{1,15}$/.test(row.qual.trim()) ? Number(row.qual) : Number.NaN;
  if (!Number.isSafeInteger(code) || !((code >= 1 && code <= 84) || code >= 1000)) {
    throw new UsageError('--qual: 資格コード 1〜84（qualifications.json）か、1000 以上（発行者独自）');
  }
  const request: IssueRequest = {
    code,
    holderName: text(row, 'name', 64, true),
    birthDate: date(row, 'birth', true) as string,
    registrationNumber: text(row, 'reg-no', 32, true),
    registrationDate: date(row, 'reg-date', true) as string,
  };
  const optional = {
    qualificationName: text(row, 'qual-name', 64, false),
    holderNameKana: text(row, 'kana', 64, false),
    issuingBody: text(row, 'body', 64, false),
    grantDate: date(row, 'grant-date', false),
  };
  for (const [k, v] of Object.entries(optional)) if (v !== undefined) Object.assign(request, { [k]: v });
  if (typeof row.signer === 'string') {
    if (!/^[1-9]\d{0,3}$/.test(row.signer)) throw new UsageError('--signer: 署名者の番号（1, 2, …）');
    request.signer = Number(row.signer);
  }
  if (typeof row.exp === 'string') request.exp = parseTime(row.exp, '--exp');
  if (row.other !== undefined) request.otherItems = otherItems(row.other);
  if (typeof row.photo === 'string') request.photoJpeg = await readPhoto(resolve(baseDir, row.photo));
  return request;
}

export async function readPhoto(path: string): Promise<Uint8Array> {
  const size = await stat(path).then(
    (info) => (info.isFile() ? info.size : -1),
    () => -1,
  );
  if (size < 0) throw new UsageError(`--photo: ${path} がありません`);
  if (size > MAX_PHOTO_BYTES) throw new UsageError('--photo: 2 MB までの JPEG にしてください');
  const photo = new Uint8Array(await readFile(path));
  if (!isJpeg(photo)) throw new UsageError(`--photo: ${path} は JPEG ではありません`);
  return photo;
}

function otherItems(value: string | Record<string, string>): Record<string, string> {
  const entries =
    typeof value === 'string'
      ? value.split('\n').map((kv) => {
          const eq = kv.indexOf('=');
          if (eq < 1) throw new UsageError('--other: 「項目名=値」の形で指定してください');
          return [kv.slice(0, eq), kv.slice(eq + 1)] as [string, string];
        })
      : Object.entries(value);
  if (entries.length < 1 || entries.length > 16) throw new UsageError('--other: 1〜16 項目');
  // No prototype: a label "__proto__" is a label like any other (it set the prototype, and was lost).
  const out: Record<string, string> = Object.create(null);
  for (const [k, v] of entries) {
    // Trimmed like every other field: a spreadsheet cell " 要確認 " is not meant to be signed so.
    const key = k.trim().normalize('NFC');
    const val = String(v).trim().normalize('NFC');
    if (!isProfileText(key, 1, 64) || !isProfileText(val, 1, 64))
      throw new UsageError('--other: 項目名と値はそれぞれ 1〜64 文字（改行・制御文字は使えません）');
    // A second value for one label silently replaced the first.
    if (Object.hasOwn(out, key)) throw new UsageError(`--other: 項目名「${key}」が二度あります`);
    out[key] = val;
  }
  return out;
}
