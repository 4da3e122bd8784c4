// Creating keys and the folder's configuration (the `keys` command).

import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { IssuerFolder } from './folder';
import { generateKeyPair, writeKeyFile } from './keys';
import { type IssuerState, paths, type SignerConfig } from './state';

const YEAR = 365 * 24 * 3600;
const DAY = 24 * 3600;

export interface SignerOptions {
  iss: string;
  name: string;
  quals?: number[];
  nbf?: number;
  exp?: number;
  revoked?: number;
  listed?: boolean;
}

/** Normalises a base URL to its WHATWG origin (PROFILE §4 `hosts`). */
export function originOf(base: string): string {
  const url = new URL(base);
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new Error('--base must be an http(s) URL');
  return url.origin;
}

/**
 * Creates a folder with an anchor, one credential signer, one status signer and one status list,
 * and signs its trust list and status list.
 */
export async function createIssuerFolder(
  dir: string,
  base: string,
  now: number,
  signer: SignerOptions,
): Promise<IssuerFolder> {
  // Never over an existing folder, even one whose issuer.json is damaged or missing: new keys
  // would silently make every certificate already issued from it unverifiable.
  const p = paths(dir);
  const found = [p.state, p.keys, p.trustList, p.anchorJwk].filter((f) => existsSync(f));
  if (found.length > 0)
    throw new Error(
      `${dir} には既に発行者フォルダがあります（${found.map((f) => relative(dir, f)).join('、')}）。鍵は作り直しません`,
    );
  const origin = originOf(base);
  await mkdir(paths(dir).keys, { recursive: true, mode: 0o700 });
  const anchorKey = 'keys/anchor.pem';
  await writeKeyFile(join(dir, anchorKey), await generateKeyPair());
  const state: IssuerState = {
    version: 1,
    base: origin,
    anchorKey,
    trustList: { iss: 'dqc-test-anchor', seq: 0, lifetime: 90 * DAY, hosts: [origin] },
    signers: [],
    statusSigners: [],
    statusLists: [],
    issued: {},
  };
  const folder = new IssuerFolder(dir, state);
  await addSigner(folder, signer, now);
  await addStatusSigner(folder);
  addStatusList(folder, '1');
  await folder.writeTrustList(now);
  await folder.writeAllStatusLists(now);
  return folder;
}

export async function addSigner(
  folder: IssuerFolder,
  options: SignerOptions,
  now: number,
): Promise<SignerConfig> {
  const n = folder.state.signers.length + 1;
  const key = `keys/signer-${n}.pem`;
  await writeKeyFile(join(folder.dir, key), await generateKeyPair());
  const config: SignerConfig = {
    key,
    iss: options.iss,
    name: options.name,
    nbf: options.nbf ?? now - DAY,
    exp: options.exp ?? now + 10 * YEAR,
    listed: options.listed ?? true,
    ...(options.quals && { quals: options.quals }),
    ...(options.revoked !== undefined && { revoked: options.revoked }),
  };
  folder.state.signers.push(config);
  return config;
}

export async function addStatusSigner(folder: IssuerFolder): Promise<void> {
  const n = folder.state.statusSigners.length + 1;
  const key = `keys/status-${n}.pem`;
  await writeKeyFile(join(folder.dir, key), await generateKeyPair());
  folder.state.statusSigners.push({ key, uris: [`${folder.state.base}/status/`] });
}

/** A new status list served at `<base>/status/<id>` (PROFILE §7). */
export function addStatusList(folder: IssuerFolder, id: string, size = 131072): void {
  if (!/^[A-Za-z0-9_-]{1,64}$/.test(id)) throw new Error('status list ids are 1–64 of A–Z a–z 0–9 _ -');
  if (folder.state.statusLists.some((l) => l.id === id)) throw new Error(`失効リスト ${id} は既にあります`);
  folder.state.statusLists.push({
    id,
    uri: `${folder.state.base}/status/${id}`,
    size,
    signer: 0,
    ttl: 3600,
    lifetime: 7 * DAY,
  });
}
