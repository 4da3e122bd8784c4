// Steps 1 and 2 at function level (PROFILE §2): readCredentialUrl, decodeCredentialValue and
// the strict base64 of core/bytes.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeBase64Strict, encodeBase64Url } from '../../core/bytes';
import { decodeCredentialValue, parseCredentialUrl, readCredentialUrl } from '../../core/url';
import { strictBase64AgreesWithReference } from '../helpers/base64-differential';

const HOSTS = ['https://dqcv.example.jp', 'https://xn--eckwd4c7c.jp'];
const read = (url: string) => readCredentialUrl(url, HOSTS);
const bytes = (...b: number[]) => Uint8Array.from(b);

describe('strict base64 (both alphabets, padding, final bits)', () => {
  it.each([
    ['', bytes()],
    ['AA', bytes(0)],
    ['AA==', bytes(0)],
    ['AQ', bytes(1)],
    ['AAE', bytes(0, 1)],
    ['AAE=', bytes(0, 1)],
    ['AAAA', bytes(0, 0, 0)],
    ['-_-_', bytes(0xfb, 0xff, 0xbf)],
    ['+/+/', bytes(0xfb, 0xff, 0xbf)],
    ['-w', bytes(0xfb)],
  ])('%j decodes', (text, expected) => expect(decodeBase64Strict(text)).toEqual(expected));
  it.each([
    ['a lone character', 'A'],
    ['five characters', 'AAAAA'],
    ['one "=" where two are due', 'AA='],
    ['three "="', 'AA==='],
    ['two "=" where one is due', 'AAE=='],
    ['padding on a full quantum', 'AAAA='],
    ['padding alone', '===='],
    ['"=" inside', 'AA=A'],
    ['non-zero final bits (4 unused)', 'AB'],
    ['non-zero final bits (2 unused)', 'AAF'],
    ['mixed alphabets "-" and "+"', '-+AA'],
    ['mixed alphabets "_" and "/"', 'AA_/'],
    ['a space', 'AA AA'],
    ['a newline', 'AAAA\nAAAA'],
    ['a full-width letter', 'ＡＡ'],
    ['a "."', 'AA.A'],
  ])('rejects %s (%j)', (_, text) => expect(decodeBase64Strict(text)).toBeNull());

  it('decodes what each alphabet encodes, padded or not', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 80 }), (b) => {
        const buf = Buffer.from(b);
        for (const text of [
          encodeBase64Url(b),
          buf.toString('base64'),
          buf.toString('base64').replace(/=+$/, ''),
        ]) {
          expect(decodeBase64Strict(text)).toEqual(b);
        }
        expect(encodeBase64Url(b)).toBe(buf.toString('base64url'));
      }),
    );
  });
  it('the strict decoder agrees with the reference decoder', () => strictBase64AgreesWithReference());

  it('accepts a text only in its one canonical spelling (per alphabet, padding optional)', () => {
    const chars = 'AB+/-_=Qw'.split('');
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...chars), { maxLength: 12 }), (cs) => {
        const text = cs.join('');
        const out = decodeBase64Strict(text);
        if (out === null) return;
        const std = Buffer.from(out).toString('base64');
        const url = Buffer.from(out).toString('base64url');
        expect([
          std,
          std.replace(/=+$/, ''),
          url,
          `${url}${'='.repeat((4 - (url.length % 4)) % 4)}`,
        ]).toContain(text);
      }),
    );
  });
});

