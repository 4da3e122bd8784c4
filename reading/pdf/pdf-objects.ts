// Every object of a PDF, found the way a reader repairs a broken file: by scanning for
// `N G obj` headers (ISO 32000-1 §7.3.10) rather than trusting the cross-reference table, so
// the budget sees every stream pdf.js could reach through any table. Objects inside object
// streams (§7.5.7) are read too; their stream is inflated within the budget like any other.
// An encrypted file's streams are read as pdf.js would read them with the empty password
// (pdf-encryption.ts), or the file is locked and left to be refused.
import { type Encryption, encryptionOf, type Reading, readData } from './pdf-encryption';
import { decodeFilters, type Inflated, type Inflater } from './pdf-filters';
import {
  isDelimiter,
  isDict,
  isWhite,
  Keyword,
  Lexer,
  latin1,
  type PdfDict,
  type PdfObject,
  type PdfValue,
  Ref,
  searchableText,
} from './pdf-syntax';
import { catalogOf, trailersOf } from './pdf-trailers';
import type { WorkMeter } from './pdf-work';

export type { PdfObject } from './pdf-syntax';

export interface ObjectTable {
  get(ref: PdfValue | undefined): PdfObject | undefined;
  /**
   * Every definition of the object `ref` names (an update, or a header the cross-reference
   * table might point at instead): the budget counts the costliest, whichever pdf.js reads.
   */
  versions(ref: PdfValue | undefined): PdfObject[];
  /** Follows references (a short chain at most) to a direct value. */
  resolve(v: PdfValue | undefined): PdfValue | undefined;
  /** Every stream object, in file order (the same number may appear more than once). */
  streams: PdfObject[];
  root?: PdfDict;
  /** Whether the file is encrypted (its streams are then decrypted to be measured). */
  encrypted: boolean;
  /** Encrypted so that pdf.js could open it only with a password, or beyond what is read here. */
  locked: boolean;
  /** Every way pdf.js may read a stream's data (one, unless pdf-encryption.ts says otherwise). */
  readings(object: PdfObject): Reading[];
  /** The file as one character per byte (searchableText), for later keyword searches. */
  text: string;
}

/** `obj` as a keyword (not the start of a longer word). */
const OBJ_KEYWORD = () => /obj(?![A-Za-z0-9_])/g;
const isDigit = (c: number | undefined) => c !== undefined && c >= 0x30 && c <= 0x39;

/**
 * The object number and generation before an `obj` keyword at `at` (§7.3.10: `N G obj`), read
 * backwards over white space and digits, or null. Linear over the file however hostile: each
 * backward walk stops at the previous token.
 */
function headerBefore(bytes: Uint8Array, at: number): { num: number; gen: number; start: number } | null {
  let j = at - 1;
  while (j >= 0 && isWhite(bytes[j])) j--;
  const genEnd = j + 1;
  while (j >= 0 && isDigit(bytes[j]) && genEnd - j <= 5) j--;
  if (j + 1 === genEnd || !isWhite(bytes[j])) return null;
  const gen = Number(latin1(bytes, j + 1, genEnd));
  while (j >= 0 && isWhite(bytes[j])) j--;
  const numEnd = j + 1;
  while (j >= 0 && isDigit(bytes[j]) && numEnd - j <= 10) j--;
  const start = j + 1;
  if (start === numEnd || (j >= 0 && !isWhite(bytes[j]) && !isDelimiter(bytes[j]))) return null;
  return { num: Number(latin1(bytes, start, numEnd)), gen, start };
}

