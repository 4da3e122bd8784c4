// The standard security handler (ISO 32000-1 §7.6.3, ISO 32000-2 §7.6.4) with the empty user
// password, for the work budget's pre-flight. A PDF published with an owner password only (to
// discourage editing) opens in every viewer without a question, pdf.js included, yet its
// streams are ciphertext: to count what pdf.js will inflate, the pre-flight needs the key that
// the empty password gives. This finds it — revisions 2–4 by algorithms 2 and 4/5 (MD5, RC4),
// revisions 5–6 by algorithm 2.A with the hash of 2.B (SHA-2, AES) — or says that a real
// password is needed. Where pdf.js reads a dictionary differently from the standard (a key
// length, a default), this follows pdf.js: what is counted must be what pdf.js will do.

import { md5 } from '@noble/hashes/legacy.js';
import { sha256, sha384, sha512 } from '@noble/hashes/sha2.js';
import { concatBytes } from '../../core/bytes';
import { aesCbcDecrypt, aesCbcDecryptBlocks, aesCbcEncrypt } from './aes';
import { isDict, type PdfDict, PdfString, type PdfValue } from './pdf-syntax';
import { rc4 } from './rc4';

/** A crypt filter method (§7.6.5, Table 25). */
export type CryptMethod = 'None' | 'V2' | 'AESV2' | 'AESV3';

export interface Security {
  /** The file encryption key. */
  key: Uint8Array;
  /** What pdf.js decrypts every stream with: RC4 (V1, V2), or the /StmF crypt filter's method. */
  streamMethod: CryptMethod;
  /** The crypt filter of embedded files (/EFF, by default /StmF), per the standard. */
  embeddedFileMethod: CryptMethod | undefined;
  /** A named crypt filter's method per the standard (a stream's own /Crypt filter, §7.4.10). */
  filterMethod(name: string): CryptMethod | undefined;
  /** Whether pdf.js decrypts the catalog's /Metadata (V4, V5 unless /EncryptMetadata false). */
  encryptMetadata: boolean;
}

/** The key, or why there is none: a password is needed, or no reader here could decrypt. */
export type Opening = { security: Security } | { refused: 'password' | 'unsupported' };

type Resolve = (v: PdfValue | undefined) => PdfValue | undefined;

// Algorithm 2 step (a): the padding of a password to 32 bytes (all of it, for the empty one).
const PADDING = Uint8Array.from([
  0x28, 0xbf, 0x4e, 0x5e, 0x4e, 0x75, 0x8a, 0x41, 0x64, 0x00, 0x4e, 0x56, 0xff, 0xfa, 0x01, 0x08, 0x2e, 0x2e,
  0x00, 0xb6, 0xd0, 0x68, 0x3e, 0x80, 0x2f, 0x0c, 0xa9, 0xfe, 0x64, 0x53, 0x69, 0x7a,
]);
const UNSUPPORTED: Opening = { refused: 'unsupported' };
const PASSWORD: Opening = { refused: 'password' };

export const bytesOf = (s: PdfString) => Uint8Array.from(s.latin1, (c) => c.charCodeAt(0) & 0xff);

const equal = (a: Uint8Array, b: Uint8Array) => a.length === b.length && a.every((x, i) => x === b[i]);

/** The first `n` bytes of `b`, zero-filled past its end (as pdf.js hashes them). */
function first(b: Uint8Array, n: number): Uint8Array {
  const out = new Uint8Array(n);
  out.set(b.subarray(0, n));
  return out;
}

/**
 * Opens the encryption dictionary `dict` with the empty user password; `fileId` is the first
 * string of the trailer's /ID. Never throws: a dictionary pdf.js would refuse is `unsupported`.
 */
