// Wallet verification end to end in the DC API mode (PROFILE §8.3–§8.6): a dqc and an mnc mdoc
// through makeWalletRequest → holder → verifyWalletResponse, the result's JSON shape, and what
// happens without a trust list or with a second open.
import { beforeAll, describe, expect, it } from 'vitest';
import { Tagged } from '../../../core/cbor/decode';
import { encodeCbor } from '../../../core/cbor/encode';
import { dqcRequest, mncRequest } from '../../../core/mdoc/doctypes';
import { verifyDeviceResponse, verifyWalletResponse } from '../../../core/mdoc/verify-wallet';
import { callFromJwk, makeWalletRequest } from '../../../core/mdoc/wallet-request';
import {
  deviceResponseBytes,
  deviceSigned,
  documentOf,
  transcriptValue,
} from '../../../wallet-sim/device-signed';
import { sealResponse } from '../../../wallet-sim/seal';
import { ORIGIN, STATUS_URI } from './support/clock';
import { STEP_NAMES } from './support/invariants';
import { fullDate, issueMdoc } from './support/issuer';
import { ecKeys } from './support/pki';
import { checkLine, DQC_VALUES, runScenario } from './support/scenario';
import { DQC, IACA_NAME, MNC, makeWalletWorld, statusList, type WalletWorld } from './support/world';

let world: WalletWorld;
beforeAll(async () => {
  world = await makeWalletWorld();
  world.statusLists.push(statusList({ 7: 0 }));
});

const ALL_PASS = Array.from({ length: 14 }, (_, i) => `${i + 1}:pass`);

describe('a valid presentation', () => {
  it('dqc: valid, every step passes, mdoc holds the requested elements as JSON', async () => {
    const { results } = await runScenario(world, {
      elements: {
        [DQC]: {
          ...DQC_VALUES[DQC],
          grant_date: fullDate('2015-04-01'),
          other_items: new Map([['条件', '眼鏡等']]),
        },
      },
    });
    expect(results).toHaveLength(1);
    const [r] = results;
    expect(r?.verdict).toBe('valid');
    expect(r?.reasons).toEqual([]);
    expect(checkLine(r)).toEqual(ALL_PASS);
    expect(r?.checks.map((c) => c.name)).toEqual(STEP_NAMES);
    expect(r?.mdoc?.elements).toEqual({
      [DQC]: {
        qualification_code: 1,
        qualification_name: '介護福祉士',
        name: '山田 花子',
        name_kana: 'ヤマダ ハナコ',
        birth_date: '1990-04-01',
        registration_number: '123456',
        registration_date: '2015-05-01',
        issuing_body: '公益財団法人社会福祉振興・試験センター',
        grant_date: '2015-04-01',
        other_items: { 条件: '眼鏡等' },
      },
    });
    expect(r?.mdoc?.issuer).toBe(IACA_NAME);
    expect(r?.mdoc?.dsSerial).toBe('1a2b3c4d5e6f');
    expect(r?.mdoc?.status).toEqual({ idx: 7, uri: 'https://dqcv.example.jp/status/1' });
    expect(r?.mdoc?.signed).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/);
    expect(r?.statusCheckedAt).toBe(
      new Date((world.statusLists[0]?.iat ?? 0) * 1000).toISOString().replace('.000', ''),
    );
    expect(r?.trustListSeq).toBe(7);
  });

  it('the result’s members come in the profile’s order', async () => {
    const { results } = await runScenario(world);
    expect(Object.keys(results[0] ?? {})).toEqual([
      'docType',
      'verdict',
      'reasons',
      'checks',
      'mdoc',
      'statusCheckedAt',
      'trustListSeq',
    ]);
    expect(Object.keys(results[0]?.mdoc ?? {})).toEqual([
      'docType',
      'signed',
      'validFrom',
      'validUntil',
      'issuer',
      'dsSerial',
      'status',
      'elements',
    ]);
  });

  it('mnc: valid with step 13 skipped; names and birth date shown', async () => {
    const { results } = await runScenario(world, { docType: MNC });
    const [r] = results;
    expect(r?.verdict).toBe('valid');
    expect(checkLine(r)[12]).toBe('13:skipped');
    expect(r?.statusCheckedAt).toBeUndefined();
    expect(r?.mdoc?.elements).toEqual({
      'org.iso.23220.1': {
        family_name_unicode: '山田',
        given_name_unicode: '花子',
        birth_date: '1990-04-01',
      },
      'org.iso.23220.1.jp': { full_name_unicode: '山田　花子' },
    });
  });

  it('the portrait, requested in the second call, is shown as b64u', async () => {
    const portrait = Uint8Array.of(0xff, 0xd8, 0xff, 0xe0, 1, 2, 0xff, 0xd9);
    const { results } = await runScenario(world, {
      request: dqcRequest({ portrait: true }),
      elements: { [DQC]: { ...DQC_VALUES[DQC], portrait } },
    });
    expect(results[0]?.verdict).toBe('valid');
    expect(results[0]?.mdoc?.elements[DQC]?.portrait).toBe('_9j_4AEC_9k');
  });
});

