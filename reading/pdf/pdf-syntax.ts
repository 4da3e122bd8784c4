// A small reader of PDF object syntax (ISO 32000-1 §7.2–7.3): numbers, names, strings,
// arrays, dictionaries and indirect references, from raw bytes. Why our own: the work budget
// (pdf-preflight.ts) must look at a file's structure before pdf.js spends anything on it, and
// pdf.js exposes no raw objects. Tolerant like a reader must be (a stray token is skipped, never
// thrown), and bounded: nesting depth and the number of values per container are capped, so a
// hostile file cannot make this reader itself the expensive part.

/** A name (`/Type` → `Type`) is a string; a string literal is a PdfString. */
export type PdfValue = number | boolean | null | string | PdfString | Ref | PdfValue[] | PdfDict;
export type PdfDict = Map<string, PdfValue>;

export class PdfString {
  constructor(readonly latin1: string) {}
}

export class Ref {
  constructor(
    readonly num: number,
    readonly gen: number,
  ) {}
}

/** An operator or other bare word in a content stream (`BT`, `Do`, `stream`…). */
export class Keyword {
  constructor(readonly word: string) {}
}

const MAX_DEPTH = 32;
const MAX_ITEMS = 100_000;

// Character classes (§7.2.2): 1 = white space, 2 = delimiter.
const CLASS = new Uint8Array(256);
for (const c of [0x00, 0x09, 0x0a, 0x0c, 0x0d, 0x20]) CLASS[c] = 1;
for (const c of '()<>[]{}/%') CLASS[c.charCodeAt(0)] = 2;

/** §7.3.4.2 Table 3: the escapes that stand for another character. */
const ESCAPES: Record<string, number> = { n: 0x0a, r: 0x0d, t: 0x09, b: 0x08, f: 0x0c };

export const isWhite = (c: number | undefined) => c !== undefined && CLASS[c] === 1;
export const isDelimiter = (c: number | undefined) => c !== undefined && CLASS[c] === 2;
const isRegular = (c: number | undefined) => c !== undefined && CLASS[c] === 0;

const END_ARRAY = Symbol('end-array');
const END_DICT = Symbol('end-dict');
type Token = PdfValue | Keyword | typeof END_ARRAY | typeof END_DICT | undefined;

export class Lexer {
  pos: number;
  constructor(
    readonly bytes: Uint8Array,
    start = 0,
    readonly end = bytes.length,
  ) {
    this.pos = start;
  }

  skipWhite(): void {
    const b = this.bytes;
    while (this.pos < this.end) {
      const c = b[this.pos] as number;
      if (CLASS[c] === 1) this.pos++;
      else if (c === 0x25) {
        while (this.pos < this.end && b[this.pos] !== 0x0a && b[this.pos] !== 0x0d) this.pos++;
      } else return;
    }
  }

  /** The next token; undefined at the end. Containers are read whole (bounded). */
  next(depth = 0): Token {
    this.skipWhite();
    if (this.pos >= this.end) return undefined;
    const b = this.bytes;
    const c = b[this.pos] as number;
    if (c === 0x2f) return this.name();
    if (c === 0x28) return this.literal();
    if (c === 0x3c) {
      if (b[this.pos + 1] === 0x3c) {
        this.pos += 2;
        return this.dict(depth + 1);
      }
      return this.hex();
    }
    if (c === 0x3e) {
      this.pos += b[this.pos + 1] === 0x3e ? 2 : 1;
      return END_DICT;
    }
    if (c === 0x5b) {
      this.pos++;
      return this.array(depth + 1);
    }
    if (c === 0x5d) {
      this.pos++;
      return END_ARRAY;
    }
    if (CLASS[c] === 2) {
      this.pos++; // `{`, `}`, `)`: nothing we need
      return this.next(depth);
    }
    const start = this.pos;
    while (this.pos < this.end && isRegular(b[this.pos])) this.pos++;
    const word = latin1(b, start, this.pos);
    const n = Number(word);
    if (word !== '' && Number.isFinite(n) && /^[+-]?(\d+\.?\d*|\.\d+)$/.test(word)) return n;
    if (word === 'true') return true;
    if (word === 'false') return false;
    if (word === 'null') return null;
    return new Keyword(word);
  }

  /** The next value: `N G R` becomes a Ref; `]` and `>>` out of place are Keywords. */
  read(): PdfValue | Keyword | undefined {
    const t = this.value(0);
    if (t === END_ARRAY) return new Keyword(']');
    if (t === END_DICT) return new Keyword('>>');
    return t;
  }

  private value(depth: number): Token {
    const t = this.next(depth);
    if (typeof t === 'number' && Number.isInteger(t) && t >= 0) {
      const save = this.pos;
      const gen = this.next(depth);
      if (typeof gen === 'number' && Number.isInteger(gen) && gen >= 0) {
        const r = this.next(depth);
        if (r instanceof Keyword && r.word === 'R') return new Ref(t, gen);
      }
      this.pos = save;
    }
    return t;
  }

