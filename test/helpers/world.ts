// An in-memory test world: anchor, signers, status signer, a trust list and status lists,
// built with the issuer's own modules and read back with the core's readers.
import { readStatusList } from '../../core/status-list';
import { importAnchorJwk, readTrustList } from '../../core/trust-list';
import type { StatusList, TrustList, VerifyContext } from '../../core/types';
import { generateKeyPair, type KeyPair, publicJwk } from '../../issuer/folder/keys';
import { type CredentialInput, credentialUrl, signCredential } from '../../issuer/issuing/credential';
import type { SignOptions } from '../../issuer/issuing/sign';
import { type StatusListSpec, signStatusList } from '../../issuer/lists/status-list-token';
import { type SignerSpec, signTrustList, type TrustListSpec } from '../../issuer/lists/trust-list-token';

export const ORIGIN = 'https://dqcv.example.jp';
export const STATUS_URI = `${ORIGIN}/status/1`;
export const NOW = 1_790_000_000; // 2026-09-21

export interface World {
  anchor: KeyPair;
  signer: KeyPair;
  statusKey: KeyPair;
  spec: TrustListSpec;
  trustList: TrustList;
  statusLists: StatusList[];
}

export async function makeWorld(
  adjust: (spec: TrustListSpec, keys: KeyPair[]) => void = () => {},
): Promise<World> {
  const [anchor, signer, statusKey, extra] = await Promise.all([
    generateKeyPair(),
    generateKeyPair(),
    generateKeyPair(),
    generateKeyPair(),
  ]);
  const signerSpec: SignerSpec = {
    key: signer,
    iss: 'jp.example.mhlw',
    name: '厚生労働省（テスト）',
    nbf: NOW - 86400 * 365,
    exp: NOW + 86400 * 365 * 5,
  };
  const spec: TrustListSpec = {
    iss: 'jp.example.anchor',
    iat: NOW - 3600,
    exp: NOW + 86400 * 30,
    seq: 1,
    hosts: [ORIGIN],
    signers: [signerSpec],
    statusSigners: [{ key: statusKey, uris: [`${ORIGIN}/status/`] }],
    statusLists: [STATUS_URI],
  };
  adjust(spec, [extra as KeyPair]);
  const trustList = await readTrusted(await signTrustList(spec, anchor), anchor);
  return { anchor, signer, statusKey, spec, trustList, statusLists: [] };
}

export async function readTrusted(bytes: Uint8Array, anchor: KeyPair): Promise<TrustList> {
  const reading = await readTrustList(bytes, await importAnchorJwk(publicJwk(anchor)));
  if (!reading.ok) throw new Error(`trust list rejected: ${reading.error}`);
  return reading.value;
}

export async function addStatusList(
  world: World,
  statuses: Record<number, number>,
  overrides: Partial<StatusListSpec> = {},
): Promise<StatusList> {
  const spec: StatusListSpec = {
    uri: STATUS_URI,
    iat: NOW - 600,
    exp: NOW + 86400,
    ttl: 3600,
    size: 1024,
    statuses: new Map(Object.entries(statuses).map(([k, v]) => [Number(k), v])),
    ...overrides,
  };
  const reading = await readStatusList(await signStatusList(spec, world.statusKey), world.trustList);
  if (!reading.ok) throw new Error(`status list rejected: ${reading.error}`);
  world.statusLists.push(reading.value);
  return reading.value;
}

export function sampleInput(overrides: Partial<CredentialInput> = {}): CredentialInput {
  return {
    iss: 'jp.example.mhlw',
    iat: NOW - 86400,
    cti: new Uint8Array(16).map((_, i) => i + 1),
    status: { idx: 7, uri: STATUS_URI },
    code: 1,
    qualificationName: '介護福祉士',
    holderName: '山田 花子',
    birthDate: '1990-04-01',
    registrationNumber: '123456',
    registrationDate: '2015-05-01',
    issuingBody: '公益財団法人社会福祉振興・試験センター',
    ...overrides,
  };
}

export async function issueUrl(
  world: World,
  overrides: Partial<CredentialInput> = {},
  key: KeyPair = world.signer,
  options: SignOptions = {},
): Promise<string> {
  return credentialUrl(ORIGIN, await signCredential(sampleInput(overrides), key, options));
}

export function context(world: World, extra: Partial<VerifyContext> = {}): VerifyContext {
  return {
    now: NOW,
    trustList: world.trustList,
    statusLists: (uri) => world.statusLists.filter((l) => l.uri === uri),
    ...extra,
  };
}
