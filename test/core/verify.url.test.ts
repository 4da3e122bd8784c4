// Reason codes of steps 1 and 2 (PROFILE §2): MALFORMED_URL, UNTRUSTED_HOST, MALFORMED_ENCODING.
import { beforeAll, describe, expect, it } from 'vitest';
import { encodeBase64Url } from '../../core/bytes';
import { rfc3339 } from '../../core/credential-view';
import { context, NOW, ORIGIN } from '../helpers/world';
import { flow, run, steps } from './support/result';
import { expectInvalid, type Sample, sampleWorld } from './support/shared-world';
import { hex, urlOf } from './support/tokens';

let s: Sample;
beforeAll(async () => {
  s = await sampleWorld();
});
const at = (value: string) => `${ORIGIN}/w/?c=${value}`;
const check = (url: string) => run(url, context(s.world));

describe('a genuine credential', () => {
  it('is valid: 11 checks pass, credential and statusCheckedAt present', async () => {
    const r = await check(urlOf(s.token));
    expect(r).toMatchObject({ verdict: 'valid', reasons: [], trustListSeq: 1 });
    expect(flow(r)).toBe(steps('P*11'));
    expect(r.statusCheckedAt).toBe(rfc3339(NOW - 600));
    expect(r.statusCheckedAt).toBe('2026-09-21T14:03:20Z');
    expect(r.credential).toMatchObject({ iss: 'jp.example.mhlw', signer: '厚生労働省（テスト）' });
  });

  const variants: [string, () => string][] = [
    ['path /w', () => `${ORIGIN}/w?c=${s.b64}`],
    ['other parameters and a fragment', () => `${ORIGIN}/w/?x=1&c=${s.b64}&y#c=zz`],
    ['an upper-case host (its serialised origin matches)', () => `https://DQCV.Example.JP/w/?c=${s.b64}`],
    ['an @ in the query', () => `${ORIGIN}/w/?c=${s.b64}&m=a@b`],
    [
      'every character percent-encoded once',
      () => at([...s.b64].map((c) => `%${c.charCodeAt(0).toString(16)}`).join('')),
    ],
    ['standard base64 with padding', () => at(Buffer.from(s.token).toString('base64'))],
    [
      'standard base64, "+" sent as %20 (space becomes "+")',
      () => at(Buffer.from(s.token).toString('base64').replaceAll('+', '%20')),
    ],
    [
      'exactly 2,331 bytes of URL',
      () => `${urlOf(s.token)}&p=${'a'.repeat(2331 - urlOf(s.token).length - 3)}`,
    ],
  ];
  it.each(variants)('is valid with %s', async (_, make) => {
    const url = make();
    expect(new TextEncoder().encode(url).length).toBeLessThanOrEqual(2331);
    expect((await check(url)).verdict).toBe('valid');
  });

  it('accepts a high-S signature (PROFILE §1)', async () => {
    const n = BigInt('0xFFFFFFFF00000000FFFFFFFFFFFFFFFFBCE6FAADA7179E84F3B9CAC2FC632551');
    const sig = s.token.subarray(s.token.length - 32);
    const low = BigInt(`0x${Buffer.from(sig).toString('hex')}`);
    const flipped = Uint8Array.from(s.token);
    flipped.set(hex((n - low).toString(16).padStart(64, '0')), s.token.length - 32);
    expect((await check(urlOf(flipped))).verdict).toBe('valid');
  });
});

describe('MALFORMED_URL (step 1)', () => {
  const cases: [string, () => string][] = [
    ['path /x/', () => `${ORIGIN}/x/?c=${s.b64}`],
    ['path /w/x', () => `${ORIGIN}/w/x?c=${s.b64}`],
    ['two c parameters', () => `${ORIGIN}/w/?c=${s.b64}&c=${s.b64}`],
    ['an empty c', () => `${ORIGIN}/w/?c=`],
    ['c without "="', () => `${ORIGIN}/w/?c&x=${s.b64}`],
    ['no query', () => `${ORIGIN}/w/`],
    ['"#" before the first "?"', () => `${ORIGIN}/w/#?c=${s.b64}`],
    ['%63= (names are compared undecoded)', () => `${ORIGIN}/w/?%63=${s.b64}`],
    ['C= (case-sensitive)', () => `${ORIGIN}/w/?C=${s.b64}`],
    ['2,332 bytes', () => `${urlOf(s.token)}&p=${'a'.repeat(2332 - urlOf(s.token).length - 3)}`],
    ['over 2,331 bytes of UTF-8 in fewer characters', () => `${urlOf(s.token)}&p=${'あ'.repeat(700)}`],
    ['a leading space (no trimming)', () => ` ${urlOf(s.token)}`],
    ['a trailing space', () => `${urlOf(s.token)} `],
    ['a tab inside', () => urlOf(s.token).replace('/w/', '/w/\t')],
    ['a newline inside the value', () => `${urlOf(s.token).slice(0, 60)}\n${urlOf(s.token).slice(60)}`],
    ['not a URL', () => 'hello'],
    ['a scheme and nothing else', () => 'https://'],
    ['the empty string', () => ''],
  ];
  it.each(cases)('%s', async (_, make) => {
    const r = await expectInvalid(make(), context(s.world), 'MALFORMED_URL', 'MALFORMED_URL S*9 P');
    expect(r.credential).toBeUndefined();
  });
});