  private name(): string {
    const b = this.bytes;
    let start = ++this.pos;
    while (this.pos < this.end && isRegular(b[this.pos])) this.pos++;
    const raw = latin1(b, start, this.pos);
    start = raw.indexOf('#');
    return start < 0
      ? raw
      : raw.replace(/#([0-9a-fA-F]{2})/g, (_, h: string) => String.fromCharCode(parseInt(h, 16)));
  }

  /**
   * A literal string (§7.3.4.2) with its escapes decoded as pdf.js decodes them (an octal escape
   * of up to three digits, modulo 256; a backslash before an end of line joins the lines; an
   * unknown escape is the character itself; a bare end of line is kept as it is). The encryption
   * dictionary's /O and /U are binary strings often written this way (pdf-security.ts).
   */
  private literal(): PdfString {
    const b = this.bytes;
    this.pos++;
    let nesting = 1;
    const out: number[] = [];
    while (this.pos < this.end) {
      const c = b[this.pos++] as number;
      if (c === 0x28) nesting++;
      else if (c === 0x29 && --nesting === 0) break;
      if (c !== 0x5c) {
        out.push(c);
        continue;
      }
      const e = b[this.pos++];
      if (e === undefined || this.pos > this.end) break;
      if (e >= 0x30 && e <= 0x37) {
        let v = e - 0x30;
        const octal = () =>
          this.pos < this.end && (b[this.pos] as number) >= 0x30 && (b[this.pos] as number) <= 0x37;
        for (let k = 0; k < 2 && octal(); k++) v = v * 8 + ((b[this.pos++] as number) - 0x30);
        out.push(v & 0xff);
      } else if (e === 0x0d) {
        if (b[this.pos] === 0x0a) this.pos++;
      } else if (e !== 0x0a) out.push(ESCAPES[String.fromCharCode(e)] ?? e);
    }
    return new PdfString(latin1(Uint8Array.from(out), 0, out.length));
  }

  private hex(): PdfString {
    const b = this.bytes;
    const start = ++this.pos;
    while (this.pos < this.end && b[this.pos] !== 0x3e) this.pos++;
    const text = latin1(b, start, this.pos).replace(/[^0-9a-fA-F]/g, '');
    this.pos++;
    let out = '';
    for (let i = 0; i < text.length; i += 2)
      out += String.fromCharCode(parseInt(text.slice(i, i + 2).padEnd(2, '0'), 16));
    return new PdfString(out);
  }

  private array(depth: number): PdfValue[] {
    const out: PdfValue[] = [];
    if (depth > MAX_DEPTH) {
      this.skipContainer(END_ARRAY);
      return out;
    }
    while (out.length < MAX_ITEMS) {
      const t = this.value(depth);
      if (t === undefined || t === END_ARRAY) break;
      if (t !== END_DICT && !(t instanceof Keyword)) out.push(t);
    }
    return out;
  }

  private dict(depth: number): PdfDict {
    const out: PdfDict = new Map();
    if (depth > MAX_DEPTH) {
      this.skipContainer(END_DICT);
      return out;
    }
    while (out.size < MAX_ITEMS) {
      const key = this.next(depth);
      if (key === undefined || key === END_DICT) break;
      if (typeof key !== 'string') continue; // junk between entries is skipped
      const value = this.value(depth);
      if (value === undefined || value === END_DICT) break;
      if (value !== END_ARRAY && !(value instanceof Keyword)) out.set(key, value);
    }
    return out;
  }

  /** Skips to the end of a container nested too deep (tokens only, no values kept). */
  private skipContainer(end: typeof END_ARRAY | typeof END_DICT): void {
    let level = 1;
    while (level > 0) {
      this.skipWhite();
      if (this.pos >= this.end) return;
      const c = this.bytes[this.pos] as number;
      const two = this.bytes[this.pos + 1];
      if (c === 0x28) this.literal();
      else if (c === 0x3c && two !== 0x3c) this.hex();
      else {
        const opens = end === END_ARRAY ? c === 0x5b : c === 0x3c && two === 0x3c;
        const closes = end === END_ARRAY ? c === 0x5d : c === 0x3e && two === 0x3e;
        if (opens) level++;
        if (closes) level--;
        this.pos += end === END_DICT && (opens || closes) ? 2 : 1;
      }
    }
  }
}

/** WHATWG's decoder for the "latin1" label: one UTF-16 unit per byte, natively (no JS loop). */
const ONE_CHAR_PER_BYTE = new TextDecoder('windows-1252');
/** Node's Buffer, where there is one: its latin1 is 1 ms for 16 MB, Node's TextDecoder 200 ms. */
const nodeBuffer = (
  globalThis as {
    Buffer?: { from(b: ArrayBufferLike, offset: number, length: number): { toString(e: 'latin1'): string } };
  }
).Buffer;

/**
 * A whole file as a string to search for keywords in (`obj`, `stream`, a filter's name): one
 * character per byte, so a match's index is its byte offset. Bytes 0x80–0x9F may come out as
 * windows-1252's characters (browsers) rather than latin1's (Node); no keyword or \s holds
 * either, and token values are read from the bytes with latin1(). A 16 MB scan took 2.2 s to
 * concatenate in chunks; this takes milliseconds.
 */
export const searchableText = (bytes: Uint8Array): string =>
  nodeBuffer
    ? nodeBuffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1')
    : ONE_CHAR_PER_BYTE.decode(bytes);

export function latin1(bytes: Uint8Array, start: number, end: number): string {
  let s = '';
  for (let i = start; i < end; i += 0x2000)
    s += String.fromCharCode(...bytes.subarray(i, Math.min(end, i + 0x2000)));
  return s;
}

/** A number from a value, or undefined (refs are resolved by the caller). */
export const num = (v: PdfValue | undefined): number | undefined => (typeof v === 'number' ? v : undefined);
/** A name from a value. */
export const name = (v: PdfValue | undefined): string | undefined => (typeof v === 'string' ? v : undefined);
export const isDict = (v: unknown): v is PdfDict => v instanceof Map;

/** One object of the file: its number, generation and value, and where a stream's data lies. */
export interface PdfObject {
  num: number;
  /** The generation of its header (0 inside an object stream): part of its decryption key. */
  gen: number;
  value: PdfValue;
  /** A stream's data, as it lies in the file. */
  data?: { start: number; end: number };
}
