// Steps 9–11 of PROFILE §8.6: digests over the items as received (DIGEST_MISMATCH), §8.1's value
// forms (dqc: MALFORMED_CLAIMS; mnc: the value is dropped), device authentication
// (DEVICE_AUTH_FAILED) and the dqc elements (QUALIFICATION_NOT_ALLOWED, ELEMENT_MISSING).
import { beforeAll, describe, expect, it } from 'vitest';
import { Tagged } from '../../../core/cbor/decode';
import { type Encodable, encodeCbor } from '../../../core/cbor/encode';
import type { WalletResult } from '../../../core/mdoc/types';
import { fullDate, itemBytes, tdate } from './support/issuer';
import { checkLine, DQC_VALUES, MNC_VALUES, runScenario, type Scenario } from './support/scenario';
import { DQC, MNC, makeWalletWorld, statusList, type WalletWorld, type WorldOptions } from './support/world';

let world: WalletWorld;
beforeAll(async () => {
  world = await makeWalletWorld();
  world.statusLists.push(statusList({ 7: 0 }));
});

async function run(scenario: Scenario = {}, options?: WorldOptions): Promise<WalletResult> {
  const w = options ? await makeWalletWorld(options) : world;
  if (options) w.statusLists.push(statusList({ 7: 0 }));
  const { results } = await runScenario(w, scenario);
  expect(results).toHaveLength(1);
  return results[0] as WalletResult;
}
const dqc = (changes: Record<string, Encodable | undefined>) => {
  const values: Record<string, Encodable> = { ...DQC_VALUES[DQC] };
  for (const [k, v] of Object.entries(changes)) {
    if (v === undefined) delete values[k];
    else values[k] = v;
  }
  return { elements: { [DQC]: values } };
};
const mnc = (iso: Record<string, Encodable | undefined>, jp: Record<string, Encodable> = {}): Scenario => {
  const values: Record<string, Encodable> = { ...MNC_VALUES['org.iso.23220.1'] };
  for (const [k, v] of Object.entries(iso)) {
    if (v === undefined) delete values[k];
    else values[k] = v;
  }
  return {
    docType: MNC,
    elements: {
      'org.iso.23220.1': values,
      'org.iso.23220.1.jp': { ...MNC_VALUES['org.iso.23220.1.jp'], ...jp },
    },
  };
};
const random = () => new Uint8Array(16).fill(9);
/** Bytes that start FF D8 and end FF D9 (a JPEG's markers), `length` long. */
const jpeg = (length: number) => {
  const bytes = new Uint8Array(length);
  bytes.set([0xff, 0xd8]);
  bytes.set([0xff, 0xd9], length - 2);
  return bytes;
};

describe('step 9, digests: DIGEST_MISMATCH', () => {
  it.each<[string, Scenario]>([
    [
      'an item changed after signing',
      {
        mdoc: {
          editItems: (items) =>
            items.set(
              DQC,
              (items.get(DQC) ?? []).map((t, i) =>
                i === 2
                  ? itemBytes({
                      digestID: 6,
                      elementIdentifier: 'name',
                      elementValue: '田中 一郎',
                      random: random(),
                    })
                  : t,
              ),
            ),
        },
      },
    ],
    [
      'an item whose digestID is not in the MSO',
      {
        mdoc: {
          editItems: (items) =>
            items
              .get(DQC)
              ?.push(
                itemBytes({ digestID: 1000, elementIdentifier: 'extra', elementValue: 1, random: random() }),
              ),
        },
      },
    ],
    [
      'an item in a namespace without digests',
      {
        mdoc: {
          editItems: (items) =>
            items.set('other.ns', [
              itemBytes({ digestID: 0, elementIdentifier: 'x', elementValue: 1, random: random() }),
            ]),
        },
      },
    ],
    [
      'an item not requested, changed after signing',
      {
        ...dqc({ note: 'x' }),
        mdoc: {
          editItems: (items) =>
            items.set(
              DQC,
              (items.get(DQC) ?? []).map((t, i, all) =>
                i === all.length - 1
                  ? itemBytes({
                      digestID: 3 * i,
                      elementIdentifier: 'note',
                      elementValue: 'y',
                      random: random(),
                    })
                  : t,
              ),
            ),
        },
      },
    ],
    ['the MSO’s docType differs from the Document’s', { mdoc: { editMso: (m) => m.set('docType', MNC) } }],
  ])('%s; steps 10 and 11 skipped, 12 and 13 run', async (_, scenario) => {
    const r = await run(scenario);
    expect(r.verdict).toBe('invalid');
    expect(r.reasons).toEqual(['DIGEST_MISMATCH']);
    expect(checkLine(r).slice(7)).toEqual([
      '8:pass',
      '9:fail:DIGEST_MISMATCH',
      '10:skipped',
      '11:skipped',
      '12:pass',
      '13:pass',
      '14:pass',
    ]);
    expect(r.mdoc).toBeUndefined();
  });
});

