// Fetching a signed token (trust list or status list) with a short timeout and a size limit.
// Only the list's URL goes over the network: nothing about the certificate being checked.
import { noteServerDate } from '../trust/clock';

const TIMEOUT_MS = 4000;
const MAX_BYTES = 1024 * 1024;
/**
 * A request that got no answer at all (timeout, no route, a captive network's redirect the CSP
 * blocks) marks the network as away for this long: checks then decide with the lists held
 * instead of each waiting TIMEOUT_MS. Any answer ends it.
 */
const AWAY_MS = 60_000;
let awayUntil = 0;

/** True for a while after a list request got no answer (see AWAY_MS). */
export const networkAway = (): boolean => Date.now() < awayUntil;
const noAnswer = (): null => {
  awayUntil = Date.now() + AWAY_MS;
  return null;
};

export interface Fetched {
  bytes: Uint8Array;
  fetchedAt: number;
}

export async function fetchSigned(url: string): Promise<Fetched | null> {
  if (typeof navigator !== 'undefined' && navigator.onLine === false) return null;
  let response: Response;
  try {
    response = await fetch(url, {
      cache: 'no-cache',
      credentials: 'omit',
      referrerPolicy: 'no-referrer',
      signal: AbortSignal.timeout(TIMEOUT_MS),
    });
  } catch {
    return noAnswer();
  }
  try {
    awayUntil = 0;
    noteServerDate(response.headers.get('date'));
    if (!response.ok) return null;
    const declared = Number(response.headers.get('content-length') ?? 0);
    if (declared > MAX_BYTES) return null;
    const buffer = await response.arrayBuffer();
    if (buffer.byteLength > MAX_BYTES) return null;
    return { bytes: new Uint8Array(buffer), fetchedAt: Date.now() };
  } catch (e) {
    // A body that stopped coming is no answer either.
    return (e as Error).name === 'TimeoutError' ? noAnswer() : null;
  }
}