export function openSecurity(dict: PdfDict, fileId: Uint8Array, resolve: Resolve): Opening {
  const get = (key: string) => resolve(dict.get(key));
  const version = get('V');
  if (get('Filter') !== 'Standard' || !(version === 1 || version === 2 || version === 4 || version === 5))
    return UNSUPPORTED;
  const o = get('O');
  const u = get('U');
  if (!(o instanceof PdfString && u instanceof PdfString)) return UNSUPPORTED;
  const cf = get('CF');
  const keyBits = keyLength(get('Length'), version, cf, get('StmF'), resolve);
  if (keyBits === undefined) return UNSUPPORTED;
  const revision = get('R');
  const encryptMetadata = (version === 4 || version === 5) && get('EncryptMetadata') !== false;
  let key: Uint8Array | null;
  if (version === 5) {
    const ue = get('UE');
    // pdf.js reads /OE and /Perms too, and cannot open the file without them.
    if (!(ue instanceof PdfString && get('OE') instanceof PdfString && get('Perms') instanceof PdfString))
      return UNSUPPORTED;
    // /UE holds the 32-byte key (ISO 32000-2 Table 21); anything else cannot be used here.
    if (ue.latin1.length < 32) return UNSUPPORTED;
    key = userKeyR5R6(revision === 6, bytesOf(u), bytesOf(ue).subarray(0, 32));
  } else {
    const p = get('P');
    key = userKeyR2R4({
      fileId,
      owner: bytesOf(o).subarray(0, 32),
      user: bytesOf(u).subarray(0, 32),
      permissions: typeof p === 'number' ? p : 0,
      revision: typeof revision === 'number' ? revision : 0,
      bytes: keyBits / 8,
      encryptMetadata,
    });
    // pdf.js widens a V4 key shorter than 16 bytes with zeros.
    if (key && version === 4 && key.length < 16) key = first(key, 16);
  }
  if (!key) return PASSWORD;
  const methods = cryptFilters(version, cf, resolve);
  if (!methods) return UNSUPPORTED;
  // An absent /StmF or /StrF is /Identity, which pdf.js looks up in /CF like any other name.
  const named = (v: PdfValue | undefined): CryptMethod | undefined =>
    typeof v === 'string' ? methods(v) : v === undefined ? methods('Identity') : undefined;
  const stmf = named(get('StmF'));
  const strf = named(get('StrF'));
  const eff = get('EFF') === undefined ? stmf : named(get('EFF'));
  // pdf.js fails on every object when either default filter is unknown; AESV3 needs 32 bytes
  // (a method that cannot be applied to this key is no reading at all).
  if (version >= 4 && (stmf === undefined || strf === undefined)) return UNSUPPORTED;
  const fileKey = key;
  const usable = (m: CryptMethod | undefined) => (m === 'AESV3' && fileKey.length !== 32 ? undefined : m);
  if (usable(stmf) === undefined || usable(strf) === undefined) return UNSUPPORTED;
  return {
    security: {
      key,
      streamMethod: version >= 4 ? (stmf as CryptMethod) : 'V2',
      embeddedFileMethod: version >= 4 ? usable(eff) : 'V2',
      // §7.6.5: Identity is the predefined filter that leaves data as it is.
      filterMethod: (name) => (version < 4 ? 'V2' : name === 'Identity' ? 'None' : usable(methods(name))),
      encryptMetadata,
    },
  };
}

/**
 * The key length in bits (§7.6.3.2 Table 21 /Length; for V4 and V5, the stream filter's
 * /Length, in bytes or bits), as pdf.js reads it; undefined when pdf.js refuses it.
 */
function keyLength(
  length: PdfValue | undefined,
  version: number,
  cf: PdfValue | undefined,
  stmf: PdfValue | undefined,
  resolve: Resolve,
): number | undefined {
  let bits = length;
  if (!bits) {
    if (version <= 3) bits = 40;
    else if (isDict(cf) && typeof stmf === 'string') {
      const filter = resolve(cf.get(stmf));
      bits = (isDict(filter) && resolve(filter.get('Length'))) || 128;
      if (typeof bits === 'number' && bits < 40) bits *= 8;
    }
  }
  return typeof bits === 'number' && Number.isInteger(bits) && bits >= 40 && bits % 8 === 0
    ? bits
    : undefined;
}

/**
 * The method of each crypt filter in /CF (§7.6.5): a missing or `None` /CFM leaves data as it
 * is. Undefined for V4/V5 without /CF (pdf.js can then read no object at all).
 */
function cryptFilters(
  version: number,
  cf: PdfValue | undefined,
  resolve: Resolve,
): ((name: string) => CryptMethod | undefined) | undefined {
  if (version < 4) return () => 'V2';
  if (!isDict(cf)) return undefined;
  return (name) => {
    const filter = resolve(cf.get(name));
    const cfm = isDict(filter) ? resolve(filter.get('CFM')) : undefined;
    if (cfm === undefined || cfm === 'None') return 'None';
    return cfm === 'V2' || cfm === 'AESV2' || cfm === 'AESV3' ? cfm : undefined;
  };
}

interface R2R4 {
  fileId: Uint8Array;
  owner: Uint8Array;
  user: Uint8Array;
  permissions: number;
  revision: number;
  bytes: number;
  encryptMetadata: boolean;
}

