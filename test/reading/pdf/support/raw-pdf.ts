// Raw PDF syntax for the hostile-file tests and benches: numbered objects written byte by byte
// with a correct cross-reference table (ISO 32000-1 §7.5), and deflate streams of huge repeated
// data built without ever holding that data (a compressed unit repeated, RFC 1951 §3.2.3 blocks
// are byte-aligned after a sync flush, RFC 1950 Adler-32 combined arithmetically).
import { constants, deflateRawSync } from 'node:zlib';

/** One object: its dictionary (or any value) and, for a stream, its data (written raw). */
export interface RawObject {
  value: string;
  stream?: Uint8Array;
}

/** A PDF of `objects` numbered 1…n; object 1 is the catalog. */
export function rawPdf(objects: RawObject[]): Uint8Array {
  const chunks: Buffer[] = [Buffer.from('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n', 'latin1')];
  let length = chunks[0]?.length ?? 0;
  const offsets: number[] = [];
  const push = (b: Buffer) => {
    chunks.push(b);
    length += b.length;
  };
  objects.forEach((o, i) => {
    offsets.push(length);
    if (o.stream) {
      push(Buffer.from(`${i + 1} 0 obj\n<< ${o.value} /Length ${o.stream.length} >>\nstream\n`, 'latin1'));
      push(Buffer.from(o.stream.buffer, o.stream.byteOffset, o.stream.byteLength));
      push(Buffer.from('\nendstream\nendobj\n', 'latin1'));
    } else push(Buffer.from(`${i + 1} 0 obj\n${o.value}\nendobj\n`, 'latin1'));
  });
  const xref = length;
  const rows = offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('');
  push(
    Buffer.from(
      `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${rows}` +
        `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`,
      'latin1',
    ),
  );
  return new Uint8Array(Buffer.concat(chunks));
}

const MOD = 65521;

/** Adler-32 of `data` as (a, b) (RFC 1950 §9). */
function adler(data: Uint8Array): [number, number] {
  let a = 1;
  let b = 0;
  for (const byte of data) {
    a = (a + byte) % MOD;
    b = (b + a) % MOD;
  }
  return [a, b];
}

/** Adler-32 of X followed by Y, from those of X and Y and Y's length (zlib's adler32_combine). */
function combine([a1, b1]: [number, number], [a2, b2]: [number, number], len2: number): [number, number] {
  const rem = len2 % MOD;
  const a = (a1 + a2 - 1 + MOD) % MOD;
  const b = (((rem * a1) % MOD) + b1 + b2 - rem + MOD) % MOD;
  return [a, b];
}

/**
 * A zlib stream (RFC 1950) inflating to `unit` repeated `times` times, of about
 * `times × deflate(unit)` bytes: 1 GiB of zeros is ~1 MB.
 */
export function deflateRepeated(unit: Uint8Array, times: number): Uint8Array {
  const block = deflateRawSync(unit, { level: 9, finishFlush: constants.Z_SYNC_FLUSH });
  const last = deflateRawSync(new Uint8Array(0));
  let sum = adler(unit);
  let total: [number, number] = [1, 0];
  // Square-and-multiply over the repeat count.
  for (let n = times, len = unit.length; n > 0; n >>= 1, sum = combine(sum, sum, len), len *= 2)
    if (n & 1) total = combine(total, sum, len);
  const out = Buffer.alloc(2 + block.length * times + last.length + 4);
  out[0] = 0x78;
  out[1] = 0xda;
  for (let i = 0; i < times; i++) block.copy(out, 2 + i * block.length);
  last.copy(out, 2 + block.length * times);
  out.writeUInt32BE(((total[1] << 16) | total[0]) >>> 0, out.length - 4);
  return new Uint8Array(out);
}

/** Catalog + page tree for `pages` page objects numbered from 3 on (object 2 is /Pages). */
export function pageTree(pages: number): RawObject[] {
  const kids = Array.from({ length: pages }, (_, i) => `${i + 3} 0 R`).join(' ');
  return [
    { value: '<< /Type /Catalog /Pages 2 0 R >>' },
    { value: `<< /Type /Pages /Kids [${kids}] /Count ${pages} >>` },
  ];
}

export const A4 = '[0 0 595 842]';
