/// <reference types="vite/client" />
// EU DCC test data (shared/vectors/dgc-testdata) at the COSE layer: every 2DCode/raw file that
// sets EXPECTEDRESULTS.EXPECTEDVERIFY, verified with the generic verifier under a DCC profile, and
// the README's stricter-profile rejections. Expectations and counts come from the files and the
// README, never re-typed. Runs in Node and in Chromium (import.meta.glob, no node:fs).
import { describe, expect, it } from 'vitest';
import { bytesEqual, decodeBase64Strict, fromHex } from '../../core/bytes';
import { parseSign1, sigStructure } from '../../core/cose/sign1';
import { importVerifyKey, sha256 } from '../../core/crypto/keys';
import { type Sign1Profile, type Sign1Result, verifySign1 } from '../helpers/verify-sign1';
import { certificateKey } from './x509';

interface DgcCase {
  COSE?: string;
  TESTCTX?: { CERTIFICATE?: string };
  EXPECTEDRESULTS?: { EXPECTEDVERIFY?: boolean };
}

const ROOT = '../../../shared/vectors/dgc-testdata/';
const files = import.meta.glob<DgcCase>('../../../shared/vectors/dgc-testdata/**/2DCode/raw/*.json', {
  eager: true,
  import: 'default',
});
const readme =
  Object.values(
    import.meta.glob<string>('../../../shared/vectors/dgc-testdata/README.md', {
      eager: true,
      query: '?raw',
      import: 'default',
    }),
  )[0] ?? '';

/** EU DCC: kid may sit in the unprotected header, alg too (CO20); untagged (ES 15xx) and tag 61 (CO28). */
const DCC: Sign1Profile = {
  tags: [18, 61],
  allowUntagged: true,
  allowCwtTag: true,
  algInUnprotected: true,
  kidInUnprotected: true,
};
/** DQC-like (PROFILE §3): tag 18 only, alg and kid read from the protected header only. */
const STRICT: Sign1Profile = { tags: [18] };

const cases = Object.entries(files)
  .map(([path, c]) => ({ name: path.slice(ROOT.length), c, expected: c.EXPECTEDRESULTS?.EXPECTEDVERIFY }))
  .filter((x): x is { name: string; c: DgcCase; expected: boolean } => typeof x.expected === 'boolean');

function certificateDer(c: DgcCase): Uint8Array {
  const der = decodeBase64Strict(c.TESTCTX?.CERTIFICATE ?? '');
  if (!der) throw new Error('no certificate');
  return der;
}

/** kid = first 8 bytes of SHA-256 over the DSC's DER; the message's kid must equal it. */
async function verifyCase(c: DgcCase, profile: Sign1Profile): Promise<Sign1Result> {
  const der = certificateDer(c);
  const key = certificateKey(der);
  const kid = (await sha256(der)).subarray(0, 8);
  return verifySign1(
    fromHex(c.COSE ?? ''),
    (alg, messageKid) => {
      if (!messageKid || !bytesEqual(messageKid, kid)) throw new Error('kid does not match the certificate');
      return importVerifyKey(alg, key.curve, 'spki', key.spki);
    },
    profile,
  );
}

// "Of the 94 files … (87 true, 7 false)", "* 91 reproduce …", "* 3 do not: `ES/2DCode/raw/401–403.json`".
const counts = /Of the (\d+) files .*?\((\d+) true, (\d+) false\)/s.exec(readme);
const reproduce = /\* (\d+) reproduce/.exec(readme);
const knownFailures = /\* (\d+) do not: `(\w+\/2DCode\/raw\/)(\d+)–(\d+)\.json`/.exec(readme);
const range = (prefix: string, from: string, to: string) =>
  Array.from({ length: Number(to) - Number(from) + 1 }, (_, i) => `${prefix}${Number(from) + i}.json`);
/** ES 401–403: ES256 header, P-384 key (upstream issue #228). */
const curveMismatch = new Set(
  knownFailures ? range(knownFailures[2] ?? '', knownFailures[3] ?? '', knownFailures[4] ?? '') : [],
);

