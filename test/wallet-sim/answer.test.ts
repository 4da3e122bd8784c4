// The simulated wallet's answer (wallet-sim/answer.ts) against the verifier's own request and
// open (core/mdoc): only the requested elements, the items exactly as issued, DeviceAuthentication
// bound to the calling origin, HPKE to the request's key; and its misbehaving variants, which the
// verifier must refuse or treat as §8 says — never an exception, never 一致 where it must not be.
import { beforeAll, describe, expect, it } from 'vitest';
import { encodeBase64Url } from '../../core/bytes';
import { encodeCbor } from '../../core/cbor/encode';
import { decodeMdoc, type EmbeddedCbor } from '../../core/mdoc/cbor';
import { dqcRequest, mncRequest } from '../../core/mdoc/doctypes';
import { matchIdentity } from '../../core/mdoc/identity';
import type { WalletResult } from '../../core/mdoc/types';
import { verifyDeviceResponse, verifyWalletResponse } from '../../core/mdoc/verify-wallet';
import { makeWalletRequest } from '../../core/mdoc/wallet-request';
import { answerRequest, type ElementChoice, presentCard, WalletRequestError } from '../../wallet-sim/answer';
import type { WalletCard } from '../../wallet-sim/card';
import { cardFor } from '../core/mdoc/support/cards';
import { ORIGIN } from '../core/mdoc/support/clock';
import { DQC, MNC, makeWalletWorld, statusList, type WalletWorld } from '../core/mdoc/support/world';

let world: WalletWorld;
let mnc: WalletCard;
let dqc: WalletCard;

beforeAll(async () => {
  world = await makeWalletWorld();
  world.statusLists = [statusList({})];
  mnc = await cardFor(world, MNC);
  dqc = await cardFor(world, DQC);
});

async function round(card: WalletCard, elements: ElementChoice = 'requested', walletOrigin = ORIGIN) {
  const asked = card.docType === MNC ? mncRequest() : dqcRequest();
  const { request, call } = await makeWalletRequest(asked.docType, asked.nameSpaces, ORIGIN);
  const answer = await answerRequest(request.data, walletOrigin, card, { elements });
  const results = await verifyWalletResponse(answer.data.response, call, world.ctx());
  return { answer, call, results, result: results[0] as WalletResult };
}

const presentedIds = (deviceResponse: Uint8Array): string[] => {
  const top = decodeMdoc(deviceResponse) as Map<string, unknown>;
  const [doc] = top.get('documents') as [Map<string, unknown>];
  const ns = (doc.get('issuerSigned') as Map<string, unknown>).get('nameSpaces') as Map<
    string,
    EmbeddedCbor[]
  >;
  return [...ns.values()]
    .flat()
    .map((i) => (i.item as Map<string, string>).get('elementIdentifier') as string);
};

