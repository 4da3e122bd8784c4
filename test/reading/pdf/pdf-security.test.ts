// The standard security handler with the empty user password (ISO 32000-1 §7.6.3, ISO 32000-2
// §7.6.4), against encryption dictionaries and data made apart from it (support/standard-
// security.ts: node:crypto, the algorithms written out again): every scheme opens and decrypts
// objects of any number and generation; a real user password is refused as such; dictionaries
// pdf.js cannot open are `unsupported`; binary strings written as escaped literals are read;
// random dictionaries get an answer, never an exception.
import { createCipheriv, createHash, randomBytes } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  decryptData,
  hash2B,
  type Opening,
  openSecurity,
  type Security,
} from '../../../reading/pdf/pdf-security';
import { isDict, Lexer, type PdfDict } from '../../../reading/pdf/pdf-syntax';
import {
  type HandlerOptions,
  hash2B as referenceHash2B,
  SCHEMES,
  type Scheme,
  standardHandler,
} from './support/standard-security';

function dictionary(syntax: string): PdfDict {
  const value = new Lexer(new Uint8Array(Buffer.from(`<< ${syntax} >>`, 'latin1'))).read();
  if (!isDict(value)) throw new Error('not a dictionary');
  return value;
}

const open = (syntax: string, fileId: Uint8Array): Opening =>
  openSecurity(dictionary(syntax), fileId, (v) => v);

function opened(scheme: Scheme, options: HandlerOptions = {}) {
  const handler = standardHandler(scheme, options);
  const opening = open(handler.dictionary, handler.fileId);
  expect(opening).toHaveProperty('security');
  return { handler, security: (opening as { security: Security }).security };
}

describe.each(SCHEMES)('%s with an empty user password and an owner password', (scheme) => {
  it('opens, and decrypts streams of any object number and generation', () => {
    const { handler, security } = opened(scheme);
    for (const [num, gen] of [
      [1, 0],
      [4, 0],
      [300, 2],
      [70_000, 1],
    ] as const) {
      const plain = randomBytes(100 + (num % 50));
      const decrypted = decryptData(
        security,
        security.streamMethod,
        num,
        gen,
        handler.encryptStream(num, gen, plain),
      );
      expect(Buffer.from(decrypted).equals(plain), `${num} ${gen}`).toBe(true);
    }
  });

  it('a user password is needed: refused as such (also when the owner password is empty)', () => {
    for (const options of [{ userPassword: 'secret' }, { userPassword: 'secret', ownerPassword: '' }]) {
      const handler = standardHandler(scheme, options);
      expect(open(handler.dictionary, handler.fileId)).toEqual({ refused: 'password' });
    }
  });

  it('/O and /U written as literal strings with escapes (octal, \\n, \\r, \\(, line continuations)', () => {
    const handler = standardHandler(scheme);
    const literal = (hex: string) => {
      let out = '(';
      for (const b of Buffer.from(hex, 'hex')) {
        if (b === 0x0a) out += '\\n';
        else if (b === 0x0d) out += '\\r';
        else if (b === 0x28 || b === 0x29 || b === 0x5c) out += `\\${String.fromCharCode(b)}`;
        else if (b < 0x20 || b > 0x7e) out += `\\${b.toString(8)}\\\n`;
        else out += String.fromCharCode(b);
      }
      return `${out})`;
    };
    const syntax = handler.dictionary.replace(/<([0-9a-f]+)>/g, (_, hex: string) => literal(hex));
    expect(syntax).not.toMatch(/<[0-9a-f]+>/);
    const opening = open(syntax, handler.fileId);
    expect(opening).toHaveProperty('security');
    const plain = randomBytes(40);
    const security = (opening as { security: Security }).security;
    expect(
      Buffer.from(decryptData(security, security.streamMethod, 7, 0, handler.encryptStream(7, 0, plain))),
    ).toEqual(plain);
  });
});

