// Claim rules of PROFILE §3 (step 7). The binding of item 2 to the code is step 8's.
// The payload is read in one pass over its bytes: the strict CBOR rules of §6 and the claim rules
// together, without first building the generic value tree (Maps, iterators), which was most of
// step 7's time. Unknown claims and items go through the generic strict decoder. It accepts
// exactly what reading the claims off decodeCbor(payload) accepts, with the same values
// (test/core/claims.differential.test.ts).
import { CborReader } from './cbor/decode';
import { BROKEN, bytes, date, intKey, mapHead, once, skipUnknown, text, textKey, uint } from './claim-fields';

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

export { isProfileDate } from './text/profile-date';

export const CLAIM = { iss: 1, exp: 4, iat: 6, cti: 7, status: 65535, dqc: -65537 } as const;
const MAX_URI = 2048;

/** The payload carries no tags (PROFILE §6: 18 is the envelope's alone). */
const NO_TAGS: readonly number[] = [];
const MAX_DEPTH = 16;

/** Returns the claims of the payload bytes, or null when any rule of §3 or §6 is broken (MALFORMED_CLAIMS). */
export function readClaims(payload: Uint8Array): Claims | null {
  try {
    const r = new CborReader(payload, NO_TAGS, MAX_DEPTH);
    const claims = readTop(r);
    r.end();
    return claims;
  } catch {
    return null;
  }
}

/** A known key's field, and the reader of its value. */
type FieldReader<T> = {
  [K in keyof T]-?: readonly [K, (r: CborReader) => NonNullable<T[K]>];
}[keyof T];

/**
 * An integer-keyed map: `readerOf` gives each known key's field and reader; unknown keys are only
 * strictly decoded, at the map's nesting `depth`. A key seen twice is a duplicate map key.
 */
function readFields<T>(
  r: CborReader,
  readerOf: (key: number) => FieldReader<T> | undefined,
  depth: number,
): Partial<T> {
  const n = mapHead(r);
  const fields: Partial<T> = {};
  let unknown: Set<number> | undefined;
  for (let i = 0; i < n; i++) {
    const key = intKey(r);
    const reader = readerOf(key);
    if (!reader) {
      unknown = skipUnknown(r, key, unknown, depth);
      continue;
    }
    const [field, read] = reader;
    if (fields[field] !== undefined) throw BROKEN;
    (fields as Record<keyof T, unknown>)[field] = read(r);
  }
  return fields;
}

/** The claims of PROFILE §3 by their CWT keys. */
const CLAIM_READERS = new Map<number, FieldReader<Claims>>([
  [CLAIM.iss, ['iss', (r) => text(r, 1, 64)]],
  [CLAIM.iat, ['iat', uint]],
  [CLAIM.exp, ['exp', uint]],
  [CLAIM.cti, ['cti', (r) => bytes(r, 16)]],
  [CLAIM.status, ['status', statusRef]],
  [CLAIM.dqc, ['dqc', readItems]],
]);
const claimReader = (key: number) => CLAIM_READERS.get(key);

function readTop(r: CborReader): Claims {
  const { iss, iat, exp, cti, status, dqc } = readFields(r, claimReader, 1);
  if (iss === undefined || iat === undefined || !cti || !status || !dqc) throw BROKEN;
  const claims: Claims = { iss, iat, cti, status, dqc };
  if (exp !== undefined) claims.exp = exp;
  return claims;
}

/** `{"status_list": {"idx": uint, "uri": tstr}}`, text keys, others ignored (Token Status List §6.3). */
function statusRef(r: CborReader): StatusRef {
  const n = mapHead(r);
  let ref: StatusRef | undefined;
  let unknown: Set<string> | undefined;
  for (let i = 0; i < n; i++) {
    const key = textKey(r);
    if (key === 'status_list') ref = once(ref) ?? statusList(r);
    else unknown = skipUnknown(r, key, unknown, 2);
  }
  if (!ref) throw BROKEN;
  return ref;
}

function statusList(r: CborReader): StatusRef {
  const n = mapHead(r);
  let idx: number | undefined;
  let uri: string | undefined;
  let unknown: Set<string> | undefined;
  for (let i = 0; i < n; i++) {
    const key = textKey(r);
    if (key === 'idx') idx = once(idx) ?? uint(r);
    else if (key === 'uri') uri = once(uri) ?? text(r, 1, MAX_URI);
    else unknown = skipUnknown(r, key, unknown, 3);
  }
  if (idx === undefined || uri === undefined) throw BROKEN;
  return { idx, uri };
}

/** Item 1: 1–84 (qualifications.json) or ≥ 1000 (PROFILE §3). */
function qualificationCode(r: CborReader): number {
  const code = uint(r);
  if (!((code >= 1 && code <= 84) || code >= 1000)) throw BROKEN;
  return code;
}

/** Each item number's field and reader (PROFILE §3); index 0 and unknown numbers have none. */
const ITEM_READERS: readonly (FieldReader<DqcItems> | undefined)[] = [
  undefined,
  ['code', qualificationCode],
  ['qualificationName', (r) => text(r, 1, 64)],
  ['holderName', (r) => text(r, 1, 64)],
  ['birthDate', date],
  ['registrationNumber', (r) => text(r, 1, 32)],
  ['registrationDate', date],
  ['issuingBody', (r) => text(r, 1, 64)],
  ['grantDate', date],
  ['otherItems', otherItems],
  ['photoDigest', (r) => bytes(r, 32)],
  ['holderNameKana', (r) => text(r, 1, 64)],
];

const itemReader = (key: number) => (key > 0 ? ITEM_READERS[key] : undefined);

/** Items 1–7 are required (PROFILE §3). */
const REQUIRED_ITEMS = 7;

/** The `dqc` map: integer keys, items 1–7 required, unknown ones ignored. */
function readItems(r: CborReader): DqcItems {
  const read = readFields(r, itemReader, 2);
  // In item order, whatever order they came in.
  const items: Partial<DqcItems> = {};
  for (let key = 1; key < ITEM_READERS.length; key++) {
    const [field] = ITEM_READERS[key] as FieldReader<DqcItems>;
    const value = read[field];
    if (value !== undefined) (items as Record<keyof DqcItems, unknown>)[field] = value;
    else if (key <= REQUIRED_ITEMS) throw BROKEN;
  }
  return items as DqcItems;
}

/** Item 9: 1–16 entries, profile texts of 1–64 as keys and values, in the order received. */
function otherItems(r: CborReader): [string, string][] {
  const n = mapHead(r);
  if (n < 1 || n > 16) throw BROKEN;
  const pairs: [string, string][] = [];
  for (let i = 0; i < n; i++) {
    const key = text(r, 1, 64);
    if (pairs.some(([k]) => k === key)) throw BROKEN; // duplicate map key
    pairs.push([key, text(r, 1, 64)]);
  }
  return pairs;
}
