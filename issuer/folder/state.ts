// The issuer's working folder. `issuer.json` holds configuration and the status registry
// (cti → list and index, status). It holds no personal data: names and birth dates exist only
// in the issued credentials themselves.
import { existsSync } from 'node:fs';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { SignerTerms } from '../../core/types';

export type StatusName = 'valid' | 'revoked' | 'suspended' | 'deleted';
/** Token Status List values (PROFILE §5). */
export const STATUS_VALUES: Record<StatusName, number> = { valid: 0, revoked: 1, suspended: 2, deleted: 3 };

export interface SignerConfig extends SignerTerms {
  /** Key file, relative to the folder. */
  key: string;
  /** false: a key the trust list does not carry (for the "unknown signer" demo sample). */
  listed: boolean;
}

/** What the trust list says of a signer (PROFILE §4), without its key. */
export function signerTerms(c: SignerConfig): SignerTerms {
  return {
    iss: c.iss,
    name: c.name,
    nbf: c.nbf,
    exp: c.exp,
    ...(c.quals && { quals: c.quals }),
    ...(c.revoked !== undefined && { revoked: c.revoked }),
  };
}

export interface StatusSignerConfig {
  key: string;
  uris: string[];
}

export interface StatusListConfig {
  id: string;
  uri: string;
  /** Number of 2-bit entries. */
  size: number;
  /** Index into statusSigners. */
  signer: number;
  ttl: number;
  /** Lifetime of each signed token, ≤ 7 days (PROFILE §5). */
  lifetime: number;
  /** iat of the last token signed for this list: the next one is strictly later (PROFILE §5). */
  lastIat?: number;
}

/**
 * An IACA root listed in the trust list's `iacas` (PROFILE §8.2). `key` is set when this folder
 * made it (a test IACA, issuer/wallet/); a root taken from elsewhere has its certificate only.
 */
export interface IacaConfig {
  name: string;
  /** DER certificate file, relative to the folder. */
  cert: string;
  key?: string;
  docTypes: string[];
  quals?: number[];
  /** Revoked DS serialNumber contents octets, lower-case hex exactly as in the DER. */
  revokedSerials: string[];
}

/** A DS certificate this folder made under one of its IACAs (PROFILE §8.2). */
export interface DsConfig {
  cert: string;
  key: string;
  /** Index into `iacas`. */
  iaca: number;
  /** serialNumber contents octets, lower-case hex. */
  serial: string;
  notBefore: number;
  notAfter: number;
}

export interface IssuedRecord {
  list: string;
  idx: number;
  status: StatusName;
}

export interface IssuerState {
  version: 1;
  /** Origin of the verification page and of the status service, e.g. http://localhost:8787. */
  base: string;
  anchorKey: string;
  trustList: { iss: string; seq: number; lifetime: number; hosts: string[] };
  signers: SignerConfig[];
  statusSigners: StatusSignerConfig[];
  statusLists: StatusListConfig[];
  /** Keyed by cti in base64url (a wallet mdoc's status id has the same form). */
  issued: Record<string, IssuedRecord>;
  /** Wallet presentation (PROFILE §8.2): absent in folders made before it. */
  iacas?: IacaConfig[];
  dsCerts?: DsConfig[];
}

export const STATE_FILE = 'issuer.json';

export const paths = (dir: string) => ({
  state: join(dir, STATE_FILE),
  keys: join(dir, 'keys'),
  anchorJwk: join(dir, 'anchor.json'),
  trustList: join(dir, 'trust-list.cbor'),
  statusDir: join(dir, 'status'),
  statusList: (id: string) => join(dir, 'status', `${id}.cbor`),
  credentials: join(dir, 'credentials'),
  /** Issued credentials not yet saved in issuer.json (folder.ts): `issuer.journal` and rotations. */
  journal: join(dir, JOURNAL_FILE),
});

export const JOURNAL_FILE = 'issuer.journal';

export async function loadState(dir: string): Promise<IssuerState> {
  let text: string;
  try {
    text = await readFile(paths(dir).state, 'utf8');
  } catch {
    // With keys there, this is a folder that lost its registry: making a new one would replace
    // the keys (and init.ts refuses to).
    throw new Error(
      existsSync(paths(dir).keys)
        ? `${paths(dir).state} がありません（鍵はあります）: バックアップから戻してください`
        : `${dir} は発行者フォルダではありません（${STATE_FILE} がありません）: 先に "keys --dir ${dir} --base URL" を実行してください`,
    );
  }
  let state: IssuerState;
  try {
    state = JSON.parse(text) as IssuerState;
  } catch (e) {
    throw new Error(`${paths(dir).state} が壊れています（${(e as Error).message}）`);
  }
  if (state?.version !== 1) throw new Error(`${paths(dir).state}: 対応していない版です`);
  return state;
}

export const stateText = (state: IssuerState) => `${JSON.stringify(state, null, 2)}\n`;

/** Written atomically so an interrupted run never leaves half a registry. */
export async function saveStateText(dir: string, text: string): Promise<void> {
  await mkdir(dir, { recursive: true });
  const file = paths(dir).state;
  await writeFile(`${file}.tmp`, text, { mode: 0o600 });
  await rename(`${file}.tmp`, file);
}

/** Writes a file via a temporary name, so readers never see a partial token. */
export async function writeAtomic(file: string, data: Uint8Array | string): Promise<void> {
  await writeFile(`${file}.tmp`, data);
  await rename(`${file}.tmp`, file);
}
