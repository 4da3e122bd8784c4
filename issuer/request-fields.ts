// Turning flags or batch rows into an IssueRequest, with clear messages for bad input
// (the same rules the verifier applies: PROFILE §3).
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { isProfileDate } from '../core/claims';
import { isProfileText } from '../core/text/text-rules';
import type { Row } from './batch-input';
import type { IssueRequest } from './issue';

export class UsageError extends Error {
  override name = 'UsageError';
}

export const MAX_PHOTO_BYTES = 2 * 1024 * 1024;

/** ISO 8601 date or date-time → seconds since the epoch. */
export function parseTime(value: string, flag: string): number {
  const ms = Date.parse(/^\d{4}-\d{2}-\d{2}$/.test(value) ? `${value}T00:00:00Z` : value);
  if (Number.isNaN(ms)) throw new UsageError(`${flag}: not an ISO 8601 date or time: ${value}`);
  return Math.floor(ms / 1000);
}

function text(row: Row, key: string, max: number, required: true): string;
function text(row: Row, key: string, max: number, required: false): string | undefined;
function text(row: Row, key: string, max: number, required: boolean): string | undefined {
  const value = row[key];
  if (value === undefined || value === '') {
    if (required) throw new UsageError(`--${key} is required`);
    return undefined;
  }
  if (typeof value !== 'string') throw new UsageError(`--${key} must be text`);
  const normalised = value.normalize('NFC');
  if (!isProfileText(normalised, 1, max)) {
    throw new UsageError(`--${key}: 1–${max} characters, no control or unassigned characters`);
  }
  return normalised;
}

function date(row: Row, key: string, required: boolean): string | undefined {
  const value = row[key];
  if (value === undefined || value === '') {
    if (required) throw new UsageError(`--${key} is required (YYYY-MM-DD)`);
    return undefined;
  }
  if (!isProfileDate(value)) throw new UsageError(`--${key}: a real date YYYY-MM-DD between 1868 and 2999`);
  return value;
}

export async function requestFromFields(row: Row, baseDir = '.'): Promise<IssueRequest> {
  const code = Number(row.qual);
  if (!Number.isSafeInteger(code) || !((code >= 1 && code <= 84) || code >= 1000)) {
    throw new UsageError('--qual: a qualification code 1–84 (qualifications.json) or ≥ 1000 (issuer-local)');
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
  if (typeof row.signer === 'string') request.signer = Number(row.signer);
  if (typeof row.exp === 'string') request.exp = parseTime(row.exp, '--exp');
  if (row.other !== undefined) request.otherItems = otherItems(row.other);
  if (typeof row.photo === 'string') {
    const photo = new Uint8Array(await readFile(resolve(baseDir, row.photo)));
    if (photo.length > MAX_PHOTO_BYTES || photo[0] !== 0xff || photo[1] !== 0xd8) {
      throw new UsageError('--photo: a JPEG file of at most 2 MB');
    }
    request.photoJpeg = photo;
  }
  return request;
}

function otherItems(value: string | Record<string, string>): Record<string, string> {
  const entries =
    typeof value === 'string'
      ? value.split('\n').map((kv) => {
          const eq = kv.indexOf('=');
          if (eq < 1) throw new UsageError('--other: LABEL=VALUE');
          return [kv.slice(0, eq), kv.slice(eq + 1)] as [string, string];
        })
      : Object.entries(value);
  if (entries.length < 1 || entries.length > 16) throw new UsageError('--other: 1–16 items');
  const out: Record<string, string> = {};
  for (const [k, v] of entries) {
    const key = k.normalize('NFC');
    const val = String(v).normalize('NFC');
    if (!isProfileText(key, 1, 64) || !isProfileText(val, 1, 64))
      throw new UsageError('--other: labels and values of 1–64 characters');
    out[key] = val;
  }
  return out;
}