describe('UNTRUSTED_HOST (step 1)', () => {
  const cases: [string, () => string][] = [
    ['a URL with an opaque origin', () => `dqc:w/?c=${s.b64}`],
    ['another host', () => `https://dqcv.example.com/w/?c=${s.b64}`],
    ['http instead of https', () => `http://dqcv.example.jp/w/?c=${s.b64}`],
    ['another port', () => `https://dqcv.example.jp:8443/w/?c=${s.b64}`],
    ['userinfo', () => `https://user@dqcv.example.jp/w/?c=${s.b64}`],
    ['userinfo with a password', () => `https://user:pw@dqcv.example.jp/w/?c=${s.b64}`],
    ['an empty userinfo "@" (dropped by the WHATWG parser)', () => `https://@dqcv.example.jp/w/?c=${s.b64}`],
    ['":@" (dropped by the WHATWG parser)', () => `https://:@dqcv.example.jp/w/?c=${s.b64}`],
    ['the trusted host as userinfo', () => `https://dqcv.example.jp@evil.example/w/?c=${s.b64}`],
    ['userinfo with a bad path (the host rule comes first)', () => `https://u@dqcv.example.jp/x/?c=${s.b64}`],
  ];
  it.each(cases)('%s', async (_, make) => {
    await expectInvalid(make(), context(s.world), 'UNTRUSTED_HOST', 'UNTRUSTED_HOST S*9 P');
  });
});

describe('MALFORMED_ENCODING (step 2)', () => {
  const mixed = () => {
    const i = s.b64.search(/[-_]/);
    return at(`${s.b64.slice(0, i)}${s.b64[i] === '-' ? '+' : '/'}${s.b64.slice(i + 1)}`);
  };
  const finalBits = () => {
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
    const last = alphabet.indexOf(s.b64.at(-1) as string);
    return at(`${s.b64.slice(0, -1)}${alphabet[last | 1]}`);
  };
  const cases: [string, () => string][] = [
    ['mixed alphabets (one "-" or "_" turned standard)', mixed],
    ['padding where the length needs none', () => at(`${s.b64}${s.b64.length % 4 === 0 ? '=' : '==='}`)],
    ['padding of the wrong length', () => at(`${s.b64}${s.b64.length % 4 === 2 ? '=' : '=='}`)],
    ['non-zero unused final bits', finalBits],
    ['a character outside both alphabets', () => at(`${s.b64.slice(0, 10)}*${s.b64.slice(11)}`)],
    ['"%2541" (decoded once it is "%41")', () => at(`%2541${s.b64.slice(1)}`)],
    ['percent-encoded invalid UTF-8', () => at(`%FF${s.b64}`)],
    ['1,701 decoded bytes', () => at(encodeBase64Url(new Uint8Array(1701)))],
  ];
  it('preconditions: the token leaves unused bits and has both "-"/"_" twice', () => {
    expect(s.token.length % 3).not.toBe(0);
    expect((s.b64.match(/[-_]/g) ?? []).length).toBeGreaterThanOrEqual(2);
  });
  it.each(cases)('%s', async (_, make) => {
    await expectInvalid(make(), context(s.world), 'MALFORMED_ENCODING', 'P MALFORMED_ENCODING S*8 P');
  });
  it('1,700 decoded bytes pass step 2 (and fail step 3)', async () => {
    const url = at(encodeBase64Url(new Uint8Array(1700)));
    await expectInvalid(url, context(s.world), 'MALFORMED_COSE', 'P P MALFORMED_COSE S*7 P');
  });
});