describe('readCredentialUrl (step 1): the raw value of the one c parameter', () => {
  it.each([
    ['the issuer form', 'https://dqcv.example.jp/w/?c=abc', 'abc'],
    ['path /w', 'https://dqcv.example.jp/w?c=abc', 'abc'],
    ['a serialised path /./w/', 'https://dqcv.example.jp/./w/?c=abc', 'abc'],
    ['backslashes (WHATWG treats them as "/")', 'https://dqcv.example.jp\\w\\?c=abc', 'abc'],
    ['the value left percent-encoded', 'https://dqcv.example.jp/w/?c=%41%2B', '%41%2B'],
    ['other parameters and a fragment', 'https://dqcv.example.jp/w/?a=1&c=abc&b#c=zzz', 'abc'],
    ['"=" inside the value', 'https://dqcv.example.jp/w/?c=ab=c', 'ab=c'],
    ['";" is not a separator', 'https://dqcv.example.jp/w/?c=abc;d=1', 'abc;d=1'],
    ['"?" inside the query', 'https://dqcv.example.jp/w/?x=?&c=abc', 'abc'],
    ['the default port', 'https://dqcv.example.jp:443/w/?c=abc', 'abc'],
    ['an upper-case scheme and host', 'HTTPS://DQCV.EXAMPLE.JP/w/?c=abc', 'abc'],
    ['an IDN host (serialised as punycode)', 'https://ドメイン.jp/w/?c=abc', 'abc'],
    ['an @ in the query', 'https://dqcv.example.jp/w/?c=abc&m=a@b', 'abc'],
  ])('%s', (_, url, value) => expect(read(url)).toMatchObject({ ok: true, value }));

  it('marks the issuer form as base64url only, and nothing else', () => {
    expect(read('https://dqcv.example.jp/w/?c=ab-_09')).toEqual({
      ok: true,
      value: 'ab-_09',
      base64url: true,
    });
    expect(read('https://dqcv.example.jp/w?c=abc')).toEqual({ ok: true, value: 'abc' });
    expect(read('https://dqcv.example.jp/w/?c=ab+c')).toEqual({ ok: true, value: 'ab+c' });
  });

  it.each([
    ['a fragment before the query', 'https://dqcv.example.jp/w/#x?c=abc', 'MALFORMED_URL'],
    ['c only in the fragment', 'https://dqcv.example.jp/w/?a=1#&c=abc', 'MALFORMED_URL'],
    ['%63 is not c', 'https://dqcv.example.jp/w/?%63=abc', 'MALFORMED_URL'],
    ['cc is not c', 'https://dqcv.example.jp/w/?cc=abc', 'MALFORMED_URL'],
    ['c twice, once empty', 'https://dqcv.example.jp/w/?c=&c=abc', 'MALFORMED_URL'],
    ['path /W/', 'https://dqcv.example.jp/W/?c=abc', 'MALFORMED_URL'],
    ['path /w//', 'https://dqcv.example.jp/w//?c=abc', 'MALFORMED_URL'],
    ['path /w@/ (an @ in the path is not userinfo)', 'https://dqcv.example.jp/w@/?c=abc', 'MALFORMED_URL'],
    ['path //w/', 'https://dqcv.example.jp//w/?c=abc', 'MALFORMED_URL'],
    ['a leading newline', '\nhttps://dqcv.example.jp/w/?c=abc', 'MALFORMED_URL'],
    ['a trailing NUL', 'https://dqcv.example.jp/w/?c=abc\u0000', 'MALFORMED_URL'],
    ['userinfo before a backslash', 'https://u@dqcv.example.jp\\w/?c=abc', 'UNTRUSTED_HOST'],
    ['an @ after backslashes', 'https:\\\\u@dqcv.example.jp/w/?c=abc', 'UNTRUSTED_HOST'],
    ['a host not in the list', 'https://dqcv.example.jp.evil.jp/w/?c=abc', 'UNTRUSTED_HOST'],
    ['a trailing dot on the host', 'https://dqcv.example.jp./w/?c=abc', 'UNTRUSTED_HOST'],
  ])('%s → %s', (_, url, code) => expect(read(url)).toEqual({ ok: false, code }));

  it('the issuer-form shortcut agrees with the WHATWG parser on texts near that form', () => {
    // Prefixes and characters chosen to sit on both sides of the shortcut's conditions.
    const prefixes = [
      ...HOSTS.map((h) => `${h}/w/?c=`),
      'https://dqcv.example.jp/w?c=',
      'https://dqcv.example.jp.evil.jp/w/?c=',
      'https://dqcv.example.jp:443/w/?c=',
      'https://u@dqcv.example.jp/w/?c=',
      'https://dqcv.example.jp/w/?cc=',
      '',
    ];
    const chars = [...'AZaz09-_+/=%&#?@ .\\\t\n', 'あ'];
    fc.assert(
      fc.property(
        fc.constantFrom(...prefixes),
        fc.array(fc.constantFrom(...chars), { maxLength: 16 }),
        fc.array(fc.constantFrom(...chars), { maxLength: 3 }),
        (prefix, body, tail) => {
          const url = prefix + body.join('') + tail.join('');
          const { base64url, ...reading } = { base64url: undefined, ...read(url) };
          expect(reading).toEqual(parseCredentialUrl(url, HOSTS));
          // The flag lets step 2 skip its own checks: it must give the bytes step 2 would.
          if (base64url && reading.ok) {
            expect(reading.value).toMatch(/^[A-Za-z0-9_-]+$/);
            expect(decodeCredentialValue(reading.value, true)).toEqual(decodeCredentialValue(reading.value));
          }
        },
      ),
      { numRuns: 5000 },
    );
  });

  it('counts UTF-8 bytes, not characters', () => {
    const base = 'https://dqcv.example.jp/w/?c=abc&x=';
    const fits = base + 'あ'.repeat(Math.floor((2331 - base.length) / 3));
    expect(read(fits).ok).toBe(true);
    expect(read(`${fits}ab`).ok).toBe(new TextEncoder().encode(`${fits}ab`).length <= 2331);
    expect(read(`${fits}あ`)).toEqual({ ok: false, code: 'MALFORMED_URL' });
  });
});

describe('decodeCredentialValue (step 2)', () => {
  it.each([
    ['percent-decoded once', '%41%41', bytes(0)],
    ['spaces (decoded or literal) become "+"', '%20/ /', bytes(0xfb, 0xff, 0xbf)],
    ['"+" stays "+" (no form decoding)', '+/+/', bytes(0xfb, 0xff, 0xbf)],
    ['padding percent-encoded', 'AA%3D%3D', bytes(0)],
    ['lower-case hex digits', '%2b/%2b/', bytes(0xfb, 0xff, 0xbf)],
  ])('%s', (_, raw, expected) => expect(decodeCredentialValue(raw)).toEqual(expected));
  it.each([
    ['"%2541" is "%41" after one decoding', '%2541%2541'],
    ['an invalid percent sequence stays and is not base64', 'AA%zz'],
    ['percent-encoded invalid UTF-8', '%F0%9F'],
    ['a decoded non-ASCII character', '%C3%A9AA'],
    ['nothing', ''],
    ['only padding', '%3D%3D'],
    ['1,701 bytes', encodeBase64Url(new Uint8Array(1701))],
  ])('rejects %s', (_, raw) => expect(decodeCredentialValue(raw)).toBeNull());
  it('accepts 1,700 bytes', () => {
    expect(decodeCredentialValue(encodeBase64Url(new Uint8Array(1700)))).toHaveLength(1700);
  });
});