describe('step 9, dqc value forms: MALFORMED_CLAIMS', () => {
  it.each<[string, Record<string, Encodable | undefined>]>([
    ['qualification_code 85', { qualification_code: 85 }],
    ['qualification_code 0', { qualification_code: 0 }],
    ['qualification_code 999', { qualification_code: 999 }],
    ['qualification_code a text', { qualification_code: '1' }],
    ['qualification_name empty', { qualification_name: '' }],
    ['name of 65 characters', { name: 'あ'.repeat(65) }],
    ['name with a control character', { name: '山田\u0007花子' }],
    ['name not in NFC', { name: 'ガ'.normalize('NFD') }],
    ['name with an unassigned code point', { name: '山田\u{2fffd}' }],
    ['name_kana a number', { name_kana: 1 }],
    ['birth_date a tdate', { birth_date: tdate(631152000) }],
    ['birth_date as text', { birth_date: '1990-04-01' }],
    ['birth_date as tag 100', { birth_date: new Tagged(100, 7395) }],
    ['birth_date before 1868', { birth_date: fullDate('1867-12-31') }],
    ['birth_date 1990-02-30', { birth_date: fullDate('1990-02-30') }],
    ['registration_number of 33 characters', { registration_number: '1'.repeat(33) }],
    ['registration_date not a full-date', { registration_date: fullDate('2015/05/01') }],
    ['issuing_body empty', { issuing_body: '' }],
    ['grant_date as text', { grant_date: '2015-04-01' }],
    ['other_items empty', { other_items: new Map() }],
    [
      'other_items with 17 entries',
      { other_items: new Map(Array.from({ length: 17 }, (_, i) => [`k${i}`, 'v'])) },
    ],
    ['other_items with an int key', { other_items: new Map([[1, 'v']]) }],
    ['other_items with a value of 65 characters', { other_items: new Map([['k', 'v'.repeat(65)]]) }],
    ['portrait not a JPEG', { portrait: Uint8Array.of(0x89, 0x50, 0x4e, 0x47) }],
    ['portrait over 128 KiB', { portrait: jpeg(128 * 1024 + 1) }],
  ])('%s', async (_, changes) => {
    const r = await run(dqc(changes));
    expect(r.reasons).toEqual(['MALFORMED_CLAIMS']);
    expect(checkLine(r)[8]).toBe('9:fail:MALFORMED_CLAIMS');
    expect(r.mdoc).toBeUndefined();
  });

  it('a portrait of exactly 128 KiB is fine', async () => {
    expect((await run(dqc({ portrait: jpeg(128 * 1024) }))).verdict).toBe('valid');
  });

  it('unlisted dqc elements have no form rule; code 1000 has any name', async () => {
    const r = await run(
      dqc({ qualification_code: 1000, qualification_name: '独自資格', future_item: new Tagged(100, 1) }),
    );
    expect(r.verdict).toBe('valid');
    expect(r.mdoc?.elements[DQC]?.future_item).toBeUndefined();
  });
});

