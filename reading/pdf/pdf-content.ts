// Counting what a content stream (ISO 32000-1 §7.8.2, §8) asks a reader to do, without
// interpreting it: its operators, the XObjects it draws (`Do`, with how many times each) and
// the sizes of its inline images (§8.9.7). One pass over the bytes, no value kept but the
// names a `Do` draws: a stream of 2 M operators is counted in milliseconds, and counting stops
// at the first operator past `limit`.

export interface ContentCount {
  operators: number;
  /** XObject name → how many times it is drawn. */
  drawn: Map<string, number>;
  /** [width, height] of each inline image. */
  inlineImages: [number, number][];
}

// 1 = white space, 2 = delimiter (§7.2.2).
const CLASS = new Uint8Array(256);
for (const c of [0x00, 0x09, 0x0a, 0x0c, 0x0d, 0x20]) CLASS[c] = 1;
for (const c of '()<>[]{}/%') CLASS[c.charCodeAt(0)] = 2;

const isDigitStart = (c: number) => (c >= 0x30 && c <= 0x39) || c === 0x2b || c === 0x2d || c === 0x2e;

export function countContent(b: Uint8Array, limit: number): ContentCount {
  const count: ContentCount = { operators: 0, drawn: new Map(), inlineImages: [] };
  const n = b.length;
  let lastName = '';
  let i = 0;
  while (i < n && count.operators <= limit) {
    const c = b[i] as number;
    const kind = CLASS[c];
    if (kind === 1) {
      i++;
    } else if (c === 0x25) {
      while (i < n && b[i] !== 0x0a && b[i] !== 0x0d) i++;
    } else if (c === 0x2f) {
      const start = ++i;
      while (i < n && CLASS[b[i] as number] === 0) i++;
      lastName = i - start < 128 ? String.fromCharCode(...b.subarray(start, i)) : '';
    } else if (c === 0x28) {
      i = skipLiteral(b, i + 1);
    } else if (c === 0x3c && b[i + 1] !== 0x3c) {
      while (i < n && b[i] !== 0x3e) i++;
      i++;
    } else if (kind === 2) {
      i++; // [ ] { } << >>: operand structure, no operator
    } else if (isDigitStart(c)) {
      while (i < n && CLASS[b[i] as number] === 0) i++;
    } else {
      const start = i;
      while (i < n && CLASS[b[i] as number] === 0) i++;
      const len = i - start;
      const w0 = c;
      const w1 = b[start + 1];
      if (len === 4 && (w0 === 0x74 || w0 === 0x6e)) continue; // true, null
      if (len === 5 && w0 === 0x66) continue; // false
      count.operators++;
      if (len === 2 && w0 === 0x44 && w1 === 0x6f) {
        count.drawn.set(lastName, (count.drawn.get(lastName) ?? 0) + 1);
      } else if (len === 2 && w0 === 0x42 && w1 === 0x49) {
        i = inlineImage(b, i, count);
      }
    }
  }
  return count;
}

/** Past a literal string's closing parenthesis (nesting and escapes, §7.3.4.2). */
function skipLiteral(b: Uint8Array, i: number): number {
  let depth = 1;
  while (i < b.length && depth > 0) {
    const c = b[i++];
    if (c === 0x5c) i++;
    else if (c === 0x28) depth++;
    else if (c === 0x29) depth--;
  }
  return i;
}

/**
 * `BI <key value>… ID <data> EI`: the size from /W /H (or /Width /Height), then past the data
 * (up to `EI` between white space, as readers find it).
 */
function inlineImage(b: Uint8Array, i: number, count: ContentCount): number {
  let width = 0;
  let height = 0;
  let key = '';
  const n = b.length;
  while (i < n) {
    const c = b[i] as number;
    if (CLASS[c] === 1) {
      i++;
      continue;
    }
    const start = c === 0x2f ? i + 1 : i;
    i = start;
    while (i < n && CLASS[b[i] as number] === 0) i++;
    const word = String.fromCharCode(...b.subarray(start, Math.min(i, start + 32)));
    if (i === start) i++; // a delimiter ([, (, <…) inside the dictionary: step over it
    if (c !== 0x2f && word === 'ID') break;
    if (c === 0x2f) key = word;
    else if (key === 'W' || key === 'Width') width = Number(word) || 0;
    else if (key === 'H' || key === 'Height') height = Number(word) || 0;
  }
  count.inlineImages.push([width, height]);
  i++; // the single white-space byte after ID
  for (; i + 1 < n; i++) {
    if (b[i] === 0x45 && b[i + 1] === 0x49 && CLASS[b[i - 1] as number] === 1) {
      const after = b[i + 2];
      if (after === undefined || CLASS[after] !== 0) return i + 2;
    }
  }
  return n;
}
