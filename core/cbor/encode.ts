// Deterministic CBOR encoder (RFC 8949 §4.2.1: shortest arguments, definite lengths, map keys
// sorted by their encoded bytes). Used by the issuer and by tests; the verifier never re-encodes
// what it checks (RFC 9052 §4.4: signatures are over the bytes as received). Also writes the
// verifier's own wallet encodings (PROFILE §8.3–§8.5), which need false, true and null.
import { type CborValue, Tagged } from './decode';

/** Values the encoder accepts: CBOR values plus plain objects (text keys) for convenience. */
export type Encodable =
  | boolean
  | null
  | number
  | string
  | Uint8Array
  | Tagged
  | readonly Encodable[]
  | ReadonlyMap<number | string, Encodable>
  | { readonly [key: string]: Encodable | undefined };

const utf8 = new TextEncoder();

export function encodeCbor(value: Encodable | CborValue): Uint8Array {
  const out: number[] = [];
  write(out, value as Encodable);
  return Uint8Array.from(out);
}

function head(out: number[], major: number, arg: number): void {
  if (!Number.isSafeInteger(arg) || arg < 0) throw new RangeError('CBOR argument out of range');
  const m = major << 5;
  if (arg < 24) out.push(m | arg);
  else if (arg < 0x100) out.push(m | 24, arg);
  else if (arg < 0x10000) out.push(m | 25, arg >> 8, arg & 0xff);
  else if (arg < 0x100000000) out.push(m | 26, arg >>> 24, (arg >> 16) & 0xff, (arg >> 8) & 0xff, arg & 0xff);
  else {
    const high = Math.floor(arg / 0x100000000);
    const low = arg >>> 0;
    out.push(m | 27, 0, (high >> 16) & 0xff, (high >> 8) & 0xff, high & 0xff);
    out.push(low >>> 24, (low >> 16) & 0xff, (low >> 8) & 0xff, low & 0xff);
  }
}

function pushBytes(out: number[], bytes: Uint8Array): void {
  for (let i = 0; i < bytes.length; i++) out.push(bytes[i] as number);
}

function write(out: number[], value: Encodable): void {
  // false, true, null (RFC 8949 §3.3): only the wallet encodings use them (PROFILE §8.5).
  if (value === null || value === false || value === true)
    out.push(value === null ? 0xf6 : value ? 0xf5 : 0xf4);
  else if (typeof value === 'number') {
    if (!Number.isSafeInteger(value)) throw new RangeError('only safe integers are encodable');
    if (value >= 0) head(out, 0, value);
    else head(out, 1, -1 - value);
  } else if (typeof value === 'string') {
    const bytes = utf8.encode(value);
    head(out, 3, bytes.length);
    pushBytes(out, bytes);
  } else if (value instanceof Uint8Array) {
    head(out, 2, value.length);
    pushBytes(out, value);
  } else if (value instanceof Tagged) {
    head(out, 6, value.tag);
    write(out, value.value as Encodable);
  } else if (Array.isArray(value)) {
    head(out, 4, value.length);
    for (const item of value as readonly Encodable[]) write(out, item);
  } else {
    const entries =
      value instanceof Map
        ? [...(value as ReadonlyMap<number | string, Encodable>)]
        : Object.entries(value as Record<string, Encodable | undefined>).filter(
            (e): e is [string, Encodable] => e[1] !== undefined,
          );
    const encoded = entries.map(([k, v]) => [encodeCbor(k), v] as const);
    encoded.sort((a, b) => compareBytes(a[0], b[0]));
    head(out, 5, encoded.length);
    for (const [k, v] of encoded) {
      pushBytes(out, k);
      write(out, v);
    }
  }
}

function compareBytes(a: Uint8Array, b: Uint8Array): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const d = (a[i] as number) - (b[i] as number);
    if (d !== 0) return d;
  }
  return a.length - b.length;
}
