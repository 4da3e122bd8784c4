// Strict CBOR decoder (RFC 8949) implementing the rules at the top of PROFILE §6:
// definite lengths only, shortest-form arguments, no duplicate map keys, valid UTF-8,
// nesting of arrays and maps ≤ 16, no tags but those allowed (18), no major type 7, no
// trailing bytes, integers within ±(2^53−1). Any violation throws CborError; callers map it
// to their step's reason code. Byte strings are zero-copy views into the input.
// The wallet rules of PROFILE §8.5 (false/true/null, more tags, int/text keys) are a subclass in
// core/mdoc/cbor.ts, so that none of their code sits on the §6 path.

export class CborError extends Error {
  override name = 'CborError';
}

export class Tagged {
  constructor(
    readonly tag: number,
    readonly value: CborValue,
  ) {}
}

/** Booleans and null are produced only by the wallet reader (core/mdoc/cbor.ts, PROFILE §8.5). */
export type CborValue = number | string | Uint8Array | CborValue[] | CborMap | Tagged | boolean | null;
export type CborMap = Map<CborKey, CborValue>;
/** Integer and text keys are JS numbers / strings; other key types keep their decoded value. */
export type CborKey = number | string | Uint8Array | CborValue[] | CborMap | Tagged;

export interface DecodeOptions {
  /** Tags accepted (PROFILE §6: only 18). */
  tags?: readonly number[];
  /** Maximum nesting of arrays and maps, outermost = 1. */
  maxDepth?: number;
}

const MAX_SAFE = Number.MAX_SAFE_INTEGER; // 2^53 − 1
const DEFAULT_TAGS: readonly number[] = [18];
const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
/** Texts up to this many bytes (every text of the profile) are decoded in place, not by TextDecoder. */
const SHORT_TEXT = 256;

export function decodeCbor(bytes: Uint8Array, options: DecodeOptions = {}): CborValue {
  const reader = new CborReader(bytes, options.tags ?? DEFAULT_TAGS, options.maxDepth ?? 16);
  const value = reader.item(0);
  reader.end();
  return value;
}

/**
 * The strict reader itself. `item()` decodes a whole value; `head()`, `text()` and `take()` let a
 * reader that knows its structure (the claims, core/claims.ts) walk the bytes without building
 * the value tree, under the same rules.
 */
export class CborReader {
  pos = 0;
  /** The major type of the head that `head()` read last. */
  major = 0;
  constructor(
    private readonly buf: Uint8Array,
    private readonly tags: readonly number[],
    private readonly maxDepth: number,
  ) {}

  /** Throws unless every byte has been read (PROFILE §6: nothing after the item). */
  end(): void {
    if (this.pos !== this.buf.length) throw new CborError('trailing bytes after the CBOR item');
  }

  /** A head (RFC 8949 §3): sets `major`, returns the argument. Major type 7 is refused. */
  head(): number {
    const head = this.byte();
    const major = head >> 5;
    if (major === 7) throw new CborError('major type 7 (float or simple value) not allowed');
    this.major = major;
    return this.argument(head & 31);
  }

  private byte(): number {
    const b = this.buf[this.pos];
    if (b === undefined) throw new CborError('unexpected end of input');
    this.pos++;
    return b;
  }

  /** The argument of a head (RFC 8949 §3), refusing non-shortest forms and indefinite lengths. */
  private argument(info: number): number {
    if (info < 24) return info;
    let value: number;
    let min: number;
    switch (info) {
      case 24:
        value = this.byte();
        min = 24;
        break;
      case 25:
        value = this.byte() * 0x100 + this.byte();
        min = 0x100;
        break;
      case 26:
        value = this.uint(4);
        min = 0x10000;
        break;
      case 27: {
        const high = this.uint(4);
        const low = this.uint(4);
        if (high > 0x1fffff) throw new CborError('integer outside ±(2^53−1)');
        value = high * 0x100000000 + low;
        min = 0x100000000;
        break;
      }
      default:
        // 28–30 reserved, 31 indefinite length / break.
        throw new CborError(info === 31 ? 'indefinite length' : 'reserved additional information');
    }
    if (value < min) throw new CborError('argument not in shortest form');
    return value;
  }

  private uint(n: number): number {
    let v = 0;
    for (let i = 0; i < n; i++) v = v * 0x100 + this.byte();
    return v;
  }

  /** The `length` bytes of a byte string whose head was read: a view, not a copy. */
  take(length: number): Uint8Array {
    const end = this.pos + length;
    if (end > this.buf.length) throw new CborError('length exceeds input');
    const out = this.buf.subarray(this.pos, end);
    this.pos = end;
    return out;
  }

