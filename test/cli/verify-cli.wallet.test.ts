// Round trips issuer → simulated wallet → verifier CLI (PROFILE §8.8) for every demo wallet sample,
// in both modes: the plaintext DeviceResponse (`--mdoc`) and the encrypted DC API answer
// (`--dcapi-response`). Each gives the §8.6 verdict and reasons its manifest states (written from
// the profile's rules by the demo, not from this verifier), and each pairing gives its §8.7
// identity result; origin binding, the groups' rules and exit codes 0/1/2 as §8.8 says.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { DQC_DOCTYPE, MNC_DOCTYPE } from '../../core/mdoc/doctypes';
import type { DemoSample } from '../../issuer/demo';
import type { WalletSample } from '../../issuer/wallet/demo-wallet';
import { issuerCli, verifyCli } from '../helpers/run-cli';
import { cardOf, encryptedGroup, plaintextGroup, walletSamples } from '../helpers/wallet-calls';

let demo: string;
let qr: DemoSample[];
let wallet: WalletSample[];

interface Result {
  docType?: string | null;
  verdict: string;
  reasons: string[];
  checks: { step: number; result: string; code?: string }[];
  identity?: { result: string; mismatch?: string[]; reason?: string };
  mdoc?: { elements: Record<string, Record<string, unknown>>; status?: { idx: number; uri: string } };
}

beforeAll(() => {
  demo = join(mkdtempSync(join(tmpdir(), 'dqc-cli-wallet-')), 'demo');
  const made = issuerCli(['demo', '--out', demo, '--base', 'http://localhost:8787', '--no-pdf']);
  expect(made.status, made.stderr).toBe(0);
  qr = JSON.parse(readFileSync(join(demo, 'manifest.json'), 'utf8')) as DemoSample[];
  wallet = walletSamples(demo);
}, 120_000);

const verifyJson = (args: string[]) => {
  const run = verifyCli(['--data', demo, '--json', ...args]);
  return { ...run, results: run.status === 2 ? [] : (JSON.parse(run.stdout) as Result[]) };
};

const groupFor = (s: WalletSample, mode: 'plain' | 'encrypted') =>
  (mode === 'plain' ? plaintextGroup : encryptedGroup)(cardOf(demo, s), {
    ...(s.answer && { elements: s.answer }),
  });

/** The partner of a pairing as CLI arguments: a QR sample's URL, or a wallet call. */
async function partnerArgs(name: string, mode: 'plain' | 'encrypted'): Promise<string[]> {
  const url = qr.find((s) => s.name === name)?.url;
  if (url) return [url];
  const partner = wallet.find((s) => s.name === name);
  if (!partner) throw new Error(`no sample ${name}`);
  return groupFor(partner, mode);
}

describe('the demo wallet set', () => {
  it('covers what issue 19 asks for, each sample with its expected result and identity result', () => {
    const by = (name: string) => wallet.find((s) => s.name === name);
    expect(by('mnc-yamada')?.identity).toEqual({ with: 'valid-kaigo', result: 'match' });
    expect(by('mnc-takahashi')?.identity.mismatch).toEqual(['name']);
    expect(by('mnc-birth-differs')?.identity.mismatch).toEqual(['birthDate']);
    expect(by('dqc-revoked')?.reasons).toEqual(['REVOKED']);
    expect(by('mnc-expired')?.reasons).toEqual(['EXPIRED']);
    expect(by('mnc-unlisted-ds')?.reasons).toEqual(['UNKNOWN_SIGNER']);
    expect(by('dqc-ds-revoked')?.reasons).toEqual(['SIGNER_REVOKED']);
    for (const s of wallet) expect(s.identity.with, s.name).toBeTruthy();
  });
});

describe.each(['plain', 'encrypted'] as const)('every demo wallet sample through the CLI (%s)', (mode) => {
  it('gives its manifest verdict and reasons, one result per call in input order (exit 1: not all valid)', async () => {
    const args: string[] = [];
    for (const s of wallet) args.push(...(await groupFor(s, mode)));
    const run = verifyJson(args);
    expect(run.status, run.stderr).toBe(1);
    expect(run.results).toHaveLength(wallet.length);
    wallet.forEach((s, i) => {
      const r = run.results[i] as Result;
      expect({ name: s.name, docType: r.docType, verdict: r.verdict, reasons: r.reasons }).toEqual({
        name: s.name,
        docType: s.docType,
        verdict: s.verdict,
        reasons: s.reasons,
      });
      // Steps 1–2: skipped in the plaintext mode, run in the encrypted one (PROFILE §8.8).
      expect(r.checks.slice(0, 2).map((c) => c.result)).toEqual(
        mode === 'plain' ? ['skipped', 'skipped'] : ['pass', 'pass'],
      );
      expect(r.identity).toBeUndefined(); // more than one DQC and one mnc among the inputs
    });
  }, 120_000);

  it("gives each sample's identity result with its partner, on the DQC's result (PROFILE §8.7)", async () => {
    for (const s of wallet) {
      const own = await groupFor(s, mode);
      const partner = await partnerArgs(s.identity.with, mode);
      // URLs come first in the output, then the wallet calls in input order.
      const run = verifyJson(s.docType === DQC_DOCTYPE ? [...own, ...partner] : [...partner, ...own]);
      const dqc = run.results.find((r) => r.docType === DQC_DOCTYPE || r.docType === undefined);
      const { with: _partner, ...expected } = s.identity;
      expect({ name: s.name, identity: dqc?.identity }).toEqual({ name: s.name, identity: expected });
      const allValid = run.results.every((r) => r.verdict === 'valid');
      expect(run.status, s.name).toBe(allValid && expected.result === 'match' ? 0 : 1);
    }
  }, 240_000);
});