export async function readObjects(
  bytes: Uint8Array,
  meter: WorkMeter,
  inflate: Inflater,
): Promise<ObjectTable> {
  const text = searchableText(bytes);
  const found: { at: number; object: PdfObject }[] = [];
  const streams: PdfObject[] = [];
  const all = new Map<number, PdfObject>();
  const keyword = OBJ_KEYWORD();
  for (let m = keyword.exec(text); m; m = keyword.exec(text)) {
    const header = headerBefore(bytes, m.index);
    if (!header) continue;
    meter.object();
    const lexer = new Lexer(bytes, m.index + 3);
    const value = lexer.read();
    if (value === undefined || value instanceof Keyword) continue;
    const object: PdfObject = { num: header.num, gen: header.gen, value };
    found.push({ at: header.start, object });
    all.set(object.num, object);
    lexer.skipWhite();
    if (isDict(value) && text.startsWith('stream', lexer.pos)) {
      let start = lexer.pos + 6;
      if (bytes[start] === 0x0d) start++;
      if (bytes[start] === 0x0a) start++;
      object.data = { start, end: start };
      streams.push(object);
    }
  }
  // Stream ends need /Length, which may be an indirect object anywhere in the file.
  const provisional = makeTable(all, streams, new Map(), text);
  for (const s of streams)
    placeStreamEnd(s, provisional.resolve((s.value as PdfDict).get('Length')), bytes, text);
  const byNum = preferTopLevel(found, streams);
  const versions = new Map<number, PdfObject[]>();
  for (const { object } of found) addVersion(versions, object);
  const trailers = trailersOf(bytes, text, streams);
  // The encryption dictionary is a top-level object (§7.5.7): found before object streams are read.
  let root: PdfDict | undefined;
  const metadataNum = () => {
    const ref = root?.get('Metadata');
    return ref instanceof Ref ? ref.num : undefined;
  };
  const encryption = encryptionOf(trailers, makeTable(byNum, streams, versions, text).resolve, metadataNum);
  const table = makeTable(byNum, streams, versions, text, encryption);
  if (!table.locked) await readObjectStreams(bytes, table, byNum, versions, meter, inflate);
  const rootValue = table.resolve(trailers.at(-1)?.get('Root'));
  root = isDict(rootValue) ? rootValue : catalogOf(byNum.values());
  return { ...table, ...(root && { root }) };
}

/**
 * The object each number names: the last definition in the file (an incremental update comes
 * later), except that a header lying inside another stream's data only counts when nothing else
 * defines that number.
 */
function preferTopLevel(
  found: { at: number; object: PdfObject }[],
  streams: PdfObject[],
): Map<number, PdfObject> {
  const byNum = new Map<number, PdfObject>();
  const spans = streams.map((s) => s.data as { start: number; end: number });
  const embedded: PdfObject[] = [];
  let i = 0;
  let reach = 0;
  for (const { at, object } of found) {
    while (i < spans.length && (spans[i] as { start: number }).start <= at)
      reach = Math.max(reach, (spans[i++] as { end: number }).end);
    if (at < reach) embedded.push(object);
    else byNum.set(object.num, object);
  }
  for (const o of embedded) if (!byNum.has(o.num)) byNum.set(o.num, o);
  return byNum;
}

function addVersion(versions: Map<number, PdfObject[]>, object: PdfObject): void {
  const list = versions.get(object.num);
  if (list) list.push(object);
  else versions.set(object.num, [object]);
}

/** The names of a stream's filters, in order (§7.3.8.2; pdf.js reads the abbreviation first). */
export function filtersOf(dict: PdfDict, table: ObjectTable): string[] {
  const f = table.resolve(dict.get('F') ?? dict.get('Filter'));
  const list = Array.isArray(f) ? f.map((v) => table.resolve(v)) : [f];
  return list.filter((v): v is string => typeof v === 'string');
}

/** One reading of a stream through its filters, and how many bytes its decryption gave. */
export type Decoded = Inflated & { stoppedAt?: string; decrypted: number };

/**
 * A stream's data through its filters, each stage capped at `limit`: once for every way pdf.js
 * may read it (table.readings: decrypted, for an encrypted file).
 */
