// The verifier's own encodings (PROFILE §8.3, §8.4), byte for byte: deterministic CBOR with
// shortest heads and keys sorted by their encoded bytes (RFC 8949 §4.2.1).
import { describe, expect, it } from 'vitest';
import { fromHex, toHex } from '../../../core/bytes';
import { dqcRequest, mncRequest } from '../../../core/mdoc/doctypes';
import {
  dcapiInfoBytes,
  deviceAuthenticationBytes,
  deviceRequestBytes,
  encryptionInfoBytes,
  itemsRequestBytes,
  sessionTranscriptBytes,
} from '../../../core/mdoc/encodings';

const ascii = (s: string) => toHex(new TextEncoder().encode(s));
const hex = (h: string) => h.replace(/\s+/g, '');

describe('EncryptionInfo (§8.3)', () => {
  it('is ["dcapi", {"nonce", "recipientPublicKey": {1: 2, -1: 1, -2: x, -3: y}}], label 3 absent', () => {
    const nonce = new Uint8Array(16).fill(0x33);
    const x = new Uint8Array(32).fill(0x11);
    const y = new Uint8Array(32).fill(0x22);
    const expected = hex(`
      82 65 ${ascii('dcapi')}
      a2 65 ${ascii('nonce')} 50 ${'33'.repeat(16)}
         72 ${ascii('recipientPublicKey')} a4 01 02 20 01 21 58 20 ${'11'.repeat(32)} 22 58 20 ${'22'.repeat(32)}`);
    expect(toHex(encryptionInfoBytes(nonce, x, y))).toBe(expected);
  });
});

describe('DeviceRequest and ItemsRequest (§8.3)', () => {
  it('version "1.0", one DocRequest whose itemsRequest is #6.24 of the ItemsRequest', () => {
    const request = { docType: 'd', nameSpaces: { n: { b: false, a: true } } };
    const items = hex(
      `a2 67 ${ascii('docType')} 61 64 6a ${ascii('nameSpaces')} a1 61 6e a2 61 61 f5 61 62 f4`,
    );
    expect(toHex(itemsRequestBytes(request))).toBe(items);
    const length = items.length / 2;
    expect(toHex(deviceRequestBytes(request))).toBe(
      hex(`a2 67 ${ascii('version')} 63 ${ascii('1.0')} 6b ${ascii('docRequests')}
           81 a1 6c ${ascii('itemsRequest')} d8 18 58 ${length.toString(16)} ${items}`),
    );
  });

  it('the My Number Card request holds exactly §8.1’s four elements, intentToRetain false', () => {
    expect(mncRequest()).toEqual({
      docType: 'org.iso.23220.1.jp.mnc',
      nameSpaces: {
        'org.iso.23220.1': { family_name_unicode: false, given_name_unicode: false, birth_date: false },
        'org.iso.23220.1.jp': { full_name_unicode: false },
      },
    });
  });

  it('the dqc request: every element but portrait; portrait in the second call; a record retains five', () => {
    const elements = (r: ReturnType<typeof dqcRequest>) => r.nameSpaces['jp.go.nqs.dqc.1'] ?? {};
    const plain = elements(dqcRequest());
    expect(Object.keys(plain)).toEqual([
      'qualification_code',
      'qualification_name',
      'name',
      'name_kana',
      'birth_date',
      'registration_number',
      'registration_date',
      'issuing_body',
      'grant_date',
      'other_items',
    ]);
    expect(Object.values(plain).every((v) => v === false)).toBe(true);
    expect(elements(dqcRequest({ portrait: true })).portrait).toBe(false);
    const record = elements(dqcRequest({ forRecord: true }));
    expect(Object.keys(record).filter((k) => record[k])).toEqual([
      'qualification_code',
      'qualification_name',
      'name',
      'registration_number',
      'issuing_body',
    ]);
  });
});

describe('DCAPIInfo and SessionTranscript (§8.4)', () => {
  it('DCAPIInfo = [encryptionInfo, origin]', () => {
    expect(toHex(dcapiInfoBytes('AB', 'https://a.example'))).toBe(
      hex(`82 62 ${ascii('AB')} 71 ${ascii('https://a.example')}`),
    );
  });

  it('SessionTranscript = [null, null, ["dcapi", SHA-256(DCAPIInfo)]]', async () => {
    const info = 'AB';
    const origin = 'https://a.example';
    const hash = new Uint8Array(
      await crypto.subtle.digest('SHA-256', dcapiInfoBytes(info, origin) as BufferSource),
    );
    expect(toHex(await sessionTranscriptBytes(info, origin))).toBe(
      hex(`83 f6 f6 82 65 ${ascii('dcapi')} 58 20 ${toHex(hash)}`),
    );
  });
});

describe('DeviceAuthenticationBytes (§8.4)', () => {
  it('embeds SessionTranscript and DeviceNameSpacesBytes as given, then wraps in #6.24', () => {
    const transcript = fromHex('83f6f6820102'); // any bytes: embedded as they are
    const nameSpaces = fromHex('d81841a0');
    const inner = hex(`84 74 ${ascii('DeviceAuthentication')} 83f6f6820102 61 64 d81841a0`);
    expect(toHex(deviceAuthenticationBytes(transcript, 'd', nameSpaces))).toBe(
      hex(`d8 18 58 ${(inner.length / 2).toString(16)} ${inner}`),
    );
  });
});
