// makeWalletRequest (PROFILE §8.3): a fresh non-extractable P-256 key pair and a fresh 16-byte
// nonce per call, the `digital.requests[0]` object, and a private key handed out once.
import { describe, expect, it } from 'vitest';
import { decodeBase64Strict, toHex } from '../../../core/bytes';
import type { CborValue } from '../../../core/cbor/decode';
import { decodeMdoc, EmbeddedCbor } from '../../../core/mdoc/cbor';
import { dqcRequest } from '../../../core/mdoc/doctypes';
import { callFromJwk, makeWalletRequest } from '../../../core/mdoc/wallet-request';
import { ORIGIN } from './support/clock';

const decode = (b64u: string) => decodeMdoc(decodeBase64Strict(b64u) as Uint8Array);

describe('makeWalletRequest', () => {
  it('builds the org-iso-mdoc request from the call’s own key and nonce', async () => {
    const req = dqcRequest();
    const { request, call } = await makeWalletRequest(req.docType, req.nameSpaces, ORIGIN);
    expect(request.protocol).toBe('org-iso-mdoc');
    expect(Object.keys(request.data)).toEqual(['deviceRequest', 'encryptionInfo']);
    expect(request.data.encryptionInfo).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(call.encryptionInfo).toBe(request.data.encryptionInfo);
    expect(call.origin).toBe(ORIGIN);
    const [tag, body] = decode(request.data.encryptionInfo) as [string, Map<string, CborValue>];
    expect(tag).toBe('dcapi');
    const nonce = body.get('nonce') as Uint8Array;
    const key = body.get('recipientPublicKey') as Map<number, CborValue>;
    expect(nonce).toHaveLength(16);
    expect([...key.keys()]).toEqual([1, -1, -2, -3]);
    expect(toHex(Uint8Array.from([4, ...(key.get(-2) as Uint8Array), ...(key.get(-3) as Uint8Array)]))).toBe(
      toHex(call.publicKey),
    );
    const deviceRequest = decode(request.data.deviceRequest) as Map<string, CborValue>;
    expect(deviceRequest.get('version')).toBe('1.0');
    const [docRequest] = deviceRequest.get('docRequests') as Map<string, CborValue>[];
    const embedded = docRequest?.get('itemsRequest');
    expect(embedded).toBeInstanceOf(EmbeddedCbor);
    const items = (embedded as EmbeddedCbor).item as Map<string, CborValue>;
    expect(items.get('docType')).toBe(req.docType);
    expect(call.requests).toEqual([req]);
  });

  it('each call has a fresh key and nonce; the private key is non-extractable and handed out once', async () => {
    const a = await makeWalletRequest('d', { n: { e: false } }, ORIGIN);
    const b = await makeWalletRequest('d', { n: { e: false } }, ORIGIN);
    expect(a.request.data.encryptionInfo).not.toBe(b.request.data.encryptionInfo);
    expect(toHex(a.call.publicKey)).not.toBe(toHex(b.call.publicKey));
    const key = a.call.takeKey();
    expect(key?.extractable).toBe(false);
    expect(key?.type).toBe('private');
    await expect(crypto.subtle.exportKey('jwk', key as CryptoKey)).rejects.toThrow();
    expect(a.call.takeKey()).toBeNull();
  });
});

describe('callFromJwk (the CLI’s --recipient-key)', () => {
  it('imports a P-256 JWK with d; refuses one without', async () => {
    const pair = (await crypto.subtle.generateKey({ name: 'ECDH', namedCurve: 'P-256' }, true, [
      'deriveBits',
    ])) as CryptoKeyPair;
    const jwk = await crypto.subtle.exportKey('jwk', pair.privateKey);
    const call = await callFromJwk(jwk, 'info', ORIGIN, [dqcRequest()]);
    const raw = new Uint8Array(await crypto.subtle.exportKey('raw', pair.publicKey));
    expect(toHex(call?.publicKey ?? new Uint8Array())).toBe(toHex(raw));
    expect(call?.takeKey()).not.toBeNull();
    const { d: _, ...publicOnly } = jwk;
    expect(await callFromJwk(publicOnly, 'info', ORIGIN, [])).toBeNull();
  });
});
