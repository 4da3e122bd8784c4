// RC4 against published vectors: the classic three (key/plaintext/ciphertext) and RFC 6229's
// keystream for the 40-bit key 0x0102030405 (the key size of PDF's revision 2).
import { describe, expect, it } from 'vitest';
import { rc4 } from '../../../reading/pdf/rc4';

const latin1 = (s: string) => new Uint8Array(Buffer.from(s, 'latin1'));
const hex = (b: Uint8Array) => Buffer.from(b).toString('hex');

describe('rc4', () => {
  it.each([
    ['Key', 'Plaintext', 'bbf316e8d940af0ad3'],
    ['Wiki', 'pedia', '1021bf0420'],
    ['Secret', 'Attack at dawn', '45a01f645fc35b383552544b9bf5'],
  ])('key %s, plaintext %s', (key, plaintext, ciphertext) => {
    expect(hex(rc4(latin1(key), latin1(plaintext)))).toBe(ciphertext);
    expect(Buffer.from(rc4(latin1(key), Buffer.from(ciphertext, 'hex'))).toString('latin1')).toBe(plaintext);
  });

  it('RFC 6229: the keystream of the 40-bit key 0102030405, offset 0', () => {
    expect(hex(rc4(Buffer.from('0102030405', 'hex'), new Uint8Array(16)))).toBe(
      'b2396305f03dc027ccc3524a0a1118a8',
    );
  });
});
