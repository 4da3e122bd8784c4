// An issuer folder's IACA roots and DS certificates (PROFILE §8.2). A root is listed only after
// the verifiers' own reading of `iacas` accepts it (core readIacas: the certificate profile and
// "one key, one role" against the anchor, signers and status signers), so a trust list with it
// always verifies. Test IACAs and DS certificates are made here with their keys in keys/ (0600);
// certificates go to wallet-pki/ as DER.
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { bytesEqual, fromHex, toHex } from '../../core/bytes';
import { decodeCbor } from '../../core/cbor/decode';
import { encodeCbor } from '../../core/cbor/encode';
import { readIacas } from '../../core/mdoc/iaca';
import { parseCertificate } from '../../core/mdoc/x509';
import type { IssuerFolder } from '../folder/folder';
import { generateKeyPair, type KeyPair, writeKeyFile } from '../folder/keys';
import type { DsConfig, IacaConfig } from '../folder/state';
import { UsageError } from '../issuing/request-fields';
import { iacaEntry } from '../lists/trust-list-token';
import { type Issued, makeDs, makeIaca, randomSerial, readCertificate, x509 } from './pki';

const DAY = 86400;
const YEAR = 365 * DAY;
const PKI_DIR = 'wallet-pki';

export interface IacaTerms {
  name: string;
  docTypes: string[];
  quals?: number[];
}

/** A KeyPair of the issuer (private key + point) as WebCrypto's pair, for @peculiar/x509. */
export async function cryptoPair(key: KeyPair): Promise<CryptoKeyPair> {
  const b64u = (b: Uint8Array) => Buffer.from(b).toString('base64url');
  const jwk = { kty: 'EC', crv: 'P-256', x: b64u(key.x), y: b64u(key.y) };
  const publicKey = await crypto.subtle.importKey('jwk', jwk, { name: 'ECDSA', namedCurve: 'P-256' }, true, [
    'verify',
  ]);
  return { privateKey: key.privateKey, publicKey };
}

/** The keys the trust list already gives a role: anchor, listed signers, status signers (PROFILE §1). */
async function listedKeys(folder: IssuerFolder): Promise<KeyPair[]> {
  const s = folder.state;
  const files = [s.anchorKey, ...s.signers.filter((c) => c.listed).map((c) => c.key)];
  return Promise.all([...files, ...s.statusSigners.map((c) => c.key)].map((f) => folder.key(f)));
}

/** Lists a root (DER) in `iacas` once verifiers would accept it; the trust list is signed by the caller. */
export async function addIaca(
  folder: IssuerFolder,
  der: Uint8Array,
  terms: IacaTerms,
  keyFile?: string,
): Promise<IacaConfig> {
  const name = terms.name.trim().normalize('NFC');
  const length = [...name].length;
  if (length < 1 || length > 64) throw new UsageError('--name: IACA の名前は 1〜64 文字');
  if (terms.docTypes.length === 0) throw new UsageError('--doc-types: 書類の種類を 1 つ以上');
  folder.state.iacas ??= [];
  const iacas = folder.state.iacas;
  for (const c of iacas) {
    if (bytesEqual(new Uint8Array(await readFile(join(folder.dir, c.cert))), der))
      throw new UsageError(`この IACA 証明書は既に載っています（${c.name}）`);
  }
  const entry = { ...terms, name, cert: der, revokedSerials: [] };
  // As a verifier reads it: the map goes through CBOR, then readIacas (PROFILE §8.2 rules).
  const map = decodeCbor(encodeCbor(iacaEntry(entry)));
  if (!(await readIacas([map], await listedKeys(folder))))
    throw new UsageError(
      'IACA 証明書が PROFILE §8.2 の条件を満たしません（DER の X.509 v3・自己署名・P-256/P-384・basicConstraints critical cA・keyCertSign、信頼リストの他の鍵と別の鍵）',
    );
  const n = iacas.length + 1;
  const cert = `${PKI_DIR}/iaca-${n}.der`;
  await mkdir(join(folder.dir, PKI_DIR), { recursive: true });
  await writeFile(join(folder.dir, cert), der, { flag: 'wx' });
  const config: IacaConfig = { name, cert, docTypes: terms.docTypes, revokedSerials: [] };
  if (terms.quals) config.quals = terms.quals;
  if (keyFile) config.key = keyFile;
  iacas.push(config);
  return config;
}

/** A test IACA per the §8.2 issuer profile (P-256, C=JP and CN, valid 10 years), listed. */
export async function makeTestIaca(folder: IssuerFolder, terms: IacaTerms, now: number): Promise<IacaConfig> {
  const n = (folder.state.iacas?.length ?? 0) + 1;
  const keyFile = `keys/iaca-${n}.pem`;
  const key = await generateKeyPair();
  await mkdir(join(folder.dir, 'keys'), { recursive: true, mode: 0o700 });
  await writeKeyFile(join(folder.dir, keyFile), key);
  const iaca = await makeIaca({
    now,
    keys: await cryptoPair(key),
    name: new x509.Name([{ C: ['JP'] }, { CN: [`${terms.name} IACA ${n}`] }]),
    serial: randomSerial(),
    notBefore: now - DAY,
    notAfter: now + 10 * YEAR,
  });
  return addIaca(folder, iaca.der, terms, keyFile);
}

