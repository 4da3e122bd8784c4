// The app's IndexedDB (idb). Signed lists are stored as received and re-verified on load; nothing
// personal is stored unless the desk turns the log on (then only time, verdict and a cti hash).
import { type DBSchema, type IDBPDatabase, openDB } from 'idb';

export interface StoredToken {
  bytes: Uint8Array;
  /** ms since the epoch, device clock. */
  fetchedAt: number;
}

export interface LogEntry {
  id?: number;
  /** ms since the epoch. */
  at: number;
  verdict: string;
  reason?: string;
  /** Hex of the first 16 bytes of SHA-256 over the cti: lets a desk spot repeats, reveals nothing. */
  ctiHash?: string;
}

interface Schema extends DBSchema {
  trust: { key: string; value: StoredToken };
  status: { key: string; value: StoredToken };
  meta: { key: string; value: unknown };
  log: { key: number; value: LogEntry; indexes: { at: number } };
}

let db: Promise<IDBPDatabase<Schema>> | undefined;

export function database(): Promise<IDBPDatabase<Schema>> {
  db ??= openDB<Schema>('dqc', 1, {
    upgrade(d) {
      d.createObjectStore('trust');
      d.createObjectStore('status');
      d.createObjectStore('meta');
      d.createObjectStore('log', { keyPath: 'id', autoIncrement: true }).createIndex('at', 'at');
    },
  });
  return db;
}

export async function getMeta<T>(key: string, fallback: T): Promise<T> {
  try {
    return ((await (await database()).get('meta', key)) as T | undefined) ?? fallback;
  } catch {
    return fallback;
  }
}

export async function setMeta(key: string, value: unknown): Promise<void> {
  await (await database()).put('meta', value, key);
}
