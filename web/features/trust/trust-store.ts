// The trust list: the built-in anchor verifies every copy (PROFILE §4). Order of preference: the
// newest by `seq` of the copy in IndexedDB, the copy bundled at build time, and a fresh one from
// `/trust-list` when online. A list replaces the held one only by the core's rule (a higher
// `seq`, PROFILE §4); the very same bytes fetched again only renew when it was fetched.

import { ANCHOR_JWK, BUNDLED_TRUST_LIST } from 'virtual:dqc-trust';
import { bytesEqual } from '../../../core/bytes';
import { importAnchorJwk, isNewerTrustList, readTrustList } from '../../../core/trust-list';
import type { TrustList } from '../../../core/types';
import { database } from '../../storage/db';
import { fetchSigned } from '../status/fetch-signed';
import { noteIat } from './clock';

export interface TrustState {
  list: TrustList | null;
  source: 'network' | 'stored' | 'bundled' | null;
  /** ms since the epoch when this copy was fetched (device clock). */
  fetchedAt: number | null;
}

const anchor = importAnchorJwk(ANCHOR_JWK);
let state: TrustState = { list: null, source: null, fetchedAt: null };
const listeners = new Set<() => void>();

export const trustState = (): TrustState => state;
export function onTrustChange(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** PROFILE §4's rule, or the held list itself again (its fetch time renewed). */
const replaces = (held: TrustList | null, next: TrustList) =>
  isNewerTrustList(held, next) || (held !== null && bytesEqual(held.bytes, next.bytes));

function adopt(next: TrustState): boolean {
  if (!next.list || !replaces(state.list, next.list)) return false;
  state = next;
  void noteIat(next.list.iat);
  for (const l of listeners) l();
  return true;
}

async function read(bytes: Uint8Array): Promise<TrustList | null> {
  const reading = await readTrustList(bytes, await anchor);
  return reading.ok ? reading.value : null;
}

/** Loads the stored and the bundled copies; the higher `seq` wins. */
export async function loadTrustList(): Promise<TrustState> {
  const bundled = await read(Uint8Array.from(atob(BUNDLED_TRUST_LIST), (c) => c.charCodeAt(0)));
  adopt({ list: bundled, source: 'bundled', fetchedAt: null });
  try {
    const stored = await (await database()).get('trust', 'current');
    if (stored) adopt({ list: await read(stored.bytes), source: 'stored', fetchedAt: stored.fetchedAt });
  } catch {
    // private browsing without IndexedDB: the bundled copy still works
  }
  return state;
}

/** Fetches `/trust-list`; keeps it if it verifies and replaces the held one (see `replaces`). */
export async function refreshTrustList(): Promise<boolean> {
  const fetched = await fetchSigned('/trust-list');
  if (!fetched) return false;
  const list = await read(fetched.bytes);
  if (!list || !replaces(state.list, list)) return false;
  // Without IndexedDB the list still serves this session; start-up must not fail over it.
  await database()
    .then((db) => db.put('trust', { bytes: fetched.bytes, fetchedAt: fetched.fetchedAt }, 'current'))
    .catch(() => {});
  return adopt({ list, source: 'network', fetchedAt: fetched.fetchedAt });
}
