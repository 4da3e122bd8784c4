// A wallet test world (PROFILE §8): a test IACA and DS, a verified-looking trust list object
// carrying `iacas` read by readIacas (the lead wires `iacas` into readTrustList later; until then
// the TrustList is built here, as the brief allows), and status lists for the dqc MSO's `status`.
// Free of node:* so the same world runs in Chromium.
import { readIacas } from '../../../../core/mdoc/iaca';
import type { WalletContext, WalletTrustList } from '../../../../core/mdoc/types';
import type { StatusList, StatusSigner } from '../../../../core/types';
import { DAY, NOW, ORIGIN, STATUS_URI } from './clock';
import { type DsOptions, type IacaOptions, type Issued, makeDs, makeIaca } from './pki';

export const DQC = 'jp.go.nqs.dqc.1';
export const MNC = 'org.iso.23220.1.jp.mnc';
export const IACA_NAME = '資格者証テスト発行機関';

export interface IacaEntry {
  name?: string;
  cert: Uint8Array;
  docTypes?: string[];
  quals?: number[];
  revokedSerials?: Uint8Array[];
}

export interface WalletWorld {
  iaca: Issued;
  ds: Issued;
  trustList: WalletTrustList;
  statusLists: StatusList[];
  ctx(extra?: Partial<WalletContext>): WalletContext;
}

export interface WorldOptions {
  iaca?: IacaOptions;
  ds?: DsOptions;
  /** The entries of `iacas` (default: the world's IACA for both doctypes). */
  entries?: (iaca: Issued) => IacaEntry[];
  trustListIat?: number;
  trustListExp?: number;
}

const STATUS_SIGNER_KID = Uint8Array.of(1, 2, 3, 4, 5, 6, 7, 8);

/** The CBOR map of one `iacas` entry, as a trust list carries it. */
export function iacaMap(entry: IacaEntry): Map<string, never> {
  const map = new Map<string, unknown>([
    ['name', entry.name ?? IACA_NAME],
    ['cert', entry.cert],
    ['docTypes', entry.docTypes ?? [DQC, MNC]],
  ]);
  if (entry.quals) map.set('quals', entry.quals);
  if (entry.revokedSerials) map.set('revokedSerials', entry.revokedSerials);
  return map as Map<string, never>;
}

export async function makeWalletWorld(options: WorldOptions = {}): Promise<WalletWorld> {
  const iaca = await makeIaca(options.iaca);
  const ds = await makeDs(iaca, options.ds);
  const entries = options.entries?.(iaca) ?? [{ cert: iaca.der }];
  const iacas = await readIacas(entries.map(iacaMap), []);
  if (!iacas) throw new Error('test iacas rejected');
  const statusSigner = { kid: STATUS_SIGNER_KID, uris: [`${ORIGIN}/status/`] } as unknown as StatusSigner;
  const trustList: WalletTrustList = {
    iss: 'jp.example.anchor',
    iat: options.trustListIat ?? NOW - 3600,
    exp: options.trustListExp ?? NOW + 30 * DAY,
    seq: 7,
    hosts: [ORIGIN],
    signers: [],
    statusSigners: [statusSigner],
    statusLists: [STATUS_URI],
    bytes: new Uint8Array(0),
    iacas,
  };
  const world: WalletWorld = {
    iaca,
    ds,
    trustList,
    statusLists: [],
    ctx: (extra = {}) => ({
      now: NOW,
      trustList: world.trustList,
      statusLists: (uri) => world.statusLists.filter((l) => l.uri === uri),
      ...extra,
    }),
  };
  return world;
}

/** A status list as the core holds one after verifying it (PROFILE §5): 2 bits per entry, LSB first. */
export function statusList(statuses: Record<number, number>, iat = NOW - 600, uri = STATUS_URI): StatusList {
  const entries = new Uint8Array(256);
  for (const [idx, status] of Object.entries(statuses)) {
    const i = Number(idx);
    entries[i >> 2] = (entries[i >> 2] as number) | (status << ((i & 3) * 2));
  }
  return {
    uri,
    iat,
    exp: iat + 86400,
    ttl: 3600,
    bits: 2,
    entries,
    signerKid: STATUS_SIGNER_KID,
    bytes: new Uint8Array(0),
  };
}