describe('answerRequest', () => {
  it('answers in the DC API credential shape, which the verifier opens and finds valid', async () => {
    const { answer, result } = await round(mnc);
    expect(answer.protocol).toBe('org-iso-mdoc');
    expect(answer.data.response).toMatch(/^[A-Za-z0-9_-]+$/);
    expect([result.verdict, result.reasons]).toEqual(['valid', []]);
    const dqcRun = await round(dqc);
    expect([dqcRun.result.verdict, dqcRun.result.docType]).toEqual(['valid', DQC]);
    expect(matchIdentity(dqcRun.result, result)).toEqual({ result: 'match' });
  });

  it('presents only the requested elements, as issued (the card also holds issuing_country)', async () => {
    const card = await cardFor(world, MNC, {
      'org.iso.23220.1': {
        family_name_unicode: '山田',
        given_name_unicode: '花子',
        birth_date: '1990-04-01',
        issuing_country: 'JP',
      },
    });
    const only = mncRequest();
    only.nameSpaces = { 'org.iso.23220.1': { family_name_unicode: false } };
    const { request } = await makeWalletRequest(only.docType, only.nameSpaces, ORIGIN);
    const plain = await presentCard(request.data, ORIGIN, card);
    expect(presentedIds(plain.deviceResponse)).toEqual(['family_name_unicode']);
    const all = await presentCard(request.data, ORIGIN, card, { elements: 'all' });
    expect(presentedIds(all.deviceResponse).sort()).toEqual([
      'birth_date',
      'family_name_unicode',
      'given_name_unicode',
      'issuing_country',
    ]);
  });

  it('signs over the SessionTranscript of the origin it is given: another origin is refused', async () => {
    const { result } = await round(mnc, 'requested', 'https://attacker.example');
    // HPKE info is the wallet's transcript: the open fails before anything is read.
    expect([result.docType, result.reasons]).toEqual([null, ['DECRYPT_FAILED']]);
    // Plaintext, with the verifier's transcript: the device signature does not verify.
    const { request, call } = await makeWalletRequest(MNC, mncRequest().nameSpaces, ORIGIN);
    const plain = await presentCard(request.data, 'https://attacker.example', mnc);
    const own = await presentCard(request.data, ORIGIN, mnc);
    const [r] = await verifyDeviceResponse(plain.deviceResponse, own.sessionTranscript, world.ctx(), {
      requests: call.requests,
    });
    expect(r?.reasons).toEqual(['DEVICE_AUTH_FAILED']);
  });

  it('is opened once: the same answer to the same call a second time is DECRYPT_FAILED', async () => {
    const { answer, call, result } = await round(mnc);
    expect(result.verdict).toBe('valid');
    const [again] = await verifyWalletResponse(answer.data.response, call, world.ctx());
    expect([again?.docType, again?.reasons]).toEqual([null, ['DECRYPT_FAILED']]);
  });

  it('variants: every element held → valid and match; no birth date → MNC_ELEMENTS_MISSING; an unsigned item → DIGEST_MISMATCH', async () => {
    const dqcResult = (await round(dqc)).result;
    const all = (await round(mnc, 'all')).result;
    expect(all.verdict).toBe('valid');
    expect(matchIdentity(dqcResult, all)).toEqual({ result: 'match' });
    const missing = (await round(mnc, 'no-birth-date')).result;
    expect(missing.verdict).toBe('valid');
    expect(matchIdentity(dqcResult, missing)).toEqual({
      result: 'indeterminate',
      reason: 'MNC_ELEMENTS_MISSING',
    });
    const unsigned = (await round(mnc, 'unsigned-extra')).result;
    expect([unsigned.verdict, unsigned.reasons]).toEqual(['invalid', ['DIGEST_MISMATCH']]);
    expect(matchIdentity(dqcResult, unsigned).result).not.toBe('match');
    const noBirthDqc = (await round(dqc, 'no-birth-date')).result;
    expect([noBirthDqc.verdict, noBirthDqc.reasons]).toEqual(['indeterminate', ['ELEMENT_MISSING']]);
  });

  it('answers a DeviceRequest of version 1.1 with unknown keys (PROFILE §8.3: wallets MUST)', async () => {
    const { request, call } = await makeWalletRequest(MNC, mncRequest().nameSpaces, ORIGIN);
    const items = (
      decodeMdoc(
        Uint8Array.from(atob(request.data.deviceRequest.replace(/-/g, '+').replace(/_/g, '/')), (c) =>
          c.charCodeAt(0),
        ),
      ) as Map<string, unknown>
    ).get('docRequests') as Map<string, EmbeddedCbor>[];
    const itemsRequest = items[0]?.get('itemsRequest') as EmbeddedCbor;
    const { Tagged } = await import('../../core/cbor/decode');
    const v11 = encodeCbor({
      version: '1.1',
      docRequests: [{ itemsRequest: new Tagged(24, itemsRequest.value as Uint8Array), future: 1 }],
      readerAuthAll: [],
    });
    const answer = await answerRequest({ ...request.data, deviceRequest: encodeBase64Url(v11) }, ORIGIN, mnc);
    const [r] = await verifyWalletResponse(answer.data.response, call, world.ctx());
    expect(r?.verdict).toBe('valid');
  });

  it('refuses what is not a DeviceRequest, as a wallet would', async () => {
    const { request } = await makeWalletRequest(MNC, mncRequest().nameSpaces, ORIGIN);
    await expect(
      answerRequest({ ...request.data, deviceRequest: 'AAAA' }, ORIGIN, mnc),
    ).rejects.toBeInstanceOf(WalletRequestError);
  });

  it('a card of a doctype that was not asked for: the verifier says DOCTYPE_NOT_REQUESTED', async () => {
    const { request, call } = await makeWalletRequest(MNC, mncRequest().nameSpaces, ORIGIN);
    const answer = await answerRequest(request.data, ORIGIN, dqc);
    const [r] = await verifyWalletResponse(answer.data.response, call, world.ctx());
    expect([r?.verdict, r?.reasons]).toEqual(['invalid', ['DOCTYPE_NOT_REQUESTED']]);
  });
});