describe('crypt filters and options', () => {
  it.each<Scheme>(['rc4-128-cf', 'aes-128', 'aes-256'])('%s with /EncryptMetadata false opens', (scheme) => {
    const { security } = opened(scheme, { encryptMetadata: false });
    expect(security.encryptMetadata).toBe(false);
  });

  it('V1/V2 name no crypt filters: RC4 for every stream; pdf.js reads their metadata as it lies', () => {
    const { security } = opened('rc4-128');
    expect([security.streamMethod, security.filterMethod('StdCF'), security.encryptMetadata]).toEqual([
      'V2',
      'V2',
      false,
    ]);
  });

  it('V4/V5: /StdCF by its /CFM, /Identity leaves data as it is', () => {
    expect(opened('aes-128').security.streamMethod).toBe('AESV2');
    expect(opened('rc4-128-cf').security.streamMethod).toBe('V2');
    const { security } = opened('aes-256', { strf: 'Identity' });
    expect([security.streamMethod, security.filterMethod('Identity'), security.embeddedFileMethod]).toEqual([
      'AESV3',
      'None',
      'AESV3',
    ]);
  });

  it('revision 5 (Adobe extension level 3: SHA-256 without algorithm 2.B) opens too, as in pdf.js', () => {
    const key = randomBytes(32);
    const [validation, keySalt] = [randomBytes(8), randomBytes(8)];
    const sha = (b: Buffer) => createHash('sha256').update(b).digest();
    const cipher = createCipheriv('aes-256-cbc', sha(keySalt), Buffer.alloc(16)).setAutoPadding(false);
    const ue = Buffer.concat([cipher.update(key), cipher.final()]);
    const u = Buffer.concat([sha(validation), validation, keySalt]);
    const hex = (b: Buffer) => `<${b.toString('hex')}>`;
    const opening = open(
      `/Filter /Standard /V 5 /R 5 /Length 256 /CF << /StdCF << /CFM /AESV3 >> >> /StmF /StdCF /StrF /StdCF ` +
        `/O ${hex(randomBytes(48))} /U ${hex(u)} /OE ${hex(randomBytes(32))} /UE ${hex(ue)} /Perms ${hex(randomBytes(16))} /P -4`,
      new Uint8Array(0),
    );
    expect(opening).toHaveProperty('security');
    expect(Buffer.from((opening as { security: Security }).security.key)).toEqual(key);
  });

  it('algorithm 2.B agrees with the one written for the tests (node:crypto), any salt', () => {
    for (let i = 0; i < 8; i++) {
      const salt = randomBytes(8);
      expect(Buffer.from(hash2B(salt))).toEqual(referenceHash2B(Buffer.alloc(0), salt, Buffer.alloc(0)));
    }
  });
});

describe('what pdf.js cannot open is unsupported (refused as encrypted, never decrypted by guess)', () => {
  const rc4 = standardHandler('rc4-128');
  const aes = standardHandler('aes-128');
  it.each([
    ['another security handler', rc4, rc4.dictionary.replace('/Standard', '/Adobe.PubSec')],
    ['an algorithm pdf.js does not know (V 3)', rc4, rc4.dictionary.replace('/V 2', '/V 3')],
    [
      'a key length that is no whole number of bytes',
      rc4,
      rc4.dictionary.replace('/Length 128', '/Length 100'),
    ],
    ['no /U', rc4, rc4.dictionary.replace(/\/U <[0-9a-f]+>/, '')],
    ['V4 without /CF', aes, aes.dictionary.replace(/\/CF << \/StdCF << [^>]* >> >>/, '')],
    ['V4 with an unknown crypt filter method', aes, aes.dictionary.replace('/AESV2', '/AESV9')],
  ])('%s', (_, handler, syntax) => {
    expect(syntax).not.toBe(handler.dictionary);
    expect(open(syntax, handler.fileId)).toEqual({ refused: 'unsupported' });
  });
});

describe('any encryption dictionary: an answer, never an exception', () => {
  it('random V, R, key lengths, crypt filters and string lengths open, refuse or decrypt without throwing', () => {
    const entry = fc.oneof(
      fc.constantFrom('/V 1', '/V 2', '/V 4', '/V 5', '/V 3', '/V (x)'),
      fc.constantFrom('/R 2', '/R 3', '/R 4', '/R 5', '/R 6', '/R /X'),
      fc.constantFrom('/Length 40', '/Length 128', '/Length 256', '/Length 48', '/Length 0', '/Length 7'),
      fc.constantFrom('/StmF /StdCF', '/StrF /StdCF', '/StmF /Identity', '/EFF /StdCF', '/StmF (s)'),
      fc
        .constantFrom('V2', 'AESV2', 'AESV3', 'None', 'X')
        .chain((cfm) =>
          fc.constantFrom(
            `/CF << /StdCF << /CFM /${cfm} /Length 16 >> >>`,
            `/CF << /StdCF << /CFM /${cfm} >> >>`,
          ),
        ),
      fc
        .constantFrom('O', 'U', 'OE', 'UE', 'Perms')
        .chain((k) =>
          fc.uint8Array({ maxLength: 64 }).map((b) => `/${k} <${Buffer.from(b).toString('hex')}>`),
        ),
      fc.constantFrom('/P -4', '/P 4294967292', '/EncryptMetadata false'),
    );
    // A genuine dictionary of each scheme, with entries overridden (a later key wins).
    const bases = SCHEMES.map((scheme) => standardHandler(scheme));
    let opened = 0;
    fc.assert(
      fc.property(
        fc.constantFrom(...bases),
        fc.array(entry, { maxLength: 4 }),
        fc.uint8Array({ maxLength: 40 }),
        (base, entries, data) => {
          const opening = open(`${base.dictionary} ${entries.join(' ')}`, base.fileId);
          if (!('security' in opening)) return;
          opened++;
          const { security } = opening;
          for (const method of [
            security.streamMethod,
            security.embeddedFileMethod,
            security.filterMethod('StdCF'),
          ])
            if (method) decryptData(security, method, 12, 3, data);
        },
      ),
      { numRuns: 300 },
    );
    expect(opened).toBeGreaterThan(30);
  });
});