describe('the CLI wallet groups (PROFILE §8.8)', () => {
  const sample = (name: string) => wallet.find((s) => s.name === name) as WalletSample;

  it('prints the headlines, then the §8.7 ja line, without --json (exit 0 on a match)', async () => {
    const url = (qr.find((s) => s.name === 'valid-kaigo') as DemoSample).url;
    const run = verifyCli([
      '--data',
      demo,
      url,
      ...(await plaintextGroup(cardOf(demo, sample('mnc-yamada')))),
    ]);
    expect(run.status, run.stderr).toBe(0);
    const lines = run.stdout.trim().split('\n');
    expect(lines.filter((l) => l.startsWith('■ '))).toEqual(['■ 有効です', '■ 有効です']);
    expect(lines.at(-1)).toBe('本人確認: 一致');
  });

  it('a name mismatch: the line, then the 異体字・旧姓 advice and 目視 (exit 1)', async () => {
    const args = [
      ...(await encryptedGroup(cardOf(demo, sample('dqc-takahashi')))),
      ...(await encryptedGroup(cardOf(demo, sample('mnc-takahashi')))),
    ];
    const run = verifyCli(['--data', demo, ...args]);
    expect(run.status).toBe(1);
    expect(run.stdout.trim().split('\n').slice(-3)).toEqual([
      '本人確認: 一致しません（氏名）',
      '異体字・旧姓など表記の違いでも一致しないことがあります。',
      '本人確認書類を目視で確認してください。',
    ]);
    expect(run.stdout).toContain('氏名（カード）: 髙橋 健一');
  });

  it('origin binding: sealed for another origin → DECRYPT_FAILED; signed for another → DEVICE_AUTH_FAILED', async () => {
    const card = cardOf(demo, sample('mnc-yamada'));
    const other = { walletOrigin: 'https://attacker.example' };
    const run = verifyJson([...(await encryptedGroup(card, other)), ...(await plaintextGroup(card, other))]);
    expect(run.status).toBe(1);
    expect(run.results.map((r) => [r.docType, r.verdict, r.reasons])).toEqual([
      [null, 'invalid', ['DECRYPT_FAILED']],
      [MNC_DOCTYPE, 'invalid', ['DEVICE_AUTH_FAILED']],
    ]);
  });

  it('a call that failed before any Document stands for the doctype its --request names (MNC_NOT_VALID)', async () => {
    const url = (qr.find((s) => s.name === 'valid-kaigo') as DemoSample).url;
    const card = cardOf(demo, sample('mnc-yamada'));
    const run = verifyJson([
      url,
      ...(await encryptedGroup(card, { walletOrigin: 'https://attacker.example' })),
    ]);
    expect(run.results[0]?.identity).toEqual({ result: 'indeterminate', reason: 'MNC_NOT_VALID' });
    expect(run.status).toBe(1);
  });

  it('only the requested elements are shown; an unrequested one sent by the wallet is verified, not shown', async () => {
    const run = verifyJson(await plaintextGroup(cardOf(demo, sample('mnc-yamada')), { elements: 'all' }));
    expect(run.results[0]?.verdict).toBe('valid');
    const shown = run.results[0]?.mdoc?.elements ?? {};
    expect(Object.keys(shown['org.iso.23220.1'] ?? {}).sort()).toEqual([
      'birth_date',
      'family_name_unicode',
      'given_name_unicode',
    ]);
    expect(JSON.stringify(shown)).not.toContain('issuing_country');
  });

  it('usage errors exit 2', async () => {
    const [, response, , transcript] = await plaintextGroup(cardOf(demo, sample('mnc-yamada')));
    for (const args of [
      ['--session-transcript', transcript as string],
      ['--mdoc', response as string],
      [
        '--mdoc',
        response as string,
        '--session-transcript',
        transcript as string,
        '--origin',
        'https://x.example',
      ],
      ['--mdoc', join(demo, 'missing.cbor'), '--session-transcript', transcript as string],
      [
        '--mdoc',
        response as string,
        '--session-transcript',
        transcript as string,
        '--request',
        response as string,
      ],
    ]) {
      const run = verifyCli(['--data', demo, ...args]);
      expect({ args, status: run.status }).toEqual({ args, status: 2 });
      expect(run.stderr).toMatch(/^エラー: /);
    }
  });
});
