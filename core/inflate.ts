// zlib (RFC 1950) + DEFLATE (RFC 1951) decoder with an output cap, after Mark Adler's puff.c.
// PROFILE §5: `lst` is one complete zlib stream, Adler-32 checked, with nothing after it,
// inflating to at most 16 MiB. Runtime decompressors differ on trailing data and caps, so the
// core carries its own. Throws InflateError on any violation.

export class InflateError extends Error {
  override name = 'InflateError';
}

const MAX_BITS = 15;
const LENGTH_BASE = [
  3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51, 59, 67, 83, 99, 115, 131, 163, 195,
  227, 258,
];
const LENGTH_EXTRA = [0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0];
const DIST_BASE = [
  1, 2, 3, 4, 5, 7, 9, 13, 17, 25, 33, 49, 65, 97, 129, 193, 257, 385, 513, 769, 1025, 1537, 2049, 3073, 4097,
  6145, 8193, 12289, 16385, 24577,
];
const DIST_EXTRA = [
  0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13, 13,
];
const CODE_LENGTH_ORDER = [16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15];

interface Huffman {
  count: Uint16Array;
  symbol: Uint16Array;
  /** > 0 when the code is incomplete (allowed only for a single code of length 1). */
  left: number;
}

function buildHuffman(lengths: ArrayLike<number>, n: number): Huffman {
  const count = new Uint16Array(MAX_BITS + 1);
  const symbol = new Uint16Array(n);
  for (let i = 0; i < n; i++) {
    const len = lengths[i] as number;
    count[len] = (count[len] as number) + 1;
  }
  const offs = new Uint16Array(MAX_BITS + 1);
  let left = 1;
  for (let len = 1; len <= MAX_BITS; len++) {
    left = left * 2 - (count[len] as number);
    if (left < 0) throw new InflateError('over-subscribed Huffman code');
    if (len < MAX_BITS) offs[len + 1] = (offs[len] as number) + (count[len] as number);
  }
  for (let i = 0; i < n; i++) {
    const len = lengths[i] as number;
    if (len === 0) continue;
    const at = offs[len] as number;
    symbol[at] = i;
    offs[len] = at + 1;
  }
  return { count, symbol, left };
}

let fixedTables: [Huffman, Huffman] | undefined;
function fixed(): [Huffman, Huffman] {
  if (!fixedTables) {
    const l = new Uint8Array(288);
    l.fill(8, 0, 144).fill(9, 144, 256).fill(7, 256, 280).fill(8, 280, 288);
    fixedTables = [buildHuffman(l, 288), buildHuffman(new Uint8Array(30).fill(5), 30)];
  }
  return fixedTables;
}

class Inflater {
  pos: number;
  private bitBuf = 0;
  private bitCnt = 0;
  out: Uint8Array;
  outLen = 0;

  constructor(
    private readonly src: Uint8Array,
    start: number,
    private readonly cap: number,
  ) {
    this.pos = start;
    this.out = new Uint8Array(Math.min(cap, Math.max(1024, src.length * 8)));
  }

  bits(need: number): number {
    let val = this.bitBuf;
    while (this.bitCnt < need) {
      const b = this.src[this.pos++];
      if (b === undefined) throw new InflateError('unexpected end of compressed data');
      val |= b << this.bitCnt;
      this.bitCnt += 8;
    }
    this.bitBuf = val >>> need;
    this.bitCnt -= need;
    return val & ((1 << need) - 1);
  }

  private ensure(extra: number): void {
    const need = this.outLen + extra;
    if (need > this.cap) throw new InflateError('inflated data exceeds the limit');
    if (need <= this.out.length) return;
    const grown = new Uint8Array(Math.min(this.cap, Math.max(need, this.out.length * 2)));
    grown.set(this.out.subarray(0, this.outLen));
    this.out = grown;
  }

  private decode(h: Huffman): number {
    let code = 0;
    let first = 0;
    let index = 0;
    for (let len = 1; len <= MAX_BITS; len++) {
      code |= this.bits(1);
      const count = h.count[len] as number;
      if (code - count < first) return h.symbol[index + (code - first)] as number;
      index += count;
      first = (first + count) << 1;
      code <<= 1;
    }
    throw new InflateError('invalid Huffman code');
  }

  stored(): void {
    this.bitBuf = 0;
    this.bitCnt = 0; // stored blocks start on a byte boundary
    if (this.pos + 4 > this.src.length) throw new InflateError('unexpected end of compressed data');
    const len = (this.src[this.pos] as number) | ((this.src[this.pos + 1] as number) << 8);
    const nlen = (this.src[this.pos + 2] as number) | ((this.src[this.pos + 3] as number) << 8);
    this.pos += 4;
    if (len !== (~nlen & 0xffff)) throw new InflateError('stored block length mismatch');
    if (this.pos + len > this.src.length) throw new InflateError('unexpected end of compressed data');
    this.ensure(len);
    this.out.set(this.src.subarray(this.pos, this.pos + len), this.outLen);
    this.outLen += len;
    this.pos += len;
  }

