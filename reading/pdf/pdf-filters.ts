// Decoding a PDF stream's filters (ISO 32000-1 §7.4) with a limit on the output, for the work
// budget: a few KB of Flate can inflate to a gigabyte, and pdf.js inflates whatever a page
// asks for. Here every stage stops one byte past its limit, so what a stream would cost is
// known before pdf.js is asked to read it. Image codecs (DCT, JPX, JBIG2, CCITT) end the chain:
// their cost is counted in pixels, from the image's dictionary.
import { ascii85, asciiHex, type Inflated, lzw, runLength } from './pdf-decoders';

export type { Inflated } from './pdf-decoders';

/** Output up to `limit` bytes; `over` when the data would give more. */

/** Inflates zlib (`raw` false) or raw deflate data, stopping past `limit` (runtime-specific). */
export type Inflater = (data: Uint8Array, limit: number, raw: boolean) => Promise<Inflated>;

/** Filters whose output is an image's pixels: decoded by pdf.js only, counted in pixels. */
export const IMAGE_CODECS = new Set([
  'DCTDecode',
  'DCT',
  'JPXDecode',
  'JBIG2Decode',
  'CCITTFaxDecode',
  'CCF',
]);

const ALIASES: Record<string, string> = {
  Fl: 'FlateDecode',
  LZW: 'LZWDecode',
  RL: 'RunLengthDecode',
  AHx: 'ASCIIHexDecode',
  A85: 'ASCII85Decode',
};

/**
 * Where the chain stops here (`stoppedAt`): the image codecs, counted in pixels, and
 * BrotliDecode, which pdf.js reads and this reader does not decode.
 */
const STOPS = new Set([...IMAGE_CODECS, 'BrotliDecode']);

/**
 * The data of a stream through `filters` (names, in order), until a stop (`stoppedAt`).
 * A name pdf.js does not know — `Crypt` (§7.4.10: decryption is done before) or any other —
 * passes the data on unchanged, as in pdf.js. Each stage's output is capped at `limit`.
 */
export async function decodeFilters(
  data: Uint8Array,
  filters: string[],
  limit: number,
  inflate: Inflater,
): Promise<Inflated & { stoppedAt?: string }> {
  let bytes = data;
  for (const raw of filters) {
    const filter = ALIASES[raw] ?? raw;
    let out: Inflated;
    if (filter === 'FlateDecode') out = await inflate(bytes, limit, !hasZlibHeader(bytes));
    else if (filter === 'LZWDecode') out = lzw(bytes, limit);
    else if (filter === 'RunLengthDecode') out = runLength(bytes, limit);
    else if (filter === 'ASCIIHexDecode') out = asciiHex(bytes, limit);
    else if (filter === 'ASCII85Decode') out = ascii85(bytes, limit);
    else if (STOPS.has(filter)) return { bytes, over: false, stoppedAt: filter };
    else continue;
    if (out.over) return out;
    bytes = out.bytes;
  }
  return { bytes, over: false };
}

/** Most bytes one input byte can become, per filter: deflate's longest match per 1 bit or so
 * (RFC 1951: 258 bytes from a 2-bit code, ~1,032×), LZW's 4,096-byte strings from 9-bit codes,
 * RunLength's 128 from 2 bytes, ASCII85's `z`. */
const EXPANSION: Record<string, number> = {
  FlateDecode: 1032,
  LZWDecode: 3641,
  RunLengthDecode: 64,
  ASCIIHexDecode: 1,
  ASCII85Decode: 4,
};

/** What `length` bytes can decode to at most through `filters` (until an image codec). */
export function inflationBound(filters: string[], length: number): number {
  let bound = length;
  for (const raw of filters) {
    const filter = ALIASES[raw] ?? raw;
    if (STOPS.has(filter)) break;
    const factor = EXPANSION[filter];
    if (factor !== undefined) bound = bound * factor + 1024;
  }
  return bound;
}

/** RFC 1950 §2.2: CM = 8 and the check bits; pdf.js reads raw deflate too. */
const hasZlibHeader = (b: Uint8Array) =>
  b.length >= 2 && ((b[0] as number) & 0x0f) === 8 && (((b[0] as number) << 8) | (b[1] as number)) % 31 === 0;

/** The inflater of runtimes with DecompressionStream (browsers, Node ≥ 18): streamed, bounded. */
export async function streamInflate(data: Uint8Array, limit: number, raw: boolean): Promise<Inflated> {
  const stream = new DecompressionStream(raw ? 'deflate-raw' : 'deflate');
  const writer = stream.writable.getWriter();
  // Small slices: a slice inflates to at most ~1,032 times its size before the next read.
  void (async () => {
    for (let i = 0; i < data.length; i += 16_384)
      await writer.write(data.subarray(i, i + 16_384) as Uint8Array<ArrayBuffer>);
    await writer.close();
  })().catch(() => {});
  const reader = stream.readable.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  let over = false;
  for (;;) {
    let chunk: ReadableStreamReadResult<Uint8Array>;
    try {
      chunk = await reader.read();
    } catch {
      break; // damaged data: what came before counts, as pdf.js also reads up to the damage
    }
    if (chunk.done) break;
    total += chunk.value.length;
    if (total > limit) {
      over = true;
      void reader.cancel().catch(() => {});
      break;
    }
    chunks.push(chunk.value);
  }
  const bytes = new Uint8Array(Math.min(total, limit));
  let at = 0;
  for (const c of chunks) {
    bytes.set(c, at);
    at += c.length;
  }
  return { bytes, over };
}
