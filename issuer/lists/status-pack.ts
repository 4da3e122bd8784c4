// Packing a Token Status List (no Node APIs: also used by the Worker tests in workerd).

/** Packs 2-bit statuses, least significant bits first (Token Status List §4.1). */
export function packStatuses(size: number, statuses: ReadonlyMap<number, number>): Uint8Array {
  const bytes = new Uint8Array(Math.ceil(size / 4));
  for (const [index, status] of statuses) {
    if (index < 0 || index >= size || status < 0 || status > 3) throw new RangeError('bad status entry');
    bytes[index >> 2] = (bytes[index >> 2] as number) | (status << ((index & 3) * 2));
  }
  return bytes;
}
