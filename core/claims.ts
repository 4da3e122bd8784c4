// Claim rules of PROFILE §3 (step 7). The binding of item 2 to the code is step 8's.
import type { CborMap, CborValue } from './cbor/decode';
import { isProfileText } from './text/text-rules';

export interface StatusRef {
  idx: number;
  uri: string;
}

export interface DqcItems {
  /** 1: qualification code */
  code: number;
  /** 2: ① 資格名称 */
  qualificationName: string;
  /** 3: ② 氏名 */
  holderName: string;
  /** 4: ③ 生年月日 */
  birthDate: string;
  /** 5: ④ 登録番号 */
  registrationNumber: string;
  /** 6: ⑤ 登録日 */
  registrationDate: string;
  /** 7: ⑦ 交付機関/者名 */
  issuingBody: string;
  /** 8: 交付日 */
  grantDate?: string;
  /** 9: ⑨ その他項目 */
  otherItems?: [string, string][];
  /** 10: ⑧ SHA-256 of the embedded JPEG */
  photoDigest?: Uint8Array;
  /** 11: 氏名（カナ） */
  holderNameKana?: string;
}

export interface Claims {
  iss: string;
  iat: number;
  exp?: number;
  cti: Uint8Array;
  status: StatusRef;
  dqc: DqcItems;
}

export const CLAIM = { iss: 1, exp: 4, iat: 6, cti: 7, status: 65535, dqc: -65537 } as const;
const MAX_URI = 2048;

const isUint = (v: unknown): v is number => typeof v === 'number' && v >= 0;
/** A map whose keys are all of one JS type (no array is built: this runs on every verification). */
function keysAre(m: unknown, type: 'number' | 'string'): m is CborMap {
  if (!(m instanceof Map)) return false;
  for (const k of m.keys()) if (typeof k !== type) return false;
  return true;
}
const isIntKeyed = (m: unknown): m is CborMap => keysAre(m, 'number');
const isTextKeyed = (m: unknown): m is CborMap => keysAre(m, 'string');

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** The ASCII decimal digits `s[start..end)` as a number, or -1 if any is not one (`\d`). */
function digits(s: string, start: number, end: number): number {
  let n = 0;
  for (let i = start; i < end; i++) {
    const d = s.charCodeAt(i) - 0x30;
    if (d < 0 || d > 9) return -1;
    n = n * 10 + d;
  }
  return n;
}

/** A date `YYYY-MM-DD` (`^\d{4}-\d{2}-\d{2}$`): valid Gregorian, year 1868–2999 (PROFILE §3). */
export function isProfileDate(value: unknown): value is string {
  if (typeof value !== 'string' || value.length !== 10) return false;
  if (value.charCodeAt(4) !== 0x2d || value.charCodeAt(7) !== 0x2d) return false;
  const y = digits(value, 0, 4);
  const m = digits(value, 5, 7);
  const d = digits(value, 8, 10);
  // A non-digit gives -1, which every range check below refuses.
  if (y < 1868 || y > 2999 || m < 1 || m > 12 || d < 1) return false;
  const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
  return d <= (m === 2 && leap ? 29 : (DAYS_IN_MONTH[m - 1] as number));
}

/** Returns the claims, or null when any rule of §3 is broken (MALFORMED_CLAIMS). */
export function readClaims(payload: CborValue): Claims | null {
  if (!isIntKeyed(payload)) return null;
  const iss = payload.get(CLAIM.iss);
  const iat = payload.get(CLAIM.iat);
  const exp = payload.get(CLAIM.exp);
  const cti = payload.get(CLAIM.cti);
  if (!isProfileText(iss, 1, 64) || !isUint(iat)) return null;
  if (exp !== undefined && !isUint(exp)) return null;
  if (!(cti instanceof Uint8Array) || cti.length !== 16) return null;
  const status = readStatusRef(payload.get(CLAIM.status));
  const dqc = readItems(payload.get(CLAIM.dqc));
  if (!status || !dqc) return null;
  return { iss, iat, ...(exp !== undefined && { exp }), cti, status, dqc };
}

/** `{"status_list": {"idx": uint, "uri": tstr}}`, text keys (Token Status List §6.3). */
function readStatusRef(value: CborValue | undefined): StatusRef | null {
  if (!isTextKeyed(value)) return null;
  const list = value.get('status_list');
  if (!isTextKeyed(list)) return null;
  const idx = list.get('idx');
  const uri = list.get('uri');
  if (!isUint(idx) || !isProfileText(uri, 1, MAX_URI)) return null;
  return { idx, uri };
}

function readItems(value: CborValue | undefined): DqcItems | null {
  if (!isIntKeyed(value)) return null;
  const code = value.get(1);
  if (!isUint(code) || !((code >= 1 && code <= 84) || code >= 1000)) return null;
  const items: DqcItems = {
    code,
    qualificationName: value.get(2) as string,
    holderName: value.get(3) as string,
    birthDate: value.get(4) as string,
    registrationNumber: value.get(5) as string,
    registrationDate: value.get(6) as string,
    issuingBody: value.get(7) as string,
  };
  if (
    !isProfileText(items.qualificationName, 1, 64) ||
    !isProfileText(items.holderName, 1, 64) ||
    !isProfileDate(items.birthDate) ||
    !isProfileText(items.registrationNumber, 1, 32) ||
    !isProfileDate(items.registrationDate) ||
    !isProfileText(items.issuingBody, 1, 64)
  ) {
    return null;
  }
  const grantDate = value.get(8);
  if (grantDate !== undefined) {
    if (!isProfileDate(grantDate)) return null;
    items.grantDate = grantDate;
  }
  const other = value.get(9);
  if (other !== undefined) {
    if (!(other instanceof Map) || other.size < 1 || other.size > 16) return null;
    for (const [k, v] of other) if (!isProfileText(k, 1, 64) || !isProfileText(v, 1, 64)) return null;
    items.otherItems = [...other] as [string, string][];
  }
  const photo = value.get(10);
  if (photo !== undefined) {
    if (!(photo instanceof Uint8Array) || photo.length !== 32) return null;
    items.photoDigest = photo;
  }
  const kana = value.get(11);
  if (kana !== undefined) {
    if (!isProfileText(kana, 1, 64)) return null;
    items.holderNameKana = kana;
  }
  return items;
}