export async function decodeObject(
  bytes: Uint8Array,
  object: PdfObject,
  table: ObjectTable,
  limit: number,
  inflate: Inflater,
): Promise<Decoded[]> {
  const { start, end } = object.data as { start: number; end: number };
  const filters = filtersOf(object.value as PdfDict, table);
  const out: Decoded[] = [];
  for (const reading of table.readings(object)) {
    const data = readData(reading, object, bytes.subarray(start, end));
    const decoded = await decodeFilters(data, filters, limit, inflate);
    out.push({ ...decoded, decrypted: reading ? data.length : 0 });
    if (decoded.over) break; // over the limit one way: no need to try the others
  }
  return out;
}

function makeTable(
  byNum: Map<number, PdfObject>,
  streams: PdfObject[],
  versions: Map<number, PdfObject[]>,
  text: string,
  encryption?: Encryption,
): ObjectTable {
  const get = (ref: PdfValue | undefined) => (ref instanceof Ref ? byNum.get(ref.num) : undefined);
  const resolve = (v: PdfValue | undefined) => {
    for (let hops = 0; v instanceof Ref && hops < 8; hops++) v = get(v)?.value;
    return v instanceof Ref ? undefined : v;
  };
  return {
    get,
    resolve,
    versions: (ref) => (ref instanceof Ref ? (versions.get(ref.num) ?? []) : []),
    streams,
    text,
    encrypted: encryption !== undefined,
    locked: encryption?.locked ?? false,
    readings: encryption ? encryption.readings : () => [null],
  };
}

/** The stream's end: `/Length` when `endstream` follows it, else the next `endstream` (§7.3.8.1). */
function placeStreamEnd(
  object: PdfObject,
  length: PdfValue | undefined,
  bytes: Uint8Array,
  text: string,
): void {
  const data = object.data as { start: number; end: number };
  if (typeof length === 'number' && length >= 0 && data.start + length <= bytes.length) {
    let at = data.start + length;
    while (at < bytes.length && isWhite(bytes[at])) at++;
    if (text.startsWith('endstream', at)) {
      data.end = data.start + length;
      return;
    }
  }
  const found = text.indexOf('endstream', data.start);
  let end = found < 0 ? bytes.length : found;
  if (bytes[end - 1] === 0x0a) end--;
  if (bytes[end - 1] === 0x0d) end--;
  data.end = Math.max(data.start, end);
}

/** §7.5.7: `/N` pairs "number offset", objects from `/First`. */
async function readObjectStreams(
  bytes: Uint8Array,
  table: ObjectTable,
  byNum: Map<number, PdfObject>,
  versions: Map<number, PdfObject[]>,
  meter: WorkMeter,
  inflate: Inflater,
): Promise<void> {
  for (const stream of table.streams) {
    const dict = stream.value as PdfDict;
    if (dict.get('Type') !== 'ObjStm' || byNum.get(stream.num) !== stream) continue;
    for (const decoded of await decodeObject(bytes, stream, table, meter.caps.streamBytes, inflate)) {
      if (decoded.over) meter.fail('streamBytes');
      meter.inflated(decoded.bytes.length + decoded.decrypted);
      readObjectStream(decoded.bytes, dict, table, byNum, versions, meter);
    }
  }
}

function readObjectStream(
  data: Uint8Array,
  dict: PdfDict,
  table: ObjectTable,
  byNum: Map<number, PdfObject>,
  versions: Map<number, PdfObject[]>,
  meter: WorkMeter,
): void {
  const n = Math.min(Number(table.resolve(dict.get('N'))) || 0, meter.caps.objects);
  const first = Number(table.resolve(dict.get('First'))) || 0;
  const header = new Lexer(data, 0, Math.min(first, data.length));
  for (let i = 0; i < n; i++) {
    const num = header.read();
    const offset = header.read();
    if (typeof num !== 'number' || typeof offset !== 'number') break;
    meter.object();
    const value = new Lexer(data, first + offset).read();
    if (value === undefined || value instanceof Keyword) continue;
    const object = { num, gen: 0, value };
    addVersion(versions, object);
    if (!byNum.has(num)) byNum.set(num, object); // a top-level definition is the later one
  }
}