  codes(lencode: Huffman, distcode: Huffman): void {
    for (;;) {
      const sym = this.decode(lencode);
      if (sym < 256) {
        this.ensure(1);
        this.out[this.outLen++] = sym;
      } else if (sym === 256) {
        return;
      } else {
        const s = sym - 257;
        if (s >= 29) throw new InflateError('invalid length symbol');
        const len = (LENGTH_BASE[s] as number) + this.bits(LENGTH_EXTRA[s] as number);
        const ds = this.decode(distcode);
        if (ds >= 30) throw new InflateError('invalid distance symbol');
        const dist = (DIST_BASE[ds] as number) + this.bits(DIST_EXTRA[ds] as number);
        if (dist > this.outLen) throw new InflateError('distance too far back');
        this.ensure(len);
        const out = this.out;
        let o = this.outLen;
        for (let i = 0; i < len; i++, o++) out[o] = out[o - dist] as number;
        this.outLen = o;
      }
    }
  }

  dynamic(): void {
    const nlen = this.bits(5) + 257;
    const ndist = this.bits(5) + 1;
    const ncode = this.bits(4) + 4;
    if (nlen > 286 || ndist > 30) throw new InflateError('bad dynamic block counts');
    const lengths = new Uint8Array(320);
    for (let i = 0; i < ncode; i++) lengths[CODE_LENGTH_ORDER[i] as number] = this.bits(3);
    const lencodeForLengths = buildHuffman(lengths, 19);
    if (lencodeForLengths.left > 0) throw new InflateError('incomplete code-length code');
    lengths.fill(0);
    let index = 0;
    while (index < nlen + ndist) {
      let sym = this.decode(lencodeForLengths);
      if (sym < 16) {
        lengths[index++] = sym;
        continue;
      }
      let len = 0;
      if (sym === 16) {
        if (index === 0) throw new InflateError('repeat with no previous length');
        len = lengths[index - 1] as number;
        sym = 3 + this.bits(2);
      } else if (sym === 17) sym = 3 + this.bits(3);
      else sym = 11 + this.bits(7);
      if (index + sym > nlen + ndist) throw new InflateError('too many code lengths');
      while (sym--) lengths[index++] = len;
    }
    if (lengths[256] === 0) throw new InflateError('no end-of-block code');
    const lencode = buildHuffman(lengths, nlen);
    const distcode = buildHuffman(lengths.subarray(nlen), ndist);
    // As zlib: an incomplete code is allowed only when it is a single code of length 1.
    const single = (h: Huffman, n: number) => n === (h.count[0] as number) + (h.count[1] as number);
    if (lencode.left > 0 && !single(lencode, nlen)) throw new InflateError('incomplete literal/length code');
    if (distcode.left > 0 && !single(distcode, ndist)) throw new InflateError('incomplete distance code');
    this.codes(lencode, distcode);
  }
}

/** Inflates one zlib stream that must span `data` exactly; at most `cap` bytes out. */
export function inflateZlib(data: Uint8Array, cap: number): Uint8Array {
  if (data.length < 6) throw new InflateError('zlib stream too short');
  const cmf = data[0] as number;
  const flg = data[1] as number;
  if ((cmf & 0x0f) !== 8 || cmf >> 4 > 7) throw new InflateError('not a deflate zlib stream');
  if ((cmf * 256 + flg) % 31 !== 0) throw new InflateError('bad zlib header check');
  if (flg & 0x20) throw new InflateError('preset dictionary not allowed');
  const inf = new Inflater(data, 2, cap);
  let last = 0;
  while (!last) {
    last = inf.bits(1);
    const type = inf.bits(2);
    if (type === 0) inf.stored();
    else if (type === 1) inf.codes(...fixed());
    else if (type === 2) inf.dynamic();
    else throw new InflateError('invalid block type');
  }
  // The Adler-32 trailer follows on the next byte boundary, and nothing after it.
  if (inf.pos + 4 !== data.length) throw new InflateError('data after the zlib stream');
  const out = inf.out.subarray(0, inf.outLen);
  const sum =
    (data[inf.pos] as number) * 0x1000000 +
    (data[inf.pos + 1] as number) * 0x10000 +
    (data[inf.pos + 2] as number) * 0x100 +
    (data[inf.pos + 3] as number);
  if (adler32(out) !== sum) throw new InflateError('Adler-32 mismatch');
  return out;
}

export function adler32(data: Uint8Array): number {
  let a = 1;
  let b = 0;
  const n = data.length;
  for (let i = 0; i < n; ) {
    const end = Math.min(i + 5552, n); // largest run without 32-bit overflow (zlib's NMAX)
    for (; i < end; i++) {
      a += data[i] as number;
      b += a;
    }
    a %= 65521;
    b %= 65521;
  }
  return b * 65536 + a;
}
