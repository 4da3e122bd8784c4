// Steps 1–4 of PROFILE §8.6: the EncryptedResponse text, HPKE open, the DeviceResponse (strict
// CBOR, §8.4 types, §8.5 limits, status) and the requested doctype. Steps 1–3 run once per
// response: their failures give one result with docType null.
import { beforeAll, describe, expect, it } from 'vitest';
import { encodeBase64Url } from '../../../core/bytes';
import { Tagged } from '../../../core/cbor/decode';
import { type Encodable, encodeCbor } from '../../../core/cbor/encode';
import { dqcRequest } from '../../../core/mdoc/doctypes';
import type { WalletResult } from '../../../core/mdoc/types';
import { verifyWalletResponse } from '../../../core/mdoc/verify-wallet';
import { makeWalletRequest } from '../../../core/mdoc/wallet-request';
import { encryptedResponseText } from '../../../wallet-sim/seal';
import { ORIGIN } from './support/clock';
import { copies, flipCipherText, withTop } from './support/edit';
import { itemBytes } from './support/issuer';
import { checkLine, DQC_VALUES, runScenario } from './support/scenario';
import { DQC, MNC, makeWalletWorld, statusList, type WalletWorld } from './support/world';

let world: WalletWorld;
beforeAll(async () => {
  world = await makeWalletWorld();
  world.statusLists.push(statusList({ 7: 0 }));
});

const SKIPPED_AFTER = (step: number) =>
  Array.from({ length: 13 - step }, (_, i) => `${step + 1 + i}:skipped`);

/** A response-level failure: one result, docType null, the failed step and every later one skipped but 14. */
function expectEarly(results: WalletResult[], step: number, code: string, verdict = 'invalid') {
  expect(results).toHaveLength(1);
  const [r] = results;
  expect(r?.docType).toBeNull();
  expect(r?.verdict).toBe(verdict);
  expect(r?.reasons[0]).toBe(code);
  expect(checkLine(r)).toEqual([
    ...Array.from({ length: step - 1 }, (_, i) => `${i + 1}:pass`),
    `${step}:fail:${code}`,
    ...SKIPPED_AFTER(step),
    '14:pass',
  ]);
  expect(r?.mdoc).toBeUndefined();
}

async function freshCall() {
  const req = dqcRequest();
  return (await makeWalletRequest(req.docType, req.nameSpaces, ORIGIN)).call;
}
const verifyText = async (text: unknown) => verifyWalletResponse(text, await freshCall(), world.ctx());

async function validEnc(): Promise<Uint8Array> {
  const pair = (await crypto.subtle.generateKey({ name: 'ECDH', namedCurve: 'P-256' }, true, [
    'deriveBits',
  ])) as CryptoKeyPair;
  return new Uint8Array(await crypto.subtle.exportKey('raw', pair.publicKey));
}

