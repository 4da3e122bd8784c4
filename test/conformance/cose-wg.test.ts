/// <reference types="vite/client" />
// cose-wg/Examples COSE_Sign1 vectors (shared/vectors/cose-wg) through the generic verifier.
// The expected outcome of every case is read from the README's table column "strict-profile
// result"; its conditional rows are resolved by the one POLICY object below. Runs in Node and in
// Chromium (vitest browser mode): vectors come in through Vite's import.meta.glob, not node:fs.
import { describe, expect, it } from 'vitest';
import { encodeBase64Url, fromHex, toHex } from '../../core/bytes';
import { parseSign1, sigStructure } from '../../core/cose/sign1';
import { ALGORITHMS } from '../../core/crypto/algorithms';
import { importVerifyKey } from '../../core/crypto/keys';
import { type Sign1Failure, verifySign1 } from '../helpers/verify-sign1';

interface VectorKey {
  kty: 'EC' | 'OKP';
  crv: string;
  x?: string;
  y?: string;
  x_hex?: string;
  y_hex?: string;
}
interface Vector {
  title: string;
  fail?: boolean;
  input: { sign0?: { key: VectorKey; external?: string }; sign?: unknown };
  intermediates?: { ToBeSign_hex?: string };
  output: { cbor: string };
}

const ROOT = '../../../shared/vectors/cose-wg/';
const vectors = import.meta.glob<Vector>('../../../shared/vectors/cose-wg/**/*.json', {
  eager: true,
  import: 'default',
});
const readme = Object.values(
  import.meta.glob<string>('../../../shared/vectors/cose-wg/README.md', {
    eager: true,
    query: '?raw',
    import: 'default',
  }),
)[0];

/** A public JWK from the vector's key (base64url or *_hex coordinates; the private `d` is dropped). */
function publicJwk(key: VectorKey): JsonWebKey {
  const coord = (b64?: string, hex?: string) =>
    b64 ?? (hex === undefined ? undefined : encodeBase64Url(fromHex(hex)));
  const x = coord(key.x, key.x_hex);
  if (key.kty === 'OKP') return { kty: 'OKP', crv: key.crv, x };
  return { kty: 'EC', crv: key.crv, x, y: coord(key.y, key.y_hex) };
}

/** Whether this runtime's WebCrypto imports an OKP key of that curve (Node: Ed448 yes; Chromium: no). */
async function curveSupported(key: VectorKey): Promise<boolean> {
  try {
    await crypto.subtle.importKey('jwk', publicJwk(key), { name: key.crv }, false, ['verify']);
    return true;
  } catch {
    return false;
  }
}

const inBrowser = typeof window !== 'undefined';

// Node 20 calls Ed448 in WebCrypto experimental and prints an ExperimentalWarning on first use.
// This suite uses Ed448 on purpose (the cose-wg vectors): that one warning, and only it, is
// dropped so a passing run prints nothing that reads like a failure.
const node = (globalThis as { process?: NodeJS.Process }).process;
if (!inBrowser && typeof node?.emitWarning === 'function') {
  const emit = node.emitWarning.bind(node);
  node.emitWarning = ((warning: string | Error, ...rest: unknown[]) => {
    if (String(warning).includes('Ed448')) return;
    (emit as (...args: unknown[]) => void)(warning, ...rest);
  }) as typeof node.emitWarning;
}

/** Our strict profile, the only place where the README's conditional rows are decided. */
const POLICY = {
  /** Tagged input only (PROFILE §3): "pass if untagged input is allowed by the profile" → reject. */
  allowUntagged: false,
  /** "pass if ES384 allowed": every row of the one algorithm table is allowed. */
  algorithmAllowed: (name: string) => [...ALGORITHMS.values()].some((a) => a.name === name),
  /** "pass only if Ed448 supported": decided by the runtime's WebCrypto. */
  curveSupported,
  /** "pass only if the same external_aad is supplied": we supply the vector's external_aad. */
  supplyExternalAad: true,
};

interface Row {
  file: string;
  result: string;
}

/** The rows of the "Cases and what a strict profile verifier should do" table. */
function readTable(markdown: string): Row[] {
  const section = markdown.split('## Cases and what a strict profile verifier should do')[1] ?? '';
  const rows: Row[] = [];
  for (const line of section.split('\n')) {
    const cells = line.split('|').map((c) => c.trim());
    // | file | upstream expectation | what it exercises | strict-profile result |
    if (cells.length !== 6 || !cells[1]?.includes('/')) continue;
    rows.push({ file: cells[1], result: cells[4] ?? '' });
  }
  return rows;
}

type Expected = { pass: true } | { pass: false; reason: Sign1Failure };

