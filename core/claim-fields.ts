// The typed field readers of core/claims.ts: each reads one CBOR item off the reader under the
// strict rules of PROFILE §6 and the claim rule of §3 for its field, throwing BROKEN otherwise.
import { CborError, type CborReader } from './cbor/decode';
import { isProfileDate } from './text/profile-date';
import { isProfileText } from './text/text-rules';

const MAX_SAFE = Number.MAX_SAFE_INTEGER;
const UINT = 0;
const NEGATIVE = 1;
const BYTES = 2;
const TEXT = 3;
const MAP = 5;
/** Any broken claim rule; thrown inside, caught in readClaims (one object: no stack to capture). */
export const BROKEN = new CborError('a claim rule of PROFILE §3 is broken');

/** Throws when a known key comes again (a duplicate map key); otherwise undefined. */
export function once(seen: unknown): undefined {
  if (seen !== undefined) throw BROKEN;
  return undefined;
}

/**
 * An unknown key: its value is only strictly decoded (PROFILE §3), at the nesting depth of the
 * map holding it; a key seen twice is a duplicate map key. The set is made on the first one.
 */
export function skipUnknown<K>(r: CborReader, key: K, seen: Set<K> | undefined, depth: number): Set<K> {
  const set = seen ?? new Set<K>();
  if (set.has(key)) throw BROKEN;
  set.add(key);
  r.item(depth);
  return set;
}

/** A map's head: its entry count. The claims' own maps nest 3 deep at most, far inside §6's 16. */
export function mapHead(r: CborReader): number {
  const n = r.head();
  if (r.major !== MAP) throw BROKEN;
  return n;
}

export function intKey(r: CborReader): number {
  const arg = r.head();
  if (r.major === UINT) return arg;
  // §3: every integer lies within ±(2^53−1).
  if (r.major === NEGATIVE && arg < MAX_SAFE) return -1 - arg;
  throw BROKEN;
}

export function textKey(r: CborReader): string {
  const n = r.head();
  if (r.major !== TEXT) throw BROKEN;
  return r.text(n);
}

export function uint(r: CborReader): number {
  const arg = r.head();
  if (r.major !== UINT) throw BROKEN;
  return arg;
}

export function text(r: CborReader, min: number, max: number): string {
  const value = textKey(r);
  if (!isProfileText(value, min, max)) throw BROKEN;
  return value;
}

export function date(r: CborReader): string {
  const value = textKey(r);
  if (!isProfileDate(value)) throw BROKEN;
  return value;
}

export function bytes(r: CborReader, length: number): Uint8Array {
  const n = r.head();
  if (r.major !== BYTES || n !== length) throw BROKEN;
  return r.take(n);
}