describe('step 1, response: MALFORMED_MDOC', () => {
  it('a well-formed EncryptedResponse passes step 1 (and fails step 2 with a foreign key)', async () => {
    expectEarly(
      await verifyText(encryptedResponseText(await validEnc(), Uint8Array.of(0xfb, 0xff))),
      2,
      'DECRYPT_FAILED',
    );
  });

  it('b64u only: the same bytes in the standard alphabet are refused', async () => {
    const text = encryptedResponseText(await validEnc(), Uint8Array.of(0xfb, 0xff, 0xfb, 0xff));
    expect(text).toMatch(/[-_]/);
    expectEarly(await verifyText(text.replace(/-/g, '+').replace(/_/g, '/')), 1, 'MALFORMED_MDOC');
  });

  it('padding optional but correct', async () => {
    const enc = await validEnc();
    // A cipherText length whose text needs padding.
    const text =
      [1, 2, 3].map((n) => encryptedResponseText(enc, new Uint8Array(n))).find((t) => t.length % 4 !== 0) ??
      '';
    const padded = text + '='.repeat(4 - (text.length % 4));
    expectEarly(await verifyText(padded), 2, 'DECRYPT_FAILED');
    expectEarly(await verifyText(`${padded}=`), 1, 'MALFORMED_MDOC');
    const wrong = text + (padded.length - text.length === 1 ? '==' : '=');
    expectEarly(await verifyText(wrong), 1, 'MALFORMED_MDOC');
    // A genuine response with its padding is valid.
    const { results } = await runScenario(world, {
      editText: (t) => t + '='.repeat((4 - (t.length % 4)) % 4),
    });
    expect(results[0]?.verdict).toBe('valid');
  });

  it.each<[string, () => Promise<unknown>]>([
    ['not a text', async () => undefined],
    ['empty', async () => ''],
    ['more than 3 MiB of text', async () => 'A'.repeat(3 * 1024 * 1024 + 1)],
    ['not CBOR', async () => encodeBase64Url(Uint8Array.of(0xff, 0x00))],
    [
      'a byte after the item',
      async () => encodeBase64Url(Uint8Array.from([...encodeEr(await validEnc()), 0])),
    ],
    [
      'not "dcapi"',
      async () =>
        encodeBase64Url(encodeCbor(['dcapj', { enc: await validEnc(), cipherText: new Uint8Array(1) }])),
    ],
    [
      'an unknown key',
      async () =>
        encodeBase64Url(
          encodeCbor(['dcapi', { enc: await validEnc(), cipherText: new Uint8Array(1), x: 1 }]),
        ),
    ],
    ['cipherText missing', async () => encodeBase64Url(encodeCbor(['dcapi', { enc: await validEnc() }]))],
    [
      'cipherText a text',
      async () => encodeBase64Url(encodeCbor(['dcapi', { enc: await validEnc(), cipherText: 'x' }])),
    ],
    ['enc of 64 bytes', async () => encryptedResponseText((await validEnc()).subarray(1), new Uint8Array(1))],
    [
      'enc compressed',
      async () =>
        encryptedResponseText(Uint8Array.from([2, ...(await validEnc()).subarray(1, 33)]), new Uint8Array(1)),
    ],
    [
      'enc off the curve',
      async () => {
        const enc = await validEnc();
        enc[64] = (enc[64] as number) ^ 1;
        return encryptedResponseText(enc, new Uint8Array(1));
      },
    ],
    [
      'a float inside',
      async () =>
        encodeBase64Url(Uint8Array.from([0x82, 0x65, ...new TextEncoder().encode('dcapi'), 0xf9, 0, 0])),
    ],
  ])('%s', async (_, text) => {
    expectEarly(await verifyText(await text()), 1, 'MALFORMED_MDOC');
  });
});

function encodeEr(enc: Uint8Array): Uint8Array {
  return encodeCbor(['dcapi', { enc, cipherText: new Uint8Array(17) }]);
}

describe('step 2, decrypt: DECRYPT_FAILED', () => {
  it('sealed with the SessionTranscript of another origin', async () => {
    expectEarly(
      (await runScenario(world, { sealOrigin: 'https://evil.example' })).results,
      2,
      'DECRYPT_FAILED',
    );
  });

  it('a changed ciphertext', async () => {
    expectEarly((await runScenario(world, { editText: flipCipherText })).results, 2, 'DECRYPT_FAILED');
  });

  it('the wallet bound another origin into DeviceAuthentication but sealed to ours: DEVICE_AUTH_FAILED', async () => {
    const { results } = await runScenario(world, { walletOrigin: 'https://evil.example' });
    expect(results[0]?.reasons).toEqual(['DEVICE_AUTH_FAILED']);
    expect(checkLine(results[0])[9]).toBe('10:fail:DEVICE_AUTH_FAILED');
  });
});

