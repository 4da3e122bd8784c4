// An opened issuer folder: state, keys (loaded once), and the signed artefacts it writes.
import { randomInt } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { type KeyPair, publicJwk, readKeyFile } from './keys';
import {
  type IssuerState,
  loadState,
  paths,
  STATUS_VALUES,
  type StatusListConfig,
  saveState,
  signerTerms,
  writeAtomic,
} from './state';
import { signStatusList } from './status-list-token';
import { signTrustList } from './trust-list-token';

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

  static async open(dir: string): Promise<IssuerFolder> {
    return new IssuerFolder(dir, await loadState(dir));
  }

  key(file: string): Promise<KeyPair> {
    let key = this.keys.get(file);
    if (!key) {
      key = readKeyFile(join(this.dir, file));
      this.keys.set(file, key);
    }
    return key;
  }

  save(): Promise<void> {
    return saveState(this.dir, this.state);
  }

  /** The list new credentials go to: the first with free room. */
  currentList(): StatusListConfig {
    const list = this.state.statusLists.find((l) => (this.used.get(l.id)?.size ?? 0) < l.size / 2);
    if (!list) throw new Error('every status list is half full: add a status list before issuing more');
    return list;
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
      },
      anchor,
    );
    const p = paths(this.dir);
    await writeAtomic(p.trustList, bytes);
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
