// Issuing a wallet document (PROFILE §8): a fresh P-256 device key for the holder, the mdoc signed
// by the folder's current DS for the doctype (after the DS passes §8.2 checks 1–4 against the
// folder's own signed trust list, as verifiers read it), and for a qualification certificate an
// MSO `status` in the folder's status lists — an index from the same registry as `issue`, never
// reused, under a random status id that `status --cti` takes. The result is a "wallet file"
// (JSON: IssuerSigned as b64u and the device private key as a JWK) for the simulated wallet.
import { randomBytes } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { encodeBase64Url } from '../../core/bytes';
import { encodeCbor } from '../../core/cbor/encode';
import { DQC_DOCTYPE } from '../../core/mdoc/doctypes';
import { checkDsSigner } from '../../core/mdoc/ds-signer';
import { parseCertificate } from '../../core/mdoc/x509';
import { cannotWrite, safeName } from '../batch/outputs';
import type { IssuerFolder } from '../folder/folder';
import type { StatusName } from '../folder/state';
import { checkCapacity } from '../issuing/issuable';
import { currentDs, dsIssued, iacaFor, makeDsCert } from './iacas';
import { type Elements, issueMdoc, type MdocSpec } from './mdoc';
import { ecKeys, type Issued } from './pki';

const DAY = 86400;
/** The `format` of a wallet file (wallet-sim/card.ts reads it). */
export const WALLET_FILE_FORMAT = 'dqc-test-wallet/1';
export const SIMULATION_NOTE =
  'テスト用の模擬ウォレットのカードです（本物の書類ではありません）。端末鍵の秘密鍵を含むため、第三者に渡さないでください。';

export interface WalletDocument {
  docType: string;
  elements: Elements;
  /** What the person picking a card in the simulated wallet sees. */
  label: string;
  /** MSO validUntil (seconds); default a year after now. */
  validUntil?: number;
  /** MSO signed / validFrom (seconds); default now. */
  signed?: number;
}

export interface WalletIssueOptions {
  /** Sign with this DS instead of the folder's (the demo's unlisted and revoked DS samples). */
  ds?: Issued;
  /** Skip the DS self-check (the demo's samples that are broken on purpose). */
  skipSelfCheck?: boolean;
  /** A status other than valid from the start (the demo's revoked sample). */
  status?: StatusName;
}

export interface WalletFile {
  format: typeof WALLET_FILE_FORMAT;
  note: string;
  label: string;
  docType: string;
  /** b64u of the IssuerSigned CBOR. */
  issuerSigned: string;
  /** The device private key (P-256 JWK with d). */
  deviceKey: JsonWebKey;
  /** dqc: the registry id that `status --cti` takes. */
  statusId?: string;
  validUntil: string;
}

/** The folder's DS for the doctype at `now` (a new one when none is valid), self-checked. */
async function signingDs(
  folder: IssuerFolder,
  docType: string,
  now: number,
  check: boolean,
): Promise<Issued> {
  const index = iacaFor(folder, docType);
  if (index < 0)
    throw new Error(`${docType} の IACA がこのフォルダにありません: wallet iaca で作ってください`);
  const config = currentDs(folder, index, now) ?? (await makeDsCert(folder, index, now));
  const ds = await dsIssued(folder, config);
  if (check) {
    const trust = await folder.ownTrustList();
    const cert = parseCertificate(ds.der);
    const verdict = cert ? await checkDsSigner(cert, docType, trust.iacas) : null;
    if (!verdict?.ok)
      throw new Error(
        `DS 証明書 ${config.cert} が信頼リストの IACA で確認できません（${verdict?.code ?? 'MALFORMED_MDOC'}）: trust-list で署名し直してください`,
      );
  }
  return ds;
}

export async function issueWalletDocument(
  folder: IssuerFolder,
  doc: WalletDocument,
  now: number,
  options: WalletIssueOptions = {},
): Promise<WalletFile> {
  const ds = options.ds ?? (await signingDs(folder, doc.docType, now, !options.skipSelfCheck));
  const deviceKey = await ecKeys('P-256');
  const signed = doc.signed ?? now;
  const spec: MdocSpec = {
    docType: doc.docType,
    elements: doc.elements,
    ds,
    deviceKey,
    signed,
    validUntil: doc.validUntil ?? now + 365 * DAY,
  };
  let statusId: string | undefined;
  if (doc.docType === DQC_DOCTYPE) {
    // PROFILE §8.1 (ii): issuers MUST put `status` into the MSO, from a list the trust list names.
    await checkCapacity(folder, 1);
    const list = folder.currentList();
    spec.status = { idx: folder.allocateIndex(list), uri: list.uri };
    statusId = encodeBase64Url(new Uint8Array(randomBytes(16)));
    folder.register(statusId, { list: list.id, idx: spec.status.idx, status: options.status ?? 'valid' });
  }
  const mdoc = await issueMdoc(spec);
  const file: WalletFile = {
    format: WALLET_FILE_FORMAT,
    note: SIMULATION_NOTE,
    label: doc.label,
    docType: doc.docType,
    issuerSigned: encodeBase64Url(encodeCbor(mdoc.issuerSigned)),
    deviceKey: await crypto.subtle.exportKey('jwk', deviceKey.privateKey),
    validUntil: new Date(spec.validUntil * 1000).toISOString().replace(/\.\d{3}Z$/, 'Z'),
  };
  if (statusId) file.statusId = statusId;
  return file;
}

/** DIR/wallet/<name>.wallet.json, new (never over another), mode 0600: it holds a private key. */
export async function writeWalletFile(dir: string, name: string, file: WalletFile): Promise<string> {
  const folder = join(dir, 'wallet');
  await mkdir(folder, { recursive: true, mode: 0o700 });
  const path = join(folder, `${safeName(name)}.wallet.json`);
  try {
    await writeFile(path, `${JSON.stringify(file, null, 2)}\n`, { flag: 'wx', mode: 0o600 });
  } catch (e) {
    throw cannotWrite(path, e);
  }
  return path;
}
