// The PDF filters other than Flate (ISO 32000-1 §7.4.2–7.4.5), written out for the work budget's
// pre-flight: each stops one byte past its limit and reports `over`, so a hostile stream is
// measured, never materialised (LZW reaches ~3,600× and RunLength 64× their input).

/** A filter's output, capped: `over` when it would have gone past the limit. */
export interface Inflated {
  bytes: Uint8Array;
  over: boolean;
}

/** A growing output that reports `over` instead of growing past its limit. */
class Output {
  buf = new Uint8Array(1024);
  n = 0;
  constructor(readonly limit: number) {}
  /** false when the limit is passed. */
  push(byte: number): boolean {
    if (this.n >= this.limit) return false;
    if (this.n === this.buf.length) {
      const bigger = new Uint8Array(Math.min(this.limit, this.buf.length * 2));
      bigger.set(this.buf);
      this.buf = bigger;
    }
    this.buf[this.n++] = byte;
    return true;
  }
  done(over = false): Inflated {
    return { bytes: this.buf.subarray(0, this.n), over };
  }
}

/** §7.4.4 LZWDecode (EarlyChange 1, the default; 9–12-bit codes). */
export function lzw(data: Uint8Array, limit: number): Inflated {
  const out = new Output(limit);
  const prefix = new Uint16Array(4096);
  const suffix = new Uint8Array(4096);
  const first = new Uint8Array(4096);
  const length = new Uint16Array(4096);
  for (let i = 0; i < 256; i++) {
    suffix[i] = i;
    first[i] = i;
    length[i] = 1;
  }
  const stack = new Uint8Array(4097);
  let next = 258;
  let bits = 9;
  let previous = -1;
  let acc = 0;
  let accBits = 0;
  for (let i = 0; ; ) {
    while (accBits < bits) {
      if (i >= data.length) return out.done();
      acc = ((acc << 8) | (data[i++] as number)) & 0xffffff;
      accBits += 8;
    }
    const code = (acc >>> (accBits - bits)) & ((1 << bits) - 1);
    accBits -= bits;
    if (code === 256) {
      next = 258;
      bits = 9;
      previous = -1;
      continue;
    }
    if (code === 257 || code > next || (previous < 0 && code > 255)) return out.done();
    if (previous >= 0 && next < 4096) {
      prefix[next] = previous;
      suffix[next] = code < next ? (first[code] as number) : (first[previous] as number);
      first[next] = first[previous] as number;
      length[next] = (length[previous] as number) + 1;
      next++;
    }
    if (code >= next) return out.done(); // the table was full: corrupt
    let depth = 0;
    for (let c = code; ; c = prefix[c] as number) {
      stack[depth++] = suffix[c] as number;
      if ((length[c] as number) <= 1) break;
    }
    while (depth > 0) if (!out.push(stack[--depth] as number)) return out.done(true);
    previous = code;
    if (next + 1 >= 1 << bits && bits < 12) bits++;
  }
}

/** §7.4.5 RunLengthDecode. */
export function runLength(data: Uint8Array, limit: number): Inflated {
  const out = new Output(limit);
  for (let i = 0; i < data.length; ) {
    const n = data[i++] as number;
    if (n === 128) break;
    if (n < 128) {
      for (let k = 0; k <= n && i < data.length; k++)
        if (!out.push(data[i++] as number)) return out.done(true);
    } else {
      const byte = data[i++] ?? 0;
      for (let k = 0; k < 257 - n; k++) if (!out.push(byte)) return out.done(true);
    }
  }
  return out.done();
}

/** §7.4.2 ASCIIHexDecode. */
export function asciiHex(data: Uint8Array, limit: number): Inflated {
  const out = new Output(limit);
  let high = -1;
  for (const c of data) {
    if (c === 0x3e) break;
    const v =
      c >= 0x30 && c <= 0x39 ? c - 0x30 : (c | 0x20) >= 0x61 && (c | 0x20) <= 0x66 ? (c | 0x20) - 0x57 : -1;
    if (v < 0) continue;
    if (high < 0) high = v;
    else {
      if (!out.push((high << 4) | v)) return out.done(true);
      high = -1;
    }
  }
  if (high >= 0 && !out.push(high << 4)) return out.done(true);
  return out.done();
}

/** §7.4.3 ASCII85Decode. */
export function ascii85(data: Uint8Array, limit: number): Inflated {
  const out = new Output(limit);
  const group: number[] = [];
  const flush = (n: number) => {
    while (group.length < 5) group.push(84);
    let v = 0;
    for (const d of group) v = v * 85 + d;
    for (let k = 0; k < n; k++) if (!out.push((v >>> (24 - 8 * k)) & 0xff)) return false;
    group.length = 0;
    return true;
  };
  for (const c of data) {
    if (c === 0x7e) break;
    if (c === 0x7a && group.length === 0) {
      for (let k = 0; k < 4; k++) if (!out.push(0)) return out.done(true);
    } else if (c >= 0x21 && c <= 0x75) {
      group.push(c - 0x21);
      if (group.length === 5 && !flush(4)) return out.done(true);
    }
  }
  if (group.length > 1 && !flush(group.length - 1)) return out.done(true);
  return out.done();
}
