// The standard security handler's encrypting side (ISO 32000-1 §7.6.3, ISO 32000-2 §7.6.4), for
// tests: the encryption dictionary of a user and an owner password, and each object's strings
// and streams encrypted under it. Written apart from the reader (reading/pdf/pdf-security.ts):
// node:crypto's MD5, SHA-2 and AES, the spec's algorithms step by step, so that a file the
// reader decrypts was made by another hand (and pdf.js, a third, must open it too).
import { createCipheriv, createHash, randomBytes } from 'node:crypto';

/** RC4-40 (V1 R2), RC4-128 (V2 R3), RC4-128 by crypt filter (V4 R4 /V2), AES-128 (V4 R4), AES-256 (V5 R6). */
export type Scheme = 'rc4-40' | 'rc4-128' | 'rc4-128-cf' | 'aes-128' | 'aes-256';
export const SCHEMES: Scheme[] = ['rc4-40', 'rc4-128', 'rc4-128-cf', 'aes-128', 'aes-256'];

export interface HandlerOptions {
  userPassword?: string;
  ownerPassword?: string;
  /** /EncryptMetadata (V4, V5): false leaves metadata streams as they are. */
  encryptMetadata?: boolean;
  /** V4/V5: the string crypt filter (`Identity` leaves strings as they are). */
  strf?: 'StdCF' | 'Identity';
  /** The first string of the trailer's /ID (random when not given). */
  fileId?: Buffer;
}

export interface Handler {
  scheme: Scheme;
  fileId: Buffer;
  /** The entries of the encryption dictionary, as PDF syntax. */
  dictionary: string;
  encryptStream(num: number, gen: number, data: Uint8Array): Buffer;
  /** undefined when strings are left as they are (/StrF /Identity). */
  encryptString?: (num: number, gen: number, data: Uint8Array) => Buffer;
  encryptMetadata: boolean;
}

// Algorithm 2 step (a).
const PADDING = Buffer.from('28bf4e5e4e758a4164004e56fffa01082e2e00b6d0683e802f0ca9fe6453697a', 'hex');
/** "Print, copy and change not allowed" with every reserved bit as the standard sets it. */
const PERMISSIONS = -3904;

const md5 = (...parts: Uint8Array[]) => createHash('md5').update(Buffer.concat(parts)).digest();
const hash = (name: string, data: Uint8Array) => createHash(name).update(data).digest();
const padded = (password: string) =>
  Buffer.concat([Buffer.from(password, 'latin1'), PADDING]).subarray(0, 32);
const hex = (b: Uint8Array) => `<${Buffer.from(b).toString('hex')}>`;
const le32 = (n: number) => {
  const b = Buffer.alloc(4);
  b.writeInt32LE(n);
  return b;
};

/** RC4, written out (OpenSSL 3 keeps it only in its legacy provider). */
export function rc4(key: Uint8Array, data: Uint8Array): Buffer {
  const s = Array.from({ length: 256 }, (_, i) => i);
  for (let i = 0, j = 0; i < 256; i++) {
    j = (j + (s[i] as number) + (key[i % key.length] as number)) & 0xff;
    [s[i], s[j]] = [s[j] as number, s[i] as number];
  }
  const out = Buffer.alloc(data.length);
  for (let n = 0, i = 0, j = 0; n < data.length; n++) {
    i = (i + 1) & 0xff;
    j = (j + (s[i] as number)) & 0xff;
    [s[i], s[j]] = [s[j] as number, s[i] as number];
    out[n] = (data[n] as number) ^ (s[((s[i] as number) + (s[j] as number)) & 0xff] as number);
  }
  return out;
}

/** RC4 under `key` and then under `key` XOR 1 … 19 (algorithms 3 and 5, revision 3 and later). */
const rc4Twenty = (key: Buffer, data: Buffer) => {
  let out = rc4(key, data);
  for (let i = 1; i <= 19; i++)
    out = rc4(
      key.map((b) => b ^ i),
      out,
    );
  return out;
};

function aes(mode: 'cbc' | 'ecb', key: Buffer, iv: Buffer | null, data: Uint8Array, pad: boolean): Buffer {
  const cipher = createCipheriv(`aes-${key.length * 8}-${mode}`, key, iv);
  cipher.setAutoPadding(pad);
  return Buffer.concat([cipher.update(data), cipher.final()]);
}

/** §7.6.2: AES-CBC with a random IV written before the data, and PKCS #5 padding. */
const aesStream = (key: Buffer, data: Uint8Array) => {
  const iv = randomBytes(16);
  return Buffer.concat([iv, aes('cbc', key, iv, data, true)]);
};

/** Algorithm 1: the key of object `num gen`. */
const objectKey = (fileKey: Buffer, num: number, gen: number, aesSalt: boolean) =>
  md5(
    fileKey,
    Buffer.from([num & 0xff, (num >> 8) & 0xff, (num >> 16) & 0xff, gen & 0xff, (gen >> 8) & 0xff]),
    aesSalt ? Buffer.from('sAlT', 'latin1') : Buffer.alloc(0),
  ).subarray(0, Math.min(fileKey.length + 5, 16));

/** ISO 32000-2 algorithm 2.B: the revision 6 hash of `password`, `salt` and `udata`. */
export function hash2B(password: Buffer, salt: Buffer, udata: Buffer): Buffer {
  let k = hash('sha256', Buffer.concat([password, salt, udata]));
  let e: Buffer = Buffer.alloc(0);
  for (let round = 0; round < 64 || (e.at(-1) as number) > round - 32; round++) {
    const k1 = Buffer.concat(Array.from({ length: 64 }, () => Buffer.concat([password, k, udata])));
    e = aes('cbc', k.subarray(0, 16), k.subarray(16, 32), k1, false);
    const sum = e.subarray(0, 16).reduce((n, b) => n + b, 0);
    k = hash(['sha256', 'sha384', 'sha512'][sum % 3] as string, e);
  }
  return k.subarray(0, 32);
}