const replaceItems = (doc: Map<string, Encodable>, edit: (items: Tagged[]) => Encodable[]) => {
  const signed = doc.get('issuerSigned') as Map<string, Encodable>;
  const nameSpaces = signed.get('nameSpaces') as Record<string, Tagged[]>;
  signed.set('nameSpaces', { ...nameSpaces, [DQC]: edit(nameSpaces[DQC] ?? []) });
};
const item = (
  digestID: number,
  elementIdentifier: string,
  elementValue: Encodable,
  random = new Uint8Array(16),
) => itemBytes({ digestID, elementIdentifier, elementValue, random });
const setDeviceSigned = (value: Encodable) => (doc: Map<string, Encodable>) => doc.set('deviceSigned', value);

describe('step 3, device-response: MALFORMED_MDOC (types and limits)', () => {
  it.each<[string, Parameters<typeof runScenario>[1]]>([
    ['not CBOR', { editResponse: () => Uint8Array.of(0xa1) }],
    ['a byte after the DeviceResponse', { editResponse: (b) => Uint8Array.from([...b, 0]) }],
    ['version "2.0"', { editResponse: (b) => withTop(b, 'version', '2.0') }],
    ['status missing', { editResponse: (b) => withTop(b, 'status', undefined) }],
    ['documents a map', { editResponse: (b) => withTop(b, 'documents', {}) }],
    ['documentErrors empty', { editResponse: (b) => withTop(b, 'documentErrors', []) }],
    [
      'a tag not allowed in an element value',
      { elements: { [DQC]: { ...DQC_VALUES[DQC], note: new Tagged(1, 0) } } },
    ],
    ['tag 18 in an element value', { elements: { [DQC]: { ...DQC_VALUES[DQC], note: new Tagged(18, []) } } }],
    [
      'a text of more than 1 KiB in an unlisted element',
      { elements: { [DQC]: { ...DQC_VALUES[DQC], note: 'あ'.repeat(342) } } },
    ],
    [
      'a long text nested in an unlisted element',
      { elements: { [DQC]: { ...DQC_VALUES[DQC], note: ['a'.repeat(1025)] } } },
    ],
    [
      'two items with one digestID',
      { editDocument: (d) => replaceItems(d, (items) => [...items, item(0, 'extra', 1)]) },
    ],
    [
      'two items with one elementIdentifier',
      { editDocument: (d) => replaceItems(d, (items) => [...items, item(999, 'name', 'x')]) },
    ],
    [
      'random of 15 bytes',
      { editDocument: (d) => replaceItems(d, (items) => [...items, item(999, 'x', 1, new Uint8Array(15))]) },
    ],
    [
      'an IssuerSignedItem not in tag 24',
      { editDocument: (d) => replaceItems(d, (items) => [...items, { digestID: 999 }]) },
    ],
    [
      'an IssuerSignedItem with an unknown key',
      {
        editDocument: (d) =>
          replaceItems(d, (items) => [
            ...items,
            new Tagged(
              24,
              encodeCbor({
                digestID: 999,
                random: new Uint8Array(16),
                elementIdentifier: 'x',
                elementValue: 1,
                more: 1,
              }),
            ),
          ]),
      },
    ],
    ['an empty namespace', { editDocument: (d) => replaceItems(d, () => []) }],
    ['docType missing', { editDocument: (d) => d.delete('docType') }],
    [
      'issuerAuth a map',
      { editDocument: (d) => (d.get('issuerSigned') as Map<string, Encodable>).set('issuerAuth', {}) },
    ],
    ['deviceSigned a text', { editDocument: setDeviceSigned('x') }],
    [
      'deviceSigned with an unknown key',
      { editDocument: setDeviceSigned({ nameSpaces: new Tagged(24, Uint8Array.of(0xa0)), other: 1 }) },
    ],
    ['DeviceNameSpacesBytes not in tag 24', { editDocument: setDeviceSigned({ nameSpaces: {} }) }],
    [
      'deviceSignature a map',
      {
        editDocument: setDeviceSigned({
          nameSpaces: new Tagged(24, Uint8Array.of(0xa0)),
          deviceAuth: { deviceSignature: {} },
        }),
      },
    ],
    [
      'deviceSignature in tag 18 (tag 18 only on issuerAuth)',
      {
        editDocument: setDeviceSigned({
          nameSpaces: new Tagged(24, Uint8Array.of(0xa0)),
          deviceAuth: {
            deviceSignature: new Tagged(18, [new Uint8Array(0), new Map(), null, new Uint8Array(64)]),
          },
        }),
      },
    ],
  ])('%s', async (_, scenario) => {
    expectEarly((await runScenario(world, scenario)).results, 3, 'MALFORMED_MDOC');
  });

  it('4 documents are read, 5 are refused', async () => {
    const four = await runScenario(world, { editResponse: (b) => copies(b, 4) });
    expect(four.results.map((r) => r.verdict)).toEqual(['valid', 'valid', 'valid', 'valid']);
    expectEarly(
      (await runScenario(world, { editResponse: (b) => copies(b, 5) })).results,
      3,
      'MALFORMED_MDOC',
    );
  });

  it('64 IssuerSignedItems are read, 65 are refused', async () => {
    const many = (n: number) => ({
      ...DQC_VALUES[DQC],
      ...Object.fromEntries(Array.from({ length: n - 8 }, (_, i) => [`x${i}`, i])),
    });
    expect((await runScenario(world, { elements: { [DQC]: many(64) } })).results[0]?.verdict).toBe('valid');
    expectEarly((await runScenario(world, { elements: { [DQC]: many(65) } })).results, 3, 'MALFORMED_MDOC');
  });

  it('a text of exactly 1 KiB in an unlisted element is fine', async () => {
    const { results } = await runScenario(world, {
      elements: { [DQC]: { ...DQC_VALUES[DQC], note: 'a'.repeat(1024) } },
    });
    expect(results[0]?.verdict).toBe('valid');
    expect(results[0]?.mdoc?.elements[DQC]?.note).toBeUndefined(); // received, verified, not requested: not shown
  });

  it('at most 2 MiB: unknown keys are ignored, but count', async () => {
    const padded = (size: number) => (b: Uint8Array) => withTop(b, 'padding', new Uint8Array(size));
    expect(
      (await runScenario(world, { editResponse: padded(2 * 1024 * 1024 - 4096) })).results[0]?.verdict,
    ).toBe('valid');
    expectEarly(
      (await runScenario(world, { editResponse: padded(2 * 1024 * 1024) })).results,
      3,
      'MALFORMED_MDOC',
    );
  });
});