/** The README's "strict profile … would additionally reject" list, as file names. */
function strictExtras(): Set<string> {
  const paragraph = /Cases a \*\*strict profile\*\*([\s\S]*?)\n\n/.exec(readme)?.[1] ?? '';
  const out = new Set<string>();
  for (const m of paragraph.matchAll(/`common`\s+(\w+)/g)) out.add(`common/2DCode/raw/${m[1]}.json`);
  for (const m of paragraph.matchAll(/\b([A-Z]{2})\s+(\d+)–(\d+)/g)) {
    for (const f of range(`${m[1]}/2DCode/raw/`, m[2] ?? '', m[3] ?? '')) out.add(f);
  }
  return out;
}

describe('EU DCC vectors at the COSE layer (DCC profile)', () => {
  it('the counts in the README match the files', () => {
    expect(counts && reproduce && knownFailures).toBeTruthy();
    expect(cases).toHaveLength(Number(counts?.[1]));
    expect(cases.filter((x) => x.expected)).toHaveLength(Number(counts?.[2]));
    expect(cases.filter((x) => !x.expected)).toHaveLength(Number(counts?.[3]));
    expect(curveMismatch.size).toBe(Number(knownFailures?.[1]));
    expect(cases.length - curveMismatch.size).toBe(Number(reproduce?.[1]));
  });

  it('the certificate key types match the README (DER walker check)', () => {
    const all = Object.values(files).filter((c) => c.TESTCTX?.CERTIFICATE);
    const m = /\((\d+) files\): (\d+) P-256, (\d+) P-384\s+\([^)]*\), (\d+) RSA/.exec(readme);
    const tally = (curve: string) =>
      all.filter((c) => certificateKey(certificateDer(c)).curve === curve).length;
    expect([all.length, tally('P-256'), tally('P-384'), tally('')]).toEqual(m?.slice(1, 5).map(Number));
  });

  it('every EXPECTEDVERIFY holds; ES 401–403 rejected by the curve binding', async () => {
    const passed: string[] = [];
    for (const { name, c, expected } of cases) {
      const result = await verifyCase(c, DCC);
      if (result.ok) passed.push(name);
      if (curveMismatch.has(name)) expect(result, name).toEqual({ ok: false, reason: 'key' });
      else expect(result.ok, name).toBe(expected);
    }
    const expectedPasses = cases.filter((x) => x.expected && !curveMismatch.has(x.name)).length;
    expect(passed).toHaveLength(expectedPasses); // 84 = 87 true − 3 known failures
  });

  it('ES 401–403 are otherwise intact: they verify as ECDSA P-384 with SHA-256', async () => {
    expect(curveMismatch.size).toBeGreaterThan(0);
    for (const name of curveMismatch) {
      const c = files[`${ROOT}${name}`];
      if (!c) throw new Error(`missing ${name}`);
      const key = certificateKey(certificateDer(c));
      expect(key.curve).toBe('P-384');
      const sign1 = parseSign1(fromHex(c.COSE ?? ''), DCC);
      expect(sign1.protectedHeader.get(1)).toBe(-7); // the header says ES256
      const handle = await crypto.subtle.importKey(
        'spki',
        key.spki as BufferSource,
        { name: 'ECDSA', namedCurve: 'P-384' },
        false,
        ['verify'],
      );
      const ok = await crypto.subtle.verify(
        { name: 'ECDSA', hash: 'SHA-256' },
        handle,
        sign1.signature as BufferSource,
        sigStructure(sign1) as BufferSource,
      );
      expect(ok, name).toBe(true);
    }
  });
});

describe('EU DCC vectors under a strict DQC-like profile (tag 18 only, alg and kid protected)', () => {
  it("rejects exactly the README's additional cases among those the DCC profile accepts", async () => {
    const extras = strictExtras();
    expect(extras.size).toBeGreaterThan(0);
    const rejected = new Map<string, string>();
    for (const { name, c } of cases) {
      if (!(await verifyCase(c, DCC)).ok) continue;
      const strict = await verifyCase(c, STRICT);
      if (!strict.ok) rejected.set(name, strict.reason);
    }
    expect([...rejected.keys()].sort()).toEqual([...extras].sort());
    // Envelope (untagged, tag 61, alg unprotected) → malformed; kid only unprotected → no key.
    for (const reason of rejected.values()) expect(['malformed', 'key']).toContain(reason);
  });
});
