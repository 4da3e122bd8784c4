// Fetching a signed token (trust list or status list) with a short timeout and a size limit.
// Only the list's URL goes over the network: nothing about the certificate being checked.
import { noteServerDate } from '../trust/clock';

const TIMEOUT_MS = 4000;
const MAX_BYTES = 1024 * 1024;

export interface Fetched {
  bytes: Uint8Array;
  fetchedAt: number;
}

export async function fetchSigned(url: string): Promise<Fetched | null> {
  if (typeof navigator !== 'undefined' && navigator.onLine === false) return null;
  try {
    const response = await fetch(url, {
      cache: 'no-cache',
      credentials: 'omit',
      referrerPolicy: 'no-referrer',
      signal: AbortSignal.timeout(TIMEOUT_MS),
    });
    noteServerDate(response.headers.get('date'));
    if (!response.ok) return null;
    const declared = Number(response.headers.get('content-length') ?? 0);
    if (declared > MAX_BYTES) return null;
    const buffer = await response.arrayBuffer();
    if (buffer.byteLength > MAX_BYTES) return null;
    return { bytes: new Uint8Array(buffer), fetchedAt: Date.now() };
  } catch {
    return null;
  }
}
