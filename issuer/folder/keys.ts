// Issuer keys: P-256 key pairs (PROFILE §1), stored as PKCS#8 PEM with mode 0600.
import { chmod, readFile, stat, writeFile } from 'node:fs/promises';
import { p256Kid } from '../../core/crypto/keys';

const { subtle } = globalThis.crypto;

export interface KeyPair {
  privateKey: CryptoKey;
  /** Uncompressed point coordinates, 32 bytes each. */
  x: Uint8Array;
  y: Uint8Array;
  kid: Uint8Array;
}

const ECDSA_P256 = { name: 'ECDSA', namedCurve: 'P-256' } as const;

export async function generateKeyPair(): Promise<KeyPair> {
  const pair = (await subtle.generateKey(ECDSA_P256, true, ['sign', 'verify'])) as CryptoKeyPair;
  return fromPrivateKey(pair.privateKey);
}

async function fromPrivateKey(privateKey: CryptoKey): Promise<KeyPair> {
  const jwk = await subtle.exportKey('jwk', privateKey);
  const x = Buffer.from(jwk.x as string, 'base64url');
  const y = Buffer.from(jwk.y as string, 'base64url');
  const bx = new Uint8Array(x);
  const by = new Uint8Array(y);
  return { privateKey, x: bx, y: by, kid: await p256Kid(bx, by) };
}

export async function toPkcs8Pem(key: KeyPair): Promise<string> {
  const der = Buffer.from(await subtle.exportKey('pkcs8', key.privateKey));
  const body = der
    .toString('base64')
    .replace(/(.{64})/g, '$1\n')
    .trimEnd();
  return `-----BEGIN PRIVATE KEY-----\n${body}\n-----END PRIVATE KEY-----\n`;
}

export async function fromPkcs8Pem(pem: string): Promise<KeyPair> {
  const match = /-----BEGIN PRIVATE KEY-----([\s\S]+?)-----END PRIVATE KEY-----/.exec(pem);
  if (!match?.[1]) throw new Error('not a PKCS#8 PEM private key');
  const der = Buffer.from(match[1].replace(/\s+/g, ''), 'base64');
  // Import extractable so the public point can be derived from the JWK export.
  const privateKey = await subtle.importKey('pkcs8', der, ECDSA_P256, true, ['sign']);
  return fromPrivateKey(privateKey);
}

export async function writeKeyFile(path: string, key: KeyPair): Promise<void> {
  await writeFile(path, await toPkcs8Pem(key), { mode: 0o600 });
  await chmod(path, 0o600); // writeFile's mode does not apply to an existing file
}

/**
 * Reads a private key. A key file others can read or write is still used (refusing would stop
 * a running issuance), but `warn` is told, as ssh does: this tool writes them 0600.
 */
export async function readKeyFile(path: string, warn: (message: string) => void): Promise<KeyPair> {
  const pem = await readFile(path, 'utf8');
  const { mode } = await stat(path);
  // POSIX permission bits only: on Windows they do not describe who can read the file.
  if (process.platform !== 'win32' && (mode & 0o077) !== 0) {
    const bits = (mode & 0o777).toString(8).padStart(4, '0');
    warn(
      `鍵ファイル ${path} は所有者以外も読み書きできます（${bits}）。chmod 600 ${path} で所有者だけにしてください`,
    );
  }
  return fromPkcs8Pem(pem);
}

/** The public key as a JWK (anchor.json). */
export function publicJwk(key: KeyPair): { kty: 'EC'; crv: 'P-256'; x: string; y: string; kid: string } {
  return {
    kty: 'EC',
    crv: 'P-256',
    x: Buffer.from(key.x).toString('base64url'),
    y: Buffer.from(key.y).toString('base64url'),
    kid: Buffer.from(key.kid).toString('base64url'),
  };
}