/** Why a reject is expected, from the README's wording. */
const REASONS: [RegExp, Sign1Failure][] = [
  [/bad signature/, 'bad-signature'],
  [/unknown alg/, 'unsupported-alg'],
  [/wrong tag|alg not in protected/, 'malformed'],
  [/curve-binding/, 'key'],
];

async function expected(row: Row, vector: Vector): Promise<Expected> {
  const text = row.result.replaceAll('*', '');
  const conditional = (allowed: boolean, reason: Sign1Failure): Expected =>
    allowed ? { pass: true } : { pass: false, reason };
  if (text.startsWith('reject')) {
    const reason = REASONS.find(([re]) => re.test(text))?.[1];
    if (!reason) throw new Error(`no reason known for "${text}"`);
    return { pass: false, reason };
  }
  if (/^pass if untagged input is allowed by the profile/.test(text)) {
    return conditional(POLICY.allowUntagged, 'malformed');
  }
  const alg = /^pass if (\w+) allowed/.exec(text)?.[1];
  if (alg) return conditional(POLICY.algorithmAllowed(alg), 'unsupported-alg');
  if (/^pass only if Ed\d+ supported/.test(text)) {
    const key = vector.input.sign0?.key;
    return conditional(key !== undefined && (await POLICY.curveSupported(key)), 'key');
  }
  if (/^pass only if the same external_aad is supplied/.test(text)) {
    return conditional(POLICY.supplyExternalAad, 'bad-signature');
  }
  if (/^pass( \(|$)/.test(text)) return { pass: true };
  throw new Error(`unrecognised strict-profile result "${row.result}"`);
}

const rows = readTable(readme ?? '');
const vectorOf = (file: string) => vectors[`${ROOT}${file}.json`];
// Resolved up front (top-level await) so that each test's title states its expected outcome.
const planned = await Promise.all(
  rows.map(async (row) => {
    const vector = vectorOf(row.file);
    const want: Expected = vector ? await expected(row, vector) : { pass: false, reason: 'malformed' };
    return { row, want };
  }),
);

describe('cose-wg COSE_Sign1 vectors (README strict-profile column)', () => {
  it('the README lists 18 COSE_Sign1 cases, each with its file', () => {
    expect(rows).toHaveLength(18);
    for (const row of rows) expect(vectorOf(row.file)?.input.sign0, row.file).toBeDefined();
  });

  it('every other vector file is a COSE_Sign (multi-signer) message, out of scope', () => {
    // ecdsa-0N / eddsa-0N are COSE_Sign (tag 98, RFC 9052 §4.1) with a signatures array: a
    // different structure that neither DQC nor this generic COSE_Sign1 verifier accepts.
    const listed = new Set(rows.map((r) => `${ROOT}${r.file}.json`));
    const others = Object.entries(vectors).filter(([path]) => !listed.has(path));
    expect(others.map(([path]) => path.slice(ROOT.length)).sort()).toEqual([
      'ecdsa-examples/ecdsa-01.json',
      'ecdsa-examples/ecdsa-02.json',
      'ecdsa-examples/ecdsa-03.json',
      'ecdsa-examples/ecdsa-04.json',
      'eddsa-examples/eddsa-01.json',
      'eddsa-examples/eddsa-02.json',
    ]);
    for (const [, v] of others) expect(v.input.sign !== undefined && v.input.sign0 === undefined).toBe(true);
  });

  it.runIf(!inBrowser)('Node supports Ed448, so the conditional pass branch is exercised there', async () => {
    const ed448 = vectorOf('eddsa-examples/eddsa-sig-02')?.input.sign0?.key;
    expect(ed448 && (await curveSupported(ed448))).toBe(true);
  });

  for (const { row, want } of planned) {
    const outcome = want.pass ? 'pass' : `reject (${want.reason})`;
    it(`${row.file} → ${outcome}: ${row.result.replaceAll('*', '').slice(0, 50)}`, async () => {
      const vector = vectorOf(row.file);
      const sign0 = vector?.input.sign0;
      if (!vector || !sign0) throw new Error(`missing ${row.file}`);
      const externalAad =
        POLICY.supplyExternalAad && sign0.external !== undefined ? fromHex(sign0.external) : undefined;
      const bytes = fromHex(vector.output.cbor);
      const result = await verifySign1(
        bytes,
        (alg) => importVerifyKey(alg, sign0.key.crv, 'jwk', publicJwk(sign0.key)),
        { tags: [18], allowUntagged: POLICY.allowUntagged, externalAad },
      );
      expect(result.ok ? { pass: true } : { pass: false, reason: result.reason }).toEqual(want);
      if (want.pass) {
        // What we verified is the Sig_structure the generator signed (RFC 9052 §4.4).
        const built = sigStructure(parseSign1(bytes, { allowUntagged: true }), externalAad);
        expect(toHex(built)).toBe(vector.intermediates?.ToBeSign_hex?.toLowerCase());
      }
    });
  }
});