describe('one call, one open', () => {
  it('a second verification of the same response with the same call: DECRYPT_FAILED', async () => {
    const { call, responseText, results } = await runScenario(world);
    expect(results[0]?.verdict).toBe('valid');
    const again = await verifyWalletResponse(responseText, call, world.ctx());
    expect(again).toHaveLength(1);
    expect(again[0]?.docType).toBeNull();
    expect(again[0]?.reasons).toEqual(['DECRYPT_FAILED']);
    expect(checkLine(again[0]).slice(0, 3)).toEqual(['1:pass', '2:fail:DECRYPT_FAILED', '3:skipped']);
  });

  it('a response replayed to a new call: DECRYPT_FAILED', async () => {
    const { responseText } = await runScenario(world);
    const req = dqcRequest();
    const { call } = await makeWalletRequest(req.docType, req.nameSpaces, ORIGIN);
    const results = await verifyWalletResponse(responseText, call, world.ctx());
    expect(results[0]?.reasons).toEqual(['DECRYPT_FAILED']);
    expect(results[0]?.verdict).toBe('invalid');
  });
});

describe('no verified trust list', () => {
  it('one result: docType null, indeterminate, TRUST_LIST_UNAVAILABLE, 14 skipped, trustListSeq null', async () => {
    const { results, call, responseText } = await runScenario(world, { ctx: { trustList: null } });
    expect(results).toEqual([
      {
        docType: null,
        verdict: 'indeterminate',
        reasons: ['TRUST_LIST_UNAVAILABLE'],
        checks: expect.any(Array),
        trustListSeq: null,
      },
    ]);
    expect(checkLine(results[0])).toEqual(Array.from({ length: 14 }, (_, i) => `${i + 1}:skipped`));
    // The call is over: its key was dropped, so it cannot open the response later.
    expect(call.takeKey()).toBeNull();
    expect((await verifyWalletResponse(responseText, call, world.ctx()))[0]?.reasons).toEqual([
      'DECRYPT_FAILED',
    ]);
  });
});

describe('plaintext mode (CLI --mdoc --session-transcript)', () => {
  async function plaintext() {
    const value = await transcriptValue('info', ORIGIN);
    const deviceKey = await ecKeys();
    const mdoc = await issueMdoc({
      docType: DQC,
      elements: DQC_VALUES,
      ds: world.ds,
      deviceKey,
      status: { idx: 7, uri: STATUS_URI },
    });
    const bytes = deviceResponseBytes([documentOf(mdoc, await deviceSigned(DQC, deviceKey, value))]);
    return { bytes, transcript: encodeCbor(value) };
  }

  it('steps 1–2 skipped; the requests of §8.1 apply without --request', async () => {
    const { bytes, transcript } = await plaintext();
    const [r] = await verifyDeviceResponse(bytes, transcript, world.ctx());
    expect(r?.verdict).toBe('valid');
    expect(checkLine(r)).toEqual(['1:skipped', '2:skipped', ...ALL_PASS.slice(2)]);
  });

  it('SessionTranscriptBytes (#6.24) are unwrapped; another transcript fails step 10', async () => {
    const { bytes, transcript } = await plaintext();
    const wrapped = encodeCbor(new Tagged(24, transcript));
    expect((await verifyDeviceResponse(bytes, wrapped, world.ctx()))[0]?.verdict).toBe('valid');
    const other = encodeCbor(await transcriptValue('other', ORIGIN));
    expect((await verifyDeviceResponse(bytes, other, world.ctx()))[0]?.reasons).toEqual([
      'DEVICE_AUTH_FAILED',
    ]);
  });

  it('--request for the card only: the dqc Document is DOCTYPE_NOT_REQUESTED', async () => {
    const { bytes, transcript } = await plaintext();
    const [r] = await verifyDeviceResponse(bytes, transcript, world.ctx(), { requests: [mncRequest()] });
    expect(r?.reasons).toEqual(['DOCTYPE_NOT_REQUESTED']);
  });

  it('--dcapi-response with --recipient-key: a call rebuilt from a JWK opens the response', async () => {
    const pair = (await crypto.subtle.generateKey({ name: 'ECDH', namedCurve: 'P-256' }, true, [
      'deriveBits',
    ])) as CryptoKeyPair;
    const jwk = await crypto.subtle.exportKey('jwk', pair.privateKey);
    const b = (s?: string) =>
      Uint8Array.from(atob((s ?? '').replace(/-/g, '+').replace(/_/g, '/')), (c) => c.charCodeAt(0));
    const { encryptionInfoBytes } = await import('../../../core/mdoc/encodings');
    const { encodeBase64Url } = await import('../../../core/bytes');
    const info = encodeBase64Url(encryptionInfoBytes(new Uint8Array(16), b(jwk.x), b(jwk.y)));
    const value = await transcriptValue(info, ORIGIN);
    const deviceKey = await ecKeys();
    const mdoc = await issueMdoc({
      docType: DQC,
      elements: DQC_VALUES,
      ds: world.ds,
      deviceKey,
      status: { idx: 7, uri: STATUS_URI },
    });
    const plain = deviceResponseBytes([documentOf(mdoc, await deviceSigned(DQC, deviceKey, value))]);
    const text = await sealResponse(plain, info, encodeCbor(value));
    const call = await callFromJwk(jwk, info, ORIGIN, [dqcRequest()]);
    if (!call) throw new Error('no call');
    expect((await verifyWalletResponse(text, call, world.ctx()))[0]?.verdict).toBe('valid');
    expect((await verifyWalletResponse(text, call, world.ctx()))[0]?.verdict).toBe('valid'); // a file, not one-shot
    const otherOrigin = await callFromJwk(jwk, info, 'https://other.example', [dqcRequest()]);
    expect(
      (await verifyWalletResponse(text, otherOrigin as NonNullable<typeof otherOrigin>, world.ctx()))[0]
        ?.reasons,
    ).toEqual(['DECRYPT_FAILED']);
  });
});