/**
 * Algorithm 2 with the empty password, checked by algorithm 4 (revision 2: /U is the padding
 * under RC4) or 5 (revision 3 and 4: MD5 of the padding and the file ID, under 20 RC4 keys).
 */
function userKeyR2R4(d: R2R4): Uint8Array | null {
  const p = d.permissions;
  const parts = [
    PADDING,
    d.owner,
    Uint8Array.of(p & 0xff, (p >> 8) & 0xff, (p >> 16) & 0xff, (p >>> 24) & 0xff),
  ];
  parts.push(d.fileId);
  if (d.revision >= 4 && !d.encryptMetadata) parts.push(Uint8Array.of(0xff, 0xff, 0xff, 0xff));
  let hash = md5(concatBytes(...parts));
  if (d.revision >= 3) for (let i = 0; i < 50; i++) hash = md5(first(hash, d.bytes));
  const key = hash.subarray(0, d.bytes);
  if (d.revision < 3) return equal(rc4(key, PADDING), first(d.user, 32)) && d.user.length >= 32 ? key : null;
  let check = rc4(key, md5(concatBytes(PADDING, d.fileId)));
  for (let j = 1; j <= 19; j++)
    check = rc4(
      key.map((b) => b ^ j),
      check,
    );
  return d.user.length >= 16 && equal(check, d.user.subarray(0, 16)) ? key : null;
}

/**
 * Algorithm 2.A with the empty password: /U's first 32 bytes are the hash of its validation
 * salt (bytes 32–40); the key is /UE decrypted under the hash of its key salt (bytes 40–48).
 * Revision 6 hashes by algorithm 2.B; revision 5 (Adobe's extension level 3) by SHA-256 alone.
 */
function userKeyR5R6(revision6: boolean, u: Uint8Array, ue: Uint8Array): Uint8Array | null {
  const hash = revision6 ? hash2B : sha256;
  if (!equal(hash(first(u.subarray(32, 40), 8)), u.subarray(0, 32))) return null;
  return aesCbcDecryptBlocks(hash(first(u.subarray(40, 48), 8)), new Uint8Array(16), ue);
}

/**
 * ISO 32000-2 §7.6.4.3.4 algorithm 2.B for the empty password and no user key: SHA-256, then at
 * least 64 rounds (at most 288) of AES-128-CBC over 64 copies of K, hashed by SHA-256, -384 or
 * -512 as the first 16 bytes of the result sum modulo 3.
 */
export function hash2B(input: Uint8Array): Uint8Array {
  let k = sha256(input);
  let last = 0;
  for (let round = 0; round < 64 || last > round - 32; round++) {
    const k1 = new Uint8Array(64 * k.length);
    for (let i = 0; i < 64; i++) k1.set(k, i * k.length);
    const e = aesCbcEncrypt(k.subarray(0, 16), k.subarray(16, 32), k1);
    const sum = e.subarray(0, 16).reduce((n, b) => n + b, 0);
    k = [sha256, sha384, sha512][sum % 3]?.(e) ?? k;
    last = e[e.length - 1] as number;
  }
  return k.subarray(0, 32);
}

/** §7.6.2 algorithm 1: an object's key, from the file key, its number and generation. */
function objectKey(fileKey: Uint8Array, num: number, gen: number, aes: boolean): Uint8Array {
  const salt = aes ? [0x73, 0x41, 0x6c, 0x54] : []; // "sAlT"
  const extra = Uint8Array.of(
    num & 0xff,
    (num >> 8) & 0xff,
    (num >> 16) & 0xff,
    gen & 0xff,
    (gen >> 8) & 0xff,
    ...salt,
  );
  return md5(concatBytes(fileKey, extra)).subarray(0, Math.min(fileKey.length + 5, 16));
}

/**
 * The data of stream `num gen` decrypted by `method` (§7.6.2; AESV3 uses the file key itself,
 * which openSecurity made sure is 32 bytes wherever AESV3 is offered).
 */
export function decryptData(
  security: Security,
  method: CryptMethod,
  num: number,
  gen: number,
  data: Uint8Array,
): Uint8Array {
  if (method === 'V2') return rc4(objectKey(security.key, num, gen, false), data);
  if (method === 'AESV2') return aesCbcDecrypt(objectKey(security.key, num, gen, true), data);
  if (method === 'AESV3') return aesCbcDecrypt(security.key, data);
  return data;
}
