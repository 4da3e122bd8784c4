// Signing test tokens inside workerd with WebCrypto and the issuer's portable modules.
import { env } from 'cloudflare:test';
import type { Encodable } from '../../core/cbor/encode';
import { TYP_STATUS_LIST } from '../../core/cose/dqc-header';
import { p256Kid } from '../../core/crypto/keys';
import type { KeyPair } from '../../issuer/folder/keys';
import { signSign1 } from '../../issuer/issuing/sign';
import { packStatuses } from '../../issuer/lists/status-pack';
import { signTrustList } from '../../issuer/lists/trust-list-token';

export const ORIGIN = 'https://dqc.example.jp';
const ECDSA = { name: 'ECDSA', namedCurve: 'P-256' } as const;
const b64u = (s: string) =>
  Uint8Array.from(atob(s.replaceAll('-', '+').replaceAll('_', '/')), (c) => c.charCodeAt(0));

async function fromPrivate(privateKey: CryptoKey): Promise<KeyPair> {
  const jwk = (await crypto.subtle.exportKey('jwk', privateKey)) as JsonWebKey;
  const x = b64u(jwk.x as string);
  const y = b64u(jwk.y as string);
  return { privateKey, x, y, kid: await p256Kid(x, y) };
}

export async function newKey(): Promise<KeyPair> {
  const pair = (await crypto.subtle.generateKey(ECDSA, true, ['sign', 'verify'])) as CryptoKeyPair;
  return fromPrivate(pair.privateKey);
}

export async function anchorKey(): Promise<KeyPair> {
  const der = b64u((env as unknown as { TEST_ANCHOR_PKCS8: string }).TEST_ANCHOR_PKCS8);
  return fromPrivate(await crypto.subtle.importKey('pkcs8', der, ECDSA, true, ['sign']));
}

export interface Keys {
  anchor: KeyPair;
  signer: KeyPair;
  status: KeyPair;
}

export async function keys(): Promise<Keys> {
  return { anchor: await anchorKey(), signer: await newKey(), status: await newKey() };
}

export function trustListToken(
  k: Keys,
  seq: number,
  signWith: KeyPair = k.anchor,
  lists = ['1', '2', '3', '4'],
  iat = Math.floor(Date.now() / 1000),
  exp = Math.floor(Date.now() / 1000) + 86400,
) {
  const now = Math.floor(Date.now() / 1000);
  return signTrustList(
    {
      iss: 'test-anchor',
      iat,
      exp,
      seq,
      hosts: [ORIGIN],
      signers: [{ key: k.signer, iss: 'test', name: 'テスト', nbf: now - 86400, exp: now + 86400 * 365 }],
      statusSigners: [{ key: k.status, uris: [`${ORIGIN}/status/`] }],
      statusLists: lists.map((id) => `${ORIGIN}/status/${id}`),
    },
    signWith,
  );
}

async function zlib(data: Uint8Array): Promise<Uint8Array> {
  const stream = new Blob([data]).stream().pipeThrough(new CompressionStream('deflate'));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

export async function statusListToken(
  key: KeyPair,
  options: {
    id?: string;
    uri?: string;
    iat: number;
    /** Default: iat + 1 day. */
    exp?: number;
    ttl?: number;
    statuses?: Record<number, number>;
  },
): Promise<Uint8Array> {
  const statuses = new Map(Object.entries(options.statuses ?? {}).map(([k, v]) => [Number(k), v]));
  const claims = new Map<number, Encodable>([
    [2, options.uri ?? `${ORIGIN}/status/${options.id ?? '1'}`],
    [6, options.iat],
    [4, options.exp ?? options.iat + 86400],
    [65534, options.ttl ?? 600],
    [65533, { bits: 2, lst: await zlib(packStatuses(1024, statuses)) }],
  ]);
  return signSign1(claims, key, { typ: TYP_STATUS_LIST });
}

export function put(path: string, body: Uint8Array | string, type: string): RequestInit & { url: string } {
  return { url: `${ORIGIN}${path}`, method: 'PUT', headers: { 'content-type': type }, body };
}
