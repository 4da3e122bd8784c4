// An opened issuer folder: state, keys (loaded once), and the signed artefacts it writes.
import { randomInt } from 'node:crypto';
import { closeSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { TrustList } from '../../core/types';
import { signStatusList } from '../lists/status-list-token';
import { signTrustList } from '../lists/trust-list-token';
import { listedIacas } from '../wallet/iaca-list';
import { lockFolder } from './folder-lock';
import { readJournal } from './journal';
import { type KeyPair, publicJwk, readKeyFile } from './keys';
import { readOwnTrustList } from './own-trust-list';
import {
  type IssuedRecord,
  type IssuerState,
  loadState,
  paths,
  STATUS_VALUES,
  type StatusListConfig,
  saveStateText,
  signerTerms,
  stateText,
  writeAtomic,
} from './state';

export class IssuerFolder {
  private readonly keys = new Map<string, Promise<KeyPair>>();
  /** Indexes in use per list, derived from the registry: never reused (PROFILE §5). */
  private readonly used = new Map<string, Set<number>>();

  constructor(
    readonly dir: string,
    readonly state: IssuerState,
  ) {
    for (const list of state.statusLists) this.used.set(list.id, new Set());
    for (const record of Object.values(state.issued)) this.used.get(record.list)?.add(record.idx);
  }

  private journalFd: number | undefined;
  private rotations = 0;
  /** Journal files already folded into `state`: removed once it is saved. */
  private pendingJournals: string[] = [];
  private unlock: () => void = () => {};

  /**
   * Opens a folder for changes: takes its lock (folder-lock.ts) and folds in credentials that a
   * killed run recorded in its journal but never saved. `readOnly` (publishing) does neither.
   */
  static async open(dir: string, options: { readOnly?: boolean } = {}): Promise<IssuerFolder> {
    const unlock = options.readOnly ? () => {} : await lockFolder(dir);
    try {
      const state = await loadState(dir);
      const journal = options.readOnly ? { files: [], records: [] } : readJournal(dir);
      let recovered = 0;
      for (const [cti, record] of journal.records) {
        if (state.issued[cti]) continue;
        state.issued[cti] = record;
        recovered++;
      }
      const folder = new IssuerFolder(dir, state);
      folder.unlock = unlock;
      folder.pendingJournals = journal.files;
      if (journal.files.length > 0) {
        await folder.save();
        if (recovered > 0)
          process.stderr.write(`前回中断された発行 ${recovered} 件を台帳（issuer.json）に記録しました\n`);
      }
      return folder;
    } catch (e) {
      unlock();
      throw e;
    }
  }

  /** Releases the lock. Entries not yet saved stay in the journal for the next open. */
  close(): void {
    if (this.journalFd !== undefined) closeSync(this.journalFd);
    this.journalFd = undefined;
    this.unlock();
  }

  /**
   * Enters an issued credential in the registry, and first in the journal, synchronously: it
   * is on disk before the credential is handed out, so a run that is killed (a closed terminal,
   * an out-of-memory kill) can never leave a credential whose status index is free again.
   */
  register(cti: string, record: IssuedRecord): void {
    this.journalFd ??= openSync(paths(this.dir).journal, 'a', 0o600);
    writeSync(this.journalFd, `${JSON.stringify([cti, record.list, record.idx])}\n`);
    this.state.issued[cti] = record;
  }

  key(file: string): Promise<KeyPair> {
    let key = this.keys.get(file);
    if (!key) {
      const path = join(this.dir, file);
      key = readKeyFile(path, (warning) => process.stderr.write(`警告: ${warning}\n`)).catch(
        (e: Error & { code?: string }) => {
          throw new Error(`鍵ファイル ${path} を読めません（${e.code ?? e.message}）`);
        },
      );
      this.keys.set(file, key);
    }
    return key;
  }

  /**
   * Writes issuer.json. The journal is set aside first (entries made while saving go to a new
   * one) and removed once the registry that holds its entries is on disk.
   */
  async save(): Promise<void> {
    const text = stateText(this.state);
    const done = this.pendingJournals;
    this.pendingJournals = [];
    if (this.journalFd !== undefined) {
      closeSync(this.journalFd);
      this.journalFd = undefined;
      const aside = `${paths(this.dir).journal}.${process.pid}-${++this.rotations}`;
      try {
        renameSync(paths(this.dir).journal, aside);
        done.push(aside);
      } catch (e) {
        // Gone already: its entries are in `state`, which is saved now.
        if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
      }
    }
    await saveStateText(this.dir, text);
    for (const file of done) rmSync(file, { force: true });
  }

  /** The list new credentials go to: the first with free room. */
  currentList(): StatusListConfig {
    const list = this.state.statusLists.find((l) => this.roomIn(l) > 0);
    if (!list) throw new Error('every status list is half full: add a status list before issuing more');
    return list;
  }

  /** Indexes still free in a list: up to half of it (random indexes stay cheap to draw). */
  roomIn(list: StatusListConfig): number {
    return Math.max(0, Math.ceil(list.size / 2) - (this.used.get(list.id)?.size ?? 0));
  }

  private trusted: Promise<TrustList> | undefined;

  /** trust-list.cbor as verifiers read it (issuable.ts); read once, again after writeTrustList. */
  ownTrustList(): Promise<TrustList> {
    this.trusted ??= readOwnTrustList(this.dir);
    this.trusted.catch(() => {
      this.trusted = undefined;
    });
    return this.trusted;
  }

  /** A random index never used before in this list (PROFILE §5: assigned at random, never reused). */
  allocateIndex(list: StatusListConfig): number {
    let used = this.used.get(list.id);
    if (!used) {
      used = new Set();
      this.used.set(list.id, used);
    }
    for (;;) {
      const idx = randomInt(list.size);
      if (!used.has(idx)) {
        used.add(idx);
        return idx;
      }
    }
  }

  /** Signs the trust list with the next `seq` and writes it with anchor.json. */
  async writeTrustList(now: number): Promise<Uint8Array> {
    const s = this.state;
    s.trustList.seq += 1;
    const signers = await Promise.all(
      s.signers.filter((c) => c.listed).map(async (c) => ({ key: await this.key(c.key), ...signerTerms(c) })),
    );
    const statusSigners = await Promise.all(
      s.statusSigners.map(async (c) => ({ key: await this.key(c.key), uris: c.uris })),
    );
    const anchor = await this.key(s.anchorKey);
    const bytes = await signTrustList(
      {
        iss: s.trustList.iss,
        iat: now,
        exp: now + s.trustList.lifetime,
        seq: s.trustList.seq,
        hosts: s.trustList.hosts,
        signers,
        statusSigners,
        statusLists: s.statusLists.map((l) => l.uri),
        iacas: await listedIacas(this.dir, s),
      },
      anchor,
    );
    const p = paths(this.dir);
    await writeAtomic(p.trustList, bytes);
    this.trusted = undefined;
    await writeFile(p.anchorJwk, `${JSON.stringify(publicJwk(anchor), null, 2)}\n`);
    await this.save();
    return bytes;
  }

  /**
   * Re-signs one status list from the registry (new iat, exp = iat + lifetime). Its iat is
   * strictly later than the previous token's, even for two changes in one second: verifiers and
   * the status service keep the list with the latest iat, and two lists with the same iat and
   * different entries leave the URI with no usable list (PROFILE §5, §7 409).
   */
  async writeStatusList(list: StatusListConfig, now: number): Promise<Uint8Array> {
    const statuses = new Map<number, number>();
    for (const record of Object.values(this.state.issued)) {
      if (record.list === list.id && record.status !== 'valid')
        statuses.set(record.idx, STATUS_VALUES[record.status]);
    }
    const signer = this.state.statusSigners[list.signer];
    if (!signer) throw new Error(`status list ${list.id} names a missing status signer`);
    const iat = Math.max(now, (list.lastIat ?? Number.NEGATIVE_INFINITY) + 1);
    const bytes = await signStatusList(
      { uri: list.uri, iat, exp: iat + list.lifetime, ttl: list.ttl, size: list.size, statuses },
      await this.key(signer.key),
    );
    await mkdir(paths(this.dir).statusDir, { recursive: true });
    await writeAtomic(paths(this.dir).statusList(list.id), bytes);
    list.lastIat = iat;
    await this.save();
    return bytes;
  }

  async writeAllStatusLists(now: number): Promise<void> {
    for (const list of this.state.statusLists) await this.writeStatusList(list, now);
  }
}