/** A folder-made IACA as the PKI module takes it. */
async function iacaIssued(folder: IssuerFolder, config: IacaConfig): Promise<Issued> {
  if (!config.key)
    throw new Error(`IACA「${config.name}」の鍵はこのフォルダにありません（DS 証明書を作れません）`);
  const der = new Uint8Array(await readFile(join(folder.dir, config.cert)));
  return {
    der,
    keys: await cryptoPair(await folder.key(config.key)),
    curve: 'P-256',
    cert: readCertificate(der),
  };
}

/** A DS certificate under IACA `index` (0-based): P-256, random positive serial, valid 3 years. */
export async function makeDsCert(folder: IssuerFolder, index: number, now: number): Promise<DsConfig> {
  const config = folder.state.iacas?.[index];
  if (!config) throw new UsageError(`--iaca: IACA ${index + 1} はこのフォルダにありません`);
  const iaca = await iacaIssued(folder, config);
  folder.state.dsCerts ??= [];
  const list = folder.state.dsCerts;
  const n = list.length + 1;
  const key = await generateKeyPair();
  const keyFile = `keys/ds-${n}.pem`;
  await writeKeyFile(join(folder.dir, keyFile), key);
  const notBefore = now - DAY;
  const notAfter = now + 3 * YEAR;
  const ds = await makeDs(iaca, {
    now,
    keys: await cryptoPair(key),
    serial: randomSerial(),
    subject: `C=JP, CN=DQC Test DS ${n}`,
    notBefore,
    notAfter,
  });
  const cert = `${PKI_DIR}/ds-${n}.der`;
  await writeFile(join(folder.dir, cert), ds.der, { flag: 'wx' });
  const serial = toHex(parseCertificate(ds.der)?.serial ?? new Uint8Array(0));
  const made: DsConfig = { cert, key: keyFile, iaca: index, serial, notBefore, notAfter };
  list.push(made);
  return made;
}

/** A DS of the folder as the mdoc signer takes it. */
export async function dsIssued(folder: IssuerFolder, ds: DsConfig): Promise<Issued> {
  const der = new Uint8Array(await readFile(join(folder.dir, ds.cert)));
  return {
    der,
    keys: await cryptoPair(await folder.key(ds.key)),
    curve: 'P-256',
    cert: readCertificate(der),
  };
}

/** The index of the first folder-made IACA listed for `docType`, or -1. */
export function iacaFor(folder: IssuerFolder, docType: string): number {
  return (folder.state.iacas ?? []).findIndex((c) => c.key !== undefined && c.docTypes.includes(docType));
}

/** The newest DS under IACA `index` valid at `now`, its serial not revoked. */
export function currentDs(folder: IssuerFolder, index: number, now: number): DsConfig | undefined {
  const revoked = folder.state.iacas?.[index]?.revokedSerials ?? [];
  return (folder.state.dsCerts ?? [])
    .filter((d) => d.iaca === index && d.notBefore <= now && now < d.notAfter && !revoked.includes(d.serial))
    .at(-1);
}

/**
 * Marks a DS serial revoked (or valid again) in the `revokedSerials` of its IACA: the one this
 * folder made it under, else `iaca` (1-based) or the only listed root. The caller re-signs the
 * trust list (PROFILE §8.2: no CRL or OCSP; the anchor-signed list carries revocations).
 */
export function setDsRevoked(
  folder: IssuerFolder,
  serialText: string,
  revoked: boolean,
  iaca?: number,
): IacaConfig {
  const serial = serialText.replace(/[:\s]/g, '').toLowerCase();
  let bytes: Uint8Array;
  try {
    bytes = fromHex(serial);
  } catch {
    throw new UsageError(`--ds-serial: 16 進数で（例 4f1a…）: ${serialText}`);
  }
  if (bytes.length < 1 || bytes.length > 20) throw new UsageError('--ds-serial: 1〜20 オクテット');
  const iacas = folder.state.iacas ?? [];
  const made = folder.state.dsCerts?.find((d) => d.serial === serial);
  const index = made?.iaca ?? (iaca !== undefined ? iaca - 1 : iacas.length === 1 ? 0 : -1);
  const config = iacas[index];
  if (!config)
    throw new UsageError(
      iacas.length === 0
        ? 'このフォルダには IACA がありません'
        : '--iaca N: どの IACA の DS か指定してください',
    );
  const list = new Set(config.revokedSerials);
  if (revoked) list.add(serial);
  else list.delete(serial);
  config.revokedSerials = [...list];
  return config;
}

/** A certificate file as DER: PEM (-----BEGIN CERTIFICATE-----) or DER as it is. */
export async function readCertificateFile(path: string): Promise<Uint8Array> {
  const bytes = await readFile(path).catch((e: NodeJS.ErrnoException) => {
    throw new UsageError(`--add-iaca: ${path} を読めません（${e.code ?? e.message}）`);
  });
  const pem = /-----BEGIN CERTIFICATE-----([\s\S]+?)-----END CERTIFICATE-----/.exec(bytes.toString('latin1'));
  return new Uint8Array(pem?.[1] ? Buffer.from(pem[1].replace(/\s+/g, ''), 'base64') : bytes);
}

/**
 * `keys --add-iaca` / `trust-list --add-iaca`: lists a root certificate from a file (e.g. one of
 * Japan's IACA roots once published, PROFILE §8.2 [P]); the caller signs the trust list.
 */
export async function addIacaFromFile(
  folder: IssuerFolder,
  path: string,
  terms: IacaTerms,
): Promise<IacaConfig> {
  return addIaca(folder, await readCertificateFile(path), terms);
}