  /** A text string whose head was read: decoded in place up to SHORT_TEXT bytes, TextDecoder beyond. */
  text(length: number): string {
    const start = this.pos;
    const end = start + length;
    if (end > this.buf.length) throw new CborError('length exceeds input');
    this.pos = end;
    let text: string | null;
    if (length <= SHORT_TEXT) text = decodeShortUtf8(this.buf, start, end);
    else {
      try {
        text = utf8.decode(this.buf.subarray(start, end));
      } catch {
        text = null;
      }
    }
    if (text === null) throw new CborError('invalid UTF-8 in text string');
    return text;
  }

  /** `tagChain`: how many tags directly enclose this item. */
  item(depth: number, tagChain = 0): CborValue {
    const arg = this.head();
    switch (this.major) {
      case 0:
        return arg;
      case 1:
        if (arg >= MAX_SAFE) throw new CborError('integer outside ±(2^53−1)');
        return -1 - arg;
      case 2:
        return this.take(arg);
      case 3:
        return this.text(arg);
      case 4:
        return this.array(arg, depth + 1);
      case 5:
        return this.map(arg, depth + 1);
      default: {
        // major 6: tags
        if (!this.tags.includes(arg)) throw new CborError(`tag ${arg} not allowed`);
        // No profile nests tags (18 wraps an array; 61 only ever wraps 18), and refusing deeper
        // chains keeps recursion bounded: tags do not count towards the nesting limit.
        if (tagChain >= 2) throw new CborError('tags nested too deep');
        return new Tagged(arg, this.item(depth, tagChain + 1));
      }
    }
  }

  private array(length: number, depth: number): CborValue[] {
    if (depth > this.maxDepth) throw new CborError('nesting too deep');
    // Every element takes at least one byte: refuse impossible lengths before allocating.
    if (length > this.buf.length - this.pos) throw new CborError('length exceeds input');
    const out: CborValue[] = new Array(length);
    for (let i = 0; i < length; i++) out[i] = this.item(depth);
    return out;
  }

  protected map(length: number, depth: number): CborMap {
    if (depth > this.maxDepth) throw new CborError('nesting too deep');
    if (length * 2 > this.buf.length - this.pos) throw new CborError('length exceeds input');
    const out: CborMap = new Map();
    // Keys of other types than int/text are compared by their (canonical) encoded bytes.
    let otherKeys: Set<string> | undefined;
    for (let i = 0; i < length; i++) {
      const start = this.pos;
      const key = this.item(depth) as CborKey;
      if (typeof key !== 'number' && typeof key !== 'string') {
        otherKeys ??= new Set();
        const id = String.fromCharCode(...this.buf.subarray(start, this.pos));
        if (otherKeys.has(id)) throw new CborError('duplicate map key');
        otherKeys.add(id);
      }
      // One lookup instead of has() then set(): a duplicate leaves the size as it was.
      const size = out.size;
      out.set(key, this.item(depth));
      if (out.size === size) throw new CborError('duplicate map key');
    }
    return out;
  }
}

/**
 * Strict UTF-8 of `buf[start..end)` exactly as `utf8` above decodes it (WHATWG, fatal, BOM kept):
 * the well-formed sequences of RFC 3629 §4, anything else (overlong, surrogate, above U+10FFFF,
 * truncated) gives null. Short texts are read faster in place than through TextDecoder.
 */
function decodeShortUtf8(buf: Uint8Array, start: number, end: number): string | null {
  let text = '';
  let i = start;
  while (i < end) {
    const b0 = buf[i] as number;
    if (b0 < 0x80) {
      text += String.fromCharCode(b0);
      i++;
      continue;
    }
    // Continuation bytes after the lead, and the range of the first one (RFC 3629 §4).
    let n: number;
    let cp: number;
    let lo = 0x80;
    let hi = 0xbf;
    if (b0 >= 0xc2 && b0 <= 0xdf) {
      n = 1;
      cp = b0 & 0x1f;
    } else if (b0 >= 0xe0 && b0 <= 0xef) {
      n = 2;
      cp = b0 & 0x0f;
      if (b0 === 0xe0) lo = 0xa0;
      else if (b0 === 0xed) hi = 0x9f;
    } else if (b0 >= 0xf0 && b0 <= 0xf4) {
      n = 3;
      cp = b0 & 0x07;
      if (b0 === 0xf0) lo = 0x90;
      else if (b0 === 0xf4) hi = 0x8f;
    } else return null;
    if (i + n >= end) return null;
    const b1 = buf[i + 1] as number;
    if (b1 < lo || b1 > hi) return null;
    cp = (cp << 6) | (b1 & 0x3f);
    for (let k = 2; k <= n; k++) {
      const b = buf[i + k] as number;
      if (b < 0x80 || b > 0xbf) return null;
      cp = (cp << 6) | (b & 0x3f);
    }
    i += n + 1;
    text +=
      cp < 0x10000
        ? String.fromCharCode(cp)
        : String.fromCharCode(0xd7c0 + (cp >> 10), 0xdc00 | (cp & 0x3ff));
  }
  return text;
}
