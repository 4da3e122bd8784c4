// HPKE open of PROFILE §8.4 against @hpke/core as the sender (an independent implementation):
// single shot, empty aad, `info` = SessionTranscript bytes. (RFC 9180 A.3.1: test/conformance/mdoc.test.ts.)
import { Aes128Gcm, CipherSuite, DhkemP256HkdfSha256, HkdfSha256 } from '@hpke/core';
import { describe, expect, it } from 'vitest';
import { openAt, openBase, setupBaseRecipient } from '../../../core/mdoc/hpke';

const suite = new CipherSuite({
  kem: new DhkemP256HkdfSha256(),
  kdf: new HkdfSha256(),
  aead: new Aes128Gcm(),
});
const text = (s: string) => new TextEncoder().encode(s);

async function recipient() {
  const pair = (await crypto.subtle.generateKey({ name: 'ECDH', namedCurve: 'P-256' }, false, [
    'deriveBits',
  ])) as CryptoKeyPair;
  return { pair, point: new Uint8Array(await crypto.subtle.exportKey('raw', pair.publicKey)) };
}

async function seal(publicKey: CryptoKey, info: Uint8Array, plaintext: Uint8Array, aad?: Uint8Array) {
  const sealed = await suite.seal({ recipientPublicKey: publicKey, info }, plaintext, aad);
  return { enc: new Uint8Array(sealed.enc), ct: new Uint8Array(sealed.ct) };
}

describe('openBase (mode_base, single shot, empty aad)', () => {
  it('opens what @hpke/core sealed with the same info', async () => {
    const { pair, point } = await recipient();
    const info = text('session transcript');
    const { enc, ct } = await seal(pair.publicKey, info, text('DeviceResponse'));
    expect(new TextDecoder().decode(await openBase(pair.privateKey, point, enc, info, ct))).toBe(
      'DeviceResponse',
    );
  });

  it('fails with another info, another key, a changed ciphertext, a changed enc or a non-empty aad', async () => {
    const { pair, point } = await recipient();
    const other = await recipient();
    const info = text('transcript A');
    const { enc, ct } = await seal(pair.publicKey, info, text('x'));
    await expect(openBase(pair.privateKey, point, enc, text('transcript B'), ct)).rejects.toThrow();
    await expect(openBase(other.pair.privateKey, other.point, enc, info, ct)).rejects.toThrow();
    const flipped = ct.slice();
    flipped[0] = (flipped[0] as number) ^ 1;
    await expect(openBase(pair.privateKey, point, enc, info, flipped)).rejects.toThrow();
    const otherEnc = (await seal(pair.publicKey, info, text('x'))).enc;
    await expect(openBase(pair.privateKey, point, otherEnc, info, ct)).rejects.toThrow();
    const withAad = await seal(pair.publicKey, info, text('x'), text('aad'));
    await expect(openBase(pair.privateKey, point, withAad.enc, info, withAad.ct)).rejects.toThrow();
  });

  it('refuses an enc that is not a point of P-256', async () => {
    const { pair, point } = await recipient();
    const { enc, ct } = await seal(pair.publicKey, text('i'), text('x'));
    const offCurve = enc.slice();
    offCurve[64] = (offCurve[64] as number) ^ 1;
    await expect(openBase(pair.privateKey, point, offCurve, text('i'), ct)).rejects.toThrow();
  });

  it('the second message of a context needs seq 1 (openAt)', async () => {
    const { pair, point } = await recipient();
    const info = text('i');
    const sender = await suite.createSenderContext({ recipientPublicKey: pair.publicKey, info });
    const first = new Uint8Array(await sender.seal(text('one')));
    const second = new Uint8Array(await sender.seal(text('two')));
    const ctx = await setupBaseRecipient(pair.privateKey, point, new Uint8Array(sender.enc), info);
    expect(new TextDecoder().decode(await openAt(ctx, 0, new Uint8Array(0), first))).toBe('one');
    expect(new TextDecoder().decode(await openAt(ctx, 1, new Uint8Array(0), second))).toBe('two');
    await expect(openAt(ctx, 0, new Uint8Array(0), second)).rejects.toThrow();
  });
});