/** Revisions 2–4: algorithms 3 (O), 2 (the key), 4 or 5 (U). */
function handlerR2R4(revision: 2 | 3 | 4, bytes: number, o: Required<HandlerOptions>) {
  let ownerHash = md5(padded(o.ownerPassword));
  if (revision >= 3) for (let i = 0; i < 50; i++) ownerHash = md5(ownerHash);
  const ownerKey = ownerHash.subarray(0, bytes);
  const owner =
    revision >= 3 ? rc4Twenty(ownerKey, padded(o.userPassword)) : rc4(ownerKey, padded(o.userPassword));
  const metadataBytes =
    revision >= 4 && !o.encryptMetadata ? Buffer.from([255, 255, 255, 255]) : Buffer.alloc(0);
  let keyHash = md5(padded(o.userPassword), owner, le32(PERMISSIONS), o.fileId, metadataBytes);
  if (revision >= 3) for (let i = 0; i < 50; i++) keyHash = md5(keyHash.subarray(0, bytes));
  const key = keyHash.subarray(0, bytes);
  const user =
    revision >= 3
      ? Buffer.concat([rc4Twenty(key, md5(PADDING, o.fileId)), randomBytes(16)])
      : rc4(key, PADDING);
  return { key, entries: `/O ${hex(owner)} /U ${hex(user)} /P ${PERMISSIONS}` };
}

/** Revision 6: algorithms 8 (U, UE), 9 (O, OE) and 10 (Perms). */
function handlerR6(o: Required<HandlerOptions>) {
  const key = randomBytes(32);
  const user = Buffer.from(o.userPassword, 'utf8').subarray(0, 127);
  const owner = Buffer.from(o.ownerPassword, 'utf8').subarray(0, 127);
  const [uValidation, uKey, oValidation, oKey] = [8, 8, 8, 8].map((n) => randomBytes(n)) as Buffer[];
  const u = Buffer.concat([
    hash2B(user, uValidation as Buffer, Buffer.alloc(0)),
    uValidation as Buffer,
    uKey as Buffer,
  ]);
  const ue = aes('cbc', hash2B(user, uKey as Buffer, Buffer.alloc(0)), Buffer.alloc(16), key, false);
  const ow = Buffer.concat([hash2B(owner, oValidation as Buffer, u), oValidation as Buffer, oKey as Buffer]);
  const oe = aes('cbc', hash2B(owner, oKey as Buffer, u), Buffer.alloc(16), key, false);
  const perms = Buffer.concat([
    le32(PERMISSIONS),
    Buffer.from([255, 255, 255, 255]),
    Buffer.from(o.encryptMetadata ? 'Tadb' : 'Fadb', 'latin1'),
    randomBytes(4),
  ]);
  const permsEncrypted = aes('ecb', key, null, perms, false);
  return {
    key,
    entries: `/O ${hex(ow)} /U ${hex(u)} /OE ${hex(oe)} /UE ${hex(ue)} /Perms ${hex(permsEncrypted)} /P ${PERMISSIONS}`,
  };
}

/** An encryption dictionary for `scheme`, by default with an empty user password and owner "owner". */
export function standardHandler(scheme: Scheme, options: HandlerOptions = {}): Handler {
  const o: Required<HandlerOptions> = {
    userPassword: '',
    ownerPassword: 'owner',
    encryptMetadata: true,
    strf: 'StdCF',
    fileId: randomBytes(16),
    ...options,
  };
  const cfm = { 'rc4-128-cf': 'V2', 'aes-128': 'AESV2', 'aes-256': 'AESV3' }[scheme as string];
  const filters = cfm
    ? `/CF << /StdCF << /CFM /${cfm} /AuthEvent /DocOpen /Length ${scheme === 'aes-256' ? 32 : 16} >> >> ` +
      `/StmF /StdCF /StrF /${o.strf}${o.encryptMetadata ? '' : ' /EncryptMetadata false'} `
    : '';
  const { key, entries } =
    scheme === 'aes-256'
      ? handlerR6(o)
      : handlerR2R4(scheme === 'rc4-40' ? 2 : scheme === 'rc4-128' ? 3 : 4, scheme === 'rc4-40' ? 5 : 16, o);
  const version = { 'rc4-40': '/V 1 /R 2 /Length 40', 'rc4-128': '/V 2 /R 3 /Length 128' }[scheme as string];
  const head = version ?? (scheme === 'aes-256' ? '/V 5 /R 6 /Length 256' : '/V 4 /R 4 /Length 128');
  const encrypt = (num: number, gen: number, data: Uint8Array) =>
    scheme === 'aes-256'
      ? aesStream(key, data)
      : scheme === 'aes-128'
        ? aesStream(objectKey(key, num, gen, true), data)
        : rc4(objectKey(key, num, gen, false), data);
  return {
    scheme,
    fileId: o.fileId,
    dictionary: `/Filter /Standard ${head} ${filters}${entries}`,
    encryptStream: encrypt,
    ...(!(cfm && o.strf === 'Identity') && { encryptString: encrypt }),
    // V1 and V2 always encrypt metadata.
    encryptMetadata: cfm ? o.encryptMetadata : true,
  };
}
