// Strict CBOR for wallet bytes (PROFILE §8.5): §6's rules (core/cbor/decode.ts) with these
// differences — false, true and null; tags 24, 1004, 0, 100 and 18, each on its own kind of
// content; map keys int or text only. A subclass of the §6 reader, so that the §6 path carries
// none of this code. Tag 24 contents are decoded afresh (nesting counts anew) and keep their
// bytes as received: mdoc digests and DeviceAuthentication are over them (PROFILE §8.4).
import { CborError, type CborMap, CborReader, type CborValue, Tagged } from '../cbor/decode';

export const TAG_EMBEDDED = 24;
export const TAG_FULL_DATE = 1004;
export const TAG_TDATE = 0;
export const TAG_DAYS = 100;
export const TAG_SIGN1 = 18;

/** What each accepted tag holds (PROFILE §8.5). Any other tag, or other content, is malformed. */
const TAG_CONTENT = new Map<number, 'bytes' | 'text' | 'int' | 'array'>([
  [TAG_EMBEDDED, 'bytes'],
  [TAG_FULL_DATE, 'text'],
  [TAG_TDATE, 'text'],
  [TAG_DAYS, 'int'],
  [TAG_SIGN1, 'array'],
]);
const TAGS = [...TAG_CONTENT.keys()];
const MAX_DEPTH = 16;
/**
 * How many tag-24 items may enclose one another. PROFILE §8.5 counts nesting afresh inside each
 * one and sets no bound on the chain itself; mdoc uses two levels. The bound keeps recursion finite.
 */
const MAX_EMBEDDED = 16;

/** Tag 24: `value` = the bstr's content; `raw` = the whole item as received; `item` = the content decoded. */
export class EmbeddedCbor extends Tagged {
  constructor(
    content: Uint8Array,
    readonly raw: Uint8Array,
    readonly item: CborValue,
  ) {
    super(TAG_EMBEDDED, content);
  }
}

/** Decodes one strict mdoc item, nothing after it. Throws CborError. */
export function decodeMdoc(bytes: Uint8Array): CborValue {
  const reader = new MdocReader(bytes, 0);
  const value = reader.item(0);
  reader.end();
  return value;
}

class MdocReader extends CborReader {
  constructor(
    private readonly bytes: Uint8Array,
    private readonly embedded: number,
  ) {
    super(bytes, TAGS, MAX_DEPTH);
  }

  override item(depth: number, tagChain = 0): CborValue {
    const initial = this.bytes[this.pos];
    const major = initial === undefined ? -1 : initial >> 5;
    if (major === 7) {
      // 0xf4 false, 0xf5 true, 0xf6 null; floats, undefined and other simple values are refused.
      if (initial !== 0xf4 && initial !== 0xf5 && initial !== 0xf6)
        throw new CborError('only false, true and null of major type 7');
      this.pos++;
      return initial === 0xf6 ? null : initial === 0xf5;
    }
    if (major !== 6) return super.item(depth, tagChain);
    // No §8.5 tag holds a tag: refusing at once also keeps recursion bounded.
    if (tagChain > 0) throw new CborError('tag on a tag');
    const start = this.pos;
    const tag = this.head();
    const kind = TAG_CONTENT.get(tag);
    if (kind === undefined) throw new CborError(`tag ${tag} not allowed`);
    if (kind === 'bytes') return this.embeddedItem(start);
    const value = this.item(depth, 1);
    const fits =
      kind === 'text'
        ? typeof value === 'string'
        : kind === 'int'
          ? typeof value === 'number'
          : Array.isArray(value);
    if (!fits) throw new CborError(`tag ${tag} on the wrong content`);
    return new Tagged(tag, value);
  }

  /** Tag 24's content: a bstr holding exactly one strict item (RFC 8949 §3.4.5.1). */
  private embeddedItem(start: number): EmbeddedCbor {
    const length = this.head();
    if (this.major !== 2) throw new CborError('tag 24 must hold a byte string');
    const content = this.take(length);
    if (this.embedded >= MAX_EMBEDDED) throw new CborError('tag 24 nested too deep');
    const inner = new MdocReader(content, this.embedded + 1);
    const item = inner.item(0);
    inner.end();
    return new EmbeddedCbor(content, this.bytes.subarray(start, this.pos), item);
  }

  protected override map(length: number, depth: number): CborMap {
    const map = super.map(length, depth);
    for (const key of map.keys()) {
      if (typeof key !== 'number' && typeof key !== 'string')
        throw new CborError('map key neither int nor text');
    }
    return map;
  }
}