describe('step 3, device-response: NOT_PRESENTED', () => {
  it.each<[string, Parameters<typeof runScenario>[1]]>([
    ['status 10 (documents ignored)', { status: 10 }],
    ['documents []', { editResponse: (b) => withTop(b, 'documents', []) }],
    [
      'no documents, documentErrors only',
      {
        editResponse: (b) => withTop(withTop(b, 'documents', undefined), 'documentErrors', [{ [DQC]: 0 }]),
      },
    ],
  ])('%s: indeterminate, docType null', async (_, scenario) => {
    expectEarly((await runScenario(world, scenario)).results, 3, 'NOT_PRESENTED', 'indeterminate');
  });

  it('a malformed document with status ≠ 0 is still MALFORMED_MDOC (types first)', async () => {
    expectEarly(
      (await runScenario(world, { status: 10, editDocument: (d) => d.delete('docType') })).results,
      3,
      'MALFORMED_MDOC',
    );
  });
});

describe('step 4, doctype: DOCTYPE_NOT_REQUESTED', () => {
  it('an mnc answer to a dqc call; steps 5–13 skipped, docType shown', async () => {
    const { results } = await runScenario(world, { docType: MNC, request: dqcRequest() });
    expect(results[0]?.docType).toBe(MNC);
    expect(results[0]?.reasons).toEqual(['DOCTYPE_NOT_REQUESTED']);
    expect(checkLine(results[0])).toEqual([
      '1:pass',
      '2:pass',
      '3:pass',
      '4:fail:DOCTYPE_NOT_REQUESTED',
      ...Array.from({ length: 9 }, (_, i) => `${i + 5}:skipped`),
      '14:pass',
    ]);
  });
});
