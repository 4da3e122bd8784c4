// The pre-flight's AES against node:crypto (OpenSSL): CBC decryption with PDF's IV-first layout
// and PKCS #5 padding, for 128- and 256-bit keys and every length from 0 to 64 bytes; CBC
// encryption without padding (algorithm 2.B); and pdf.js's leniency, which WebCrypto lacks: a
// badly padded last block is kept whole, a trailing partial block is dropped.
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { aesCbcDecrypt, aesCbcDecryptBlocks, aesCbcEncrypt } from '../../../reading/pdf/aes';

function openssl(key: Buffer, iv: Buffer, data: Uint8Array, pad: boolean, decrypt = false): Buffer {
  const cipher = (decrypt ? createDecipheriv : createCipheriv)(`aes-${key.length * 8}-cbc`, key, iv);
  cipher.setAutoPadding(pad);
  return Buffer.concat([cipher.update(data), cipher.final()]);
}

describe.each([128, 256])('AES-%i-CBC', (bits) => {
  it('decrypts what OpenSSL encrypted (IV first, PKCS #5 padding), 0 to 64 bytes', () => {
    for (let length = 0; length <= 64; length++) {
      const key = randomBytes(bits / 8);
      const iv = randomBytes(16);
      const plain = randomBytes(length);
      const stream = Buffer.concat([iv, openssl(key, iv, plain, true)]);
      expect(Buffer.from(aesCbcDecrypt(key, stream)).equals(plain), `${length} bytes`).toBe(true);
    }
  });

  it('encrypts and decrypts whole blocks without padding as OpenSSL does', () => {
    for (let blocks = 1; blocks <= 8; blocks++) {
      const key = randomBytes(bits / 8);
      const iv = randomBytes(16);
      const data = randomBytes(16 * blocks);
      const ciphertext = openssl(key, iv, data, false);
      expect(Buffer.from(aesCbcEncrypt(key, iv, data)).equals(ciphertext)).toBe(true);
      expect(Buffer.from(aesCbcDecryptBlocks(key, iv, ciphertext)).equals(data)).toBe(true);
    }
  });

  it('reads damaged data as pdf.js does: bad padding kept, a partial block and a short stream dropped', () => {
    const key = randomBytes(bits / 8);
    const iv = randomBytes(16);
    const blocks = randomBytes(32);
    blocks[31] = 0x41; // not a padding length
    const stream = Buffer.concat([iv, openssl(key, iv, blocks, false)]);
    expect(Buffer.from(aesCbcDecrypt(key, stream)).equals(blocks)).toBe(true);
    expect(Buffer.from(aesCbcDecrypt(key, Buffer.concat([stream, randomBytes(5)]))).equals(blocks)).toBe(
      true,
    );
    expect(aesCbcDecrypt(key, iv.subarray(0, 15))).toHaveLength(0);
  });
});