describe('step 9, mnc value forms: another form is dropped, not shown', () => {
  it.each<[string, Scenario]>([
    ['birth_date as tdate (tag 0)', mnc({ birth_date: tdate(631152000) })],
    ['birth_date as tag 100', mnc({ birth_date: new Tagged(100, 7395) })],
    ['birth_date as untagged text', mnc({ birth_date: '1990-04-01' })],
    [
      'birth_date map with another key',
      mnc({
        birth_date: new Map<string, Encodable>([
          ['birth_date', fullDate('1990-04-01')],
          ['x', 1],
        ]),
      }),
    ],
    [
      'birth_date map with a 7-character mask',
      mnc({
        birth_date: new Map<string, Encodable>([
          ['birth_date', fullDate('1990-04-01')],
          ['approximate_mask', '0000000'],
        ]),
      }),
    ],
  ])('%s: valid, birth_date absent', async (_, scenario) => {
    const r = await run(scenario);
    expect(r.verdict).toBe('valid');
    expect(r.mdoc?.elements['org.iso.23220.1']).toEqual({
      family_name_unicode: '山田',
      given_name_unicode: '花子',
    });
  });

  it('a name of 257 bytes is dropped, 256 bytes kept', async () => {
    const r = await run(
      mnc({ family_name_unicode: `${'あ'.repeat(85)}ab`, given_name_unicode: `${'あ'.repeat(85)}a` }),
    );
    expect(r.verdict).toBe('valid');
    expect(r.mdoc?.elements['org.iso.23220.1']?.family_name_unicode).toBeUndefined();
    expect(r.mdoc?.elements['org.iso.23220.1']?.given_name_unicode).toBe(`${'あ'.repeat(85)}a`);
  });

  it('the ISO/IEC 23220-2 map form is shown as an object', async () => {
    const birth = new Map<string, Encodable>([
      ['birth_date', fullDate('1990-04-01')],
      ['approximate_mask', '00000011'],
    ]);
    const r = await run(mnc({ birth_date: birth }));
    expect(r.mdoc?.elements['org.iso.23220.1']?.birth_date).toEqual({
      birth_date: '1990-04-01',
      approximate_mask: '00000011',
    });
  });

  it('extra elements are verified but not shown; a bad one still fails its digest', async () => {
    const extra = mnc({ resident_address: '東京都', portrait: Uint8Array.of(0xff, 0xd8, 0xff, 0xd9) });
    const r = await run(extra);
    expect(r.verdict).toBe('valid');
    expect(Object.keys(r.mdoc?.elements['org.iso.23220.1'] ?? {})).toEqual([
      'family_name_unicode',
      'given_name_unicode',
      'birth_date',
    ]);
    const tampered = await run({
      ...extra,
      mdoc: {
        editItems: (items) =>
          items.get('org.iso.23220.1')?.splice(
            3,
            1,
            itemBytes({
              digestID: 9,
              elementIdentifier: 'resident_address',
              elementValue: '大阪府',
              random: random(),
            }),
          ),
      },
    });
    expect(tampered.reasons).toEqual(['DIGEST_MISMATCH']);
  });

  it('missing mnc elements do not fail (step 11 passes; §8.7 handles them)', async () => {
    const r = await run({
      docType: MNC,
      elements: { 'org.iso.23220.1.jp': { full_name_unicode: '山田　花子' } },
    });
    expect(r.verdict).toBe('valid');
    expect(r.mdoc?.elements).toEqual({ 'org.iso.23220.1.jp': { full_name_unicode: '山田　花子' } });
  });
});

const deviceSignedWith =
  (value: Encodable | ((old: Map<string, Encodable>) => void)) => (doc: Map<string, Encodable>) => {
    if (typeof value === 'function') value(doc.get('deviceSigned') as Map<string, Encodable>);
    else doc.set('deviceSigned', value);
  };

