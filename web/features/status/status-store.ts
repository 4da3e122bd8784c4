// Status lists (PROFILE §5): fetched from their URIs, verified with the current trust list, kept
// in IndexedDB per URI with the time they were fetched, reused offline until the token's `exp`.
// A cached list is never replaced by one with an earlier `iat`.
import { bytesEqual } from '../../../core/bytes';
import { readStatusList } from '../../../core/status-list';
import type { StatusList, TrustList } from '../../../core/types';
import { database } from '../../storage/db';
import { noteIat } from '../trust/clock';
import { fetchSigned } from './fetch-signed';

/** The newest lists held for one URI: normally one; several only when two copies share the
 * latest `iat` with different entries, which verify() then treats as no usable list. */
export interface HeldList {
  lists: StatusList[];
  fetchedAt: number;
}

const held = new Map<string, HeldList>();
const listeners = new Set<() => void>();

export const allHeldLists = (): HeldList[] => [...held.values()];
export const statusListsFor = (uri: string): StatusList[] => held.get(uri)?.lists ?? [];
export function onStatusChange(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

async function adopt(
  bytes: Uint8Array,
  fetchedAt: number,
  trustList: TrustList,
  uri: string,
): Promise<boolean> {
  const reading = await readStatusList(bytes, trustList);
  if (!reading.ok) {
    if (reading.verifiedIat !== undefined) await noteIat(reading.verifiedIat);
    return false;
  }
  const list = reading.value;
  await noteIat(list.iat);
  if (list.uri !== uri) return false;
  const current = held.get(uri);
  const newest = current?.lists[0];
  if (newest && list.iat < newest.iat) return false;
  if (newest && list.iat === newest.iat) {
    if (current.lists.some((l) => bytesEqual(l.entries, list.entries))) {
      current.fetchedAt = Math.max(current.fetchedAt, fetchedAt);
      return true;
    }
    current.lists.push(list);
  } else held.set(uri, { lists: [list], fetchedAt });
  for (const l of listeners) l();
  return true;
}

/** Loads every stored list and verifies it against the trust list now in use. */
export async function loadStatusLists(trustList: TrustList): Promise<void> {
  try {
    const db = await database();
    const keys = await db.getAllKeys('status');
    for (const uri of keys) {
      const stored = await db.get('status', uri);
      if (stored) await adopt(stored.bytes, stored.fetchedAt, trustList, uri);
    }
  } catch {
    // no IndexedDB: lists are fetched when needed
  }
}

const inFlight = new Map<string, Promise<boolean>>();

/** Why a list could not be had: no network, no answer (or an error answer), or an answer that did
 * not verify. 「オフラインに備える」 says which. */
export type FetchFailure = 'offline' | 'noAnswer' | 'rejected';
const lastFailure = new Map<string, FetchFailure>();

/**
 * Fetches one list (short timeout). True when a usable newer-or-equal copy was stored. A request
 * for a list already on its way joins it: start-up fetches every list while the first
 * verification may ask for one of them, and both answers would be the same.
 */
export function refreshStatusList(uri: string, trustList: TrustList): Promise<boolean> {
  if (!trustList.statusLists.includes(uri)) return Promise.resolve(false);
  let request = inFlight.get(uri);
  if (!request) {
    request = fetchAndStore(uri, trustList).finally(() => inFlight.delete(uri));
    inFlight.set(uri, request);
  }
  return request;
}

async function fetchAndStore(uri: string, trustList: TrustList): Promise<boolean> {
  const fetched = await fetchSigned(uri);
  if (!fetched) {
    const offline = typeof navigator !== 'undefined' && navigator.onLine === false;
    lastFailure.set(uri, offline ? 'offline' : 'noAnswer');
    return false;
  }
  const adopted = await adopt(fetched.bytes, fetched.fetchedAt, trustList, uri);
  if (adopted) lastFailure.delete(uri);
  else lastFailure.set(uri, 'rejected');
  if (adopted) {
    // Kept for offline use; without IndexedDB the copy in memory still serves this session.
    await database()
      .then((db) => db.put('status', { bytes: fetched.bytes, fetchedAt: fetched.fetchedAt }, uri))
      .catch(() => {});
  }
  return adopted;
}

/** Every list the trust list names: at start-up, when the network returns, and from Settings
 * (「オフラインに備える」). */
export async function prepareOffline(
  trustList: TrustList,
): Promise<{ ok: number; all: number; why?: FetchFailure }> {
  const results = await Promise.all(trustList.statusLists.map((uri) => refreshStatusList(uri, trustList)));
  const failed = trustList.statusLists.filter((_, i) => !results[i]);
  const why = failed.map((uri) => lastFailure.get(uri)).find((w) => w !== undefined);
  const counts = { ok: results.filter(Boolean).length, all: results.length };
  return why ? { ...counts, why } : counts;
}

/** A list this device fetched (or revalidated) this recently decides without asking again. */
export const FRESH_MS = 60_000;

/**
 * Whether to ask for the list before deciding. Online, a list fetched less than a minute ago
 * decides at once — a desk checking card after card, or a check right after start-up, waits for
 * no round trip — unless the list's own caching time is over (`iat + ttl`, PROFILE §5, Token
 * Status List's ttl); otherwise it is asked for first (a conditional request, usually a 304), so
 * a revocation shows within a minute. Only its URL leaves the device. Offline, the held copy is
 * used until its `exp` (verify() decides whether it is still usable).
 */
export function needsRefresh(uri: string, nowMs = Date.now()): boolean {
  const current = held.get(uri);
  if (typeof navigator !== 'undefined' && navigator.onLine === false) return !current;
  const newest = current?.lists[0];
  if (!current || !newest) return true;
  return nowMs - current.fetchedAt >= FRESH_MS || nowMs >= (newest.iat + newest.ttl) * 1000;
}
