// The device clock check: PROFILE §6 step 11 (the largest `iat` of any verified trust list or
// status list ever seen, kept across restarts) plus the status service's `Date` header.
import { getMeta, setMeta } from '../../storage/db';

const SKEW_LIMIT = 300;
let seenIat = 0;
let loaded: Promise<void> | undefined;
/** Server time minus device time, in seconds, from the last answer with a Date header. */
let serverOffset: number | null = null;

export function loadClock(): Promise<void> {
  loaded ??= getMeta<number>('seenIat', 0).then((v) => {
    seenIat = Math.max(seenIat, v);
  });
  return loaded;
}

export const largestSeenIat = () => seenIat;

export async function noteIat(iat: number): Promise<void> {
  if (iat <= seenIat) return;
  seenIat = iat;
  await setMeta('seenIat', iat).catch(() => {});
}

export function noteServerDate(header: string | null): void {
  const server = header ? Date.parse(header) : Number.NaN;
  if (!Number.isNaN(server)) serverOffset = Math.round((server - Date.now()) / 1000);
}

/** null when no server answer was seen; otherwise the skew in seconds (signed). */
export const serverSkew = (): number | null => serverOffset;
export const clockLooksWrong = (): boolean => serverOffset !== null && Math.abs(serverOffset) > SKEW_LIMIT;