describe('step 10, device: DEVICE_AUTH_FAILED', () => {
  it.each<[string, Scenario]>([
    ['no deviceSigned', { editDocument: (d) => d.delete('deviceSigned') }],
    ['no deviceAuth', { editDocument: deviceSignedWith((s) => s.delete('deviceAuth')) }],
    ['no nameSpaces', { editDocument: deviceSignedWith((s) => s.delete('nameSpaces')) }],
    ['no deviceSignature', { editDocument: deviceSignedWith((s) => s.set('deviceAuth', {})) }],
    [
      'a deviceMac (no EReaderKey in the DC API)',
      {
        editDocument: deviceSignedWith((s) =>
          s.set('deviceAuth', {
            deviceMac: [encodeCbor(new Map([[1, 5]])), new Map(), null, new Uint8Array(32)],
          }),
        ),
      },
    ],
    [
      'both a deviceSignature and a deviceMac',
      {
        editDocument: deviceSignedWith((s) => {
          const auth = s.get('deviceAuth') as Record<string, Encodable>;
          s.set('deviceAuth', {
            ...auth,
            deviceMac: [encodeCbor(new Map([[1, 5]])), new Map(), null, new Uint8Array(32)],
          });
        }),
      },
    ],
    [
      'device nameSpaces other than those signed',
      {
        editDocument: deviceSignedWith((s) =>
          s.set('nameSpaces', new Tagged(24, encodeCbor({ [DQC]: { name: 'x' } }))),
        ),
      },
    ],
    ['signed over another docType', { device: { signedDocType: MNC } }],
    ['ES384 with a P-256 device key', { device: { alg: -35 } }],
    ['ES256 with a P-384 device key', { device: { curve: 'P-384', alg: -7 } }],
    [
      'an attached payload',
      {
        editDocument: deviceSignedWith((s) => {
          const auth = s.get('deviceAuth') as { deviceSignature: Encodable[] };
          s.set('deviceAuth', {
            deviceSignature: [
              auth.deviceSignature[0] as Encodable,
              new Map(),
              new Uint8Array(1),
              auth.deviceSignature[3] as Encodable,
            ],
          });
        }),
      },
    ],
  ])('%s: invalid, mdoc still present (steps 8 and 9 passed)', async (_, scenario) => {
    const r = await run(scenario);
    expect(r.reasons).toEqual(['DEVICE_AUTH_FAILED']);
    expect(checkLine(r).slice(9, 11)).toEqual(['10:fail:DEVICE_AUTH_FAILED', '11:pass']);
    expect(r.mdoc?.elements[DQC]?.name).toBe('山田 花子');
  });

  it('a P-384 device key with ES384, and device-signed elements (not shown), are valid', async () => {
    expect((await run({ device: { curve: 'P-384', alg: -35 } })).verdict).toBe('valid');
    const r = await run({ device: { deviceNameSpaces: new Map([[DQC, new Map([['name', 'x']])]]) } });
    expect(r.verdict).toBe('valid');
    expect(r.mdoc?.elements[DQC]?.name).toBe('山田 花子');
  });
});

describe('step 11, elements (dqc)', () => {
  const entries = (quals: number[]): WorldOptions => ({ entries: (iaca) => [{ cert: iaca.der, quals }] });

  it('a code outside the root’s quals, or quals []: QUALIFICATION_NOT_ALLOWED', async () => {
    for (const quals of [[2, 3], []]) {
      const r = await run({}, entries(quals));
      expect(r.reasons).toEqual(['QUALIFICATION_NOT_ALLOWED']);
      expect(checkLine(r)[10]).toBe('11:fail:QUALIFICATION_NOT_ALLOWED');
    }
    expect((await run({}, entries([1]))).verdict).toBe('valid');
  });

  it('a name that is not the code’s row: QUALIFICATION_NOT_ALLOWED', async () => {
    expect((await run(dqc({ qualification_name: '社会福祉士' }))).reasons).toEqual([
      'QUALIFICATION_NOT_ALLOWED',
    ]);
  });

  it('a required element missing: indeterminate, ELEMENT_MISSING, mdoc present', async () => {
    const r = await run(dqc({ registration_number: undefined }));
    expect(r.verdict).toBe('indeterminate');
    expect(r.reasons).toEqual(['ELEMENT_MISSING']);
    expect(checkLine(r)[10]).toBe('11:fail:ELEMENT_MISSING');
    expect(r.mdoc?.elements[DQC]?.registration_number).toBeUndefined();
  });

  it('no qualification_code: the quals check is skipped, ELEMENT_MISSING', async () => {
    const r = await run(dqc({ qualification_code: undefined }), entries([2]));
    expect(r.reasons).toEqual(['ELEMENT_MISSING']);
  });

  it('optional elements may be absent', async () => {
    expect((await run(dqc({ name_kana: undefined }))).verdict).toBe('valid');
  });

  it('ELEMENT_MISSING and STATUS_UNAVAILABLE together, in that order', async () => {
    const w = await makeWalletWorld();
    const { results } = await runScenario(w, dqc({ issuing_body: undefined }));
    expect(results[0]?.reasons).toEqual(['ELEMENT_MISSING', 'STATUS_UNAVAILABLE']);
  });
});
