/// <reference types="vite/client" />
// Token Status List examples (shared/vectors/tsl, draft-ietf-oauth-status-list-20): each
// StatusList encoding decodes to the entries its `notes` state (parsed at test time), and both
// example CWTs verify with the example key through the generic verifier (kid unprotected).
// Runs in Node and in Chromium (import.meta.glob, no node:fs).
import { describe, expect, it } from 'vitest';
import { fromHex, toHex } from '../../core/bytes';
import { type CborValue, decodeCbor } from '../../core/cbor/decode';
import { importVerifyKey, sha256 } from '../../core/crypto/keys';
import { readStatusListStructure, statusAt } from '../../core/status-list';
import { verifySign1 } from '../helpers/verify-sign1';

interface Examples {
  key: { kid_utf8: string; crv: string; x: string; y: string };
  cases: { file: string; hex: string; notes: string }[];
}

const examples = Object.values(
  import.meta.glob<Examples>('../../../shared/vectors/tsl/examples.json', { eager: true, import: 'default' }),
)[0] as Examples;

interface Expectations {
  sha256?: string;
  rawBytes?: number;
  entries: Map<number, number>;
  /** The notes give every non-zero entry ("Set", "Statuses"), not only spot checks. */
  complete: boolean;
}

/** Reads "Set (=1): a, b, …", "Set: [i]=v …", "Statuses: [i]=v …", "Spot checks: [i]=v, …". */
function parseNotes(notes: string): Expectations {
  const entries = new Map<number, number>();
  const pairs = (text: string) => {
    for (const m of text.matchAll(/\[(\d+)\]=(\d+)/g)) entries.set(Number(m[1]), Number(m[2]));
  };
  const setOnes = /Set \(=1\): ([\d, ]+)/.exec(notes)?.[1];
  for (const i of setOnes?.split(',') ?? []) entries.set(Number(i.trim()), 1);
  const listed = /(Set|Statuses|Spot checks): ((?:\[\d+\]=\d+[,.]?\s*)+)/.exec(notes);
  if (listed?.[2]) pairs(listed[2]);
  return {
    sha256: /SHA-256\(raw\) = `([0-9a-f]{64})`/.exec(notes)?.[1],
    rawBytes: Number(/→ (\d+) bytes raw/.exec(notes)?.[1] ?? Number.NaN),
    entries,
    complete: setOnes !== undefined || listed?.[1] === 'Set' || listed?.[1] === 'Statuses',
  };
}

const encodings = examples.cases.filter((c) => c.file.startsWith('status_list_encoding'));
const token = (file: string) => {
  const c = examples.cases.find((x) => x.file === file);
  if (!c) throw new Error(`missing ${file}`);
  return c;
};

describe('Token Status List: StatusList encodings', () => {
  it('has the six encodings the README lists', () => {
    expect(encodings).toHaveLength(6);
  });

  for (const c of encodings) {
    it(`${c.file}: ${c.notes.slice(0, 50)}`, async () => {
      const want = parseNotes(c.notes);
      expect(want.sha256 ?? want.entries.size, 'the notes state something to check').toBeTruthy();
      const { bits, entries } = readStatusListStructure(decodeCbor(fromHex(c.hex)));
      expect(entries.length).toBe(want.rawBytes);
      if (want.sha256) expect(toHex(await sha256(entries))).toBe(want.sha256);
      for (const [index, value] of want.entries)
        expect(statusAt(entries, bits, index), `[${index}]`).toBe(value);
      if (want.complete) {
        // Every index the notes do not name is 0 (VALID).
        const size = (entries.length * 8) / bits;
        let nonZero = 0;
        for (let i = 0; i < size; i++) if (statusAt(entries, bits, i) !== 0) nonZero++;
        expect(nonZero).toBe([...want.entries.values()].filter((v) => v !== 0).length);
      }
    });
  }
});

describe('Token Status List: example CWTs', () => {
  const kid = new TextEncoder().encode(examples.key.kid_utf8);
  const { crv, x, y } = examples.key;
  const resolveKey = (alg: number, messageKid: Uint8Array | undefined) => {
    if (!messageKid || toHex(messageKid) !== toHex(kid)) throw new Error('unknown kid');
    return importVerifyKey(alg, crv, 'jwk', { kty: 'EC', crv, x, y });
  };
  // The examples carry kid in the unprotected header (the DQC profile would refuse that).
  const profile = { tags: [18], kidInUnprotected: true };

  const claims = async (file: string): Promise<Map<unknown, CborValue>> => {
    const result = await verifySign1(fromHex(token(file).hex), resolveKey, profile);
    if (!result.ok) throw new Error(`${file}: ${result.reason}`);
    expect(result.alg).toBe(-7);
    const payload = decodeCbor(result.payload);
    if (!(payload instanceof Map)) throw new Error('claims must be a map');
    return payload;
  };

  it('both tokens verify; the referenced token has the status the notes give', async () => {
    const list = await claims('status_list_cwt.md');
    const referenced = await claims('referenced_token_cwt.md');
    const ref = referenced.get(65535);
    const statusList = ref instanceof Map ? ref.get('status_list') : undefined;
    if (!(statusList instanceof Map)) throw new Error('no status claim');
    expect(statusList.get('uri')).toBe(list.get(2)); // the list's sub
    const { bits, entries } = readStatusListStructure(list.get(65533));
    const idx = statusList.get('idx');
    if (typeof idx !== 'number') throw new Error('idx must be a uint');
    const stated = /has status (\d+)/.exec(token('referenced_token_cwt.md').notes)?.[1];
    expect(stated).toBeDefined();
    expect(statusAt(entries, bits, idx)).toBe(Number(stated)); // 1 = INVALID
  });

  it('a flipped signature byte is rejected', async () => {
    const bytes = fromHex(token('status_list_cwt.md').hex);
    bytes[bytes.length - 1] = (bytes[bytes.length - 1] as number) ^ 1;
    expect(await verifySign1(bytes, resolveKey, profile)).toEqual({ ok: false, reason: 'bad-signature' });
  });
});
