// The demo world end to end through the verifier CLI: every sample URL and every demo PDF gives
// the result its manifest states, and every demo PDF the document verdict too (PROFILE §6.1);
// doctored PDFs name the mismatching items. `demo` refuses a folder that is not empty.

import { spawn } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { DemoSample } from '../../issuer/demo';
import { issuerCli, verifyCli } from '../helpers/run-cli';

let dir: string;
let manifest: DemoSample[];

beforeAll(() => {
  dir = join(mkdtempSync(join(tmpdir(), 'dqc-cli-')), 'demo');
  const made = issuerCli(['demo', '--out', dir, '--base', 'http://localhost:8787']);
  expect(made.status, made.stderr).toBe(0);
  manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as DemoSample[];
}, 120_000);

describe('demo manifest through the CLI', () => {
  it('covers every outcome the issue asks for', () => {
    const names = manifest.map((s) => s.name);
    for (const n of [
      'revoked',
      'suspended',
      'deleted',
      'expired',
      'tampered',
      'wrong-host',
      'unknown-signer',
      'signer-revoked',
      'not-entitled',
      'future',
    ]) {
      expect(names).toContain(n);
    }
    const valid = manifest.filter((s) => s.verdict === 'valid' && !s.pdfMismatch);
    expect(new Set(valid.map((s) => s.url)).size).toBeGreaterThanOrEqual(2);
  });

  it('every URL gives its manifest verdict and reasons (--json, exit code 1: not all valid)', () => {
    const urls = [...new Set(manifest.map((s) => s.url))];
    const r = verifyCli(['--data', dir, '--json', ...urls]);
    expect(r.status).toBe(1);
    const results = JSON.parse(r.stdout) as { verdict: string; reasons: string[]; checks: unknown[] }[];
    expect(results).toHaveLength(urls.length);
    urls.forEach((url, i) => {
      const sample = manifest.find((s) => s.url === url) as DemoSample;
      expect({ name: sample.name, verdict: results[i]?.verdict, reasons: results[i]?.reasons }).toEqual({
        name: sample.name,
        verdict: sample.verdict,
        reasons: sample.reasons,
      });
      expect(results[i]?.checks).toHaveLength(11);
    });
  });

  it('every demo PDF gives its manifest verdict and document verdict (§6.1), doctored ones naming the items', () => {
    const pdfs = manifest.filter((s) => s.pdf);
    expect(pdfs.length).toBeGreaterThanOrEqual(17);
    const r = verifyCli(['--data', dir, '--json', ...pdfs.map((s) => join(dir, s.pdf as string))]);
    const results = JSON.parse(r.stdout) as {
      verdict: string;
      reasons: string[];
      document?: { verdict: string; reasons: string[]; items: Record<string, string> };
    }[];
    expect(results).toHaveLength(pdfs.length);
    pdfs.forEach((sample, i) => {
      const result = results[i];
      expect([sample.name, result?.verdict, result?.reasons]).toEqual([
        sample.name,
        sample.verdict,
        sample.reasons,
      ]);
      expect([sample.name, result?.document?.verdict, result?.document?.reasons]).toEqual([
        sample.name,
        sample.document?.verdict,
        sample.document?.reasons,
      ]);
      const differing = Object.entries(result?.document?.items ?? {})
        .filter(([item, c]) => item !== '写真' && c === 'differs')
        .map(([item]) => item);
      expect(new Set(differing), sample.name).toEqual(new Set(sample.pdfMismatch ?? []));
    });
  }, 180_000);

  it('the exit code follows the document: an edited PDF or one with another holder’s QR exits 1', () => {
    const pdf = (name: string) =>
      join(dir, (manifest.find((s) => s.name === name) as DemoSample).pdf as string);
    const edited = verifyCli(['--data', dir, pdf('pdf-edited-name')]);
    expect(edited.status).toBe(1);
    expect(edited.stdout).toContain('■ 無効です（PDFの記載内容が署名データと一致しません）');
    expect(edited.stdout).toContain('✗ 氏名　PDFの記載：山田 花代　正しい内容（署名データ）：山田 花子');
    expect(verifyCli(['--data', dir, pdf('pdf-other-qr')]).status).toBe(1);
    const valid = verifyCli(['--data', dir, '--json', pdf('valid-kango-full')]);
    expect(valid.status).toBe(0);
    expect(JSON.parse(valid.stdout)).toMatchObject([
      {
        verdict: 'valid',
        document: { verdict: 'valid', reasons: [], items: { 氏名: 'matches', 写真: 'matches' } },
      },
    ]);
  }, 120_000);

  it('a valid sample alone exits 0 with the Japanese headline and the items', () => {
    const valid = manifest.find((s) => s.name === 'valid-kango-full') as DemoSample;
    const r = verifyCli(['--data', dir, valid.url]);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('■ 有効です');
    expect(r.stdout).toContain('登録番号: 第200002号');
    expect(r.stdout).toContain('氏名: 佐藤 太郎');
  });

  it('reads URLs from stdin and QR images', () => {
    const sample = manifest.find((s) => s.name === 'suspended') as DemoSample;
    const r = verifyCli(
      ['--data', dir, '--json', '-', join(dir, 'credentials', 'suspended.png')],
      `${sample.url}\n`,
    );
    const results = JSON.parse(r.stdout) as { reasons: string[]; source: string }[];
    expect(results.map((x) => x.reasons)).toEqual([['SUSPENDED'], ['SUSPENDED']]);
    expect(results.map((x) => x.source)).toEqual(['stdin:1', join(dir, 'credentials', 'suspended.png')]);
  });

  it('without a usable trust list every result is TRUST_LIST_UNAVAILABLE', () => {
    const urls = manifest.slice(0, 3).map((s) => s.url);
    for (const args of [[], ['--data', join(dir, 'nowhere')]]) {
      const r = verifyCli([...args, '--json', ...urls]);
      const results = JSON.parse(r.stdout) as {
        verdict: string;
        reasons: string[];
        trustListSeq: number | null;
      }[];
      expect(
        results.every(
          (x) =>
            x.verdict === 'indeterminate' &&
            x.reasons[0] === 'TRUST_LIST_UNAVAILABLE' &&
            x.trustListSeq === null,
        ),
      ).toBe(true);
      expect(r.status).toBe(1);
    }
  });

  it('--now moves the clock: far in the future the trust list has expired', () => {
    const valid = manifest.find((s) => s.name === 'valid-kaigo') as DemoSample;
    const r = verifyCli(['--data', dir, '--json', '--now', '2099-01-01T00:00:00Z', valid.url]);
    const [result] = JSON.parse(r.stdout) as { verdict: string; reasons: string[] }[];
    expect(result?.reasons).toContain('TRUST_LIST_EXPIRED');
  });

  it('usage errors exit 2, in Japanese', () => {
    expect(verifyCli([]).status).toBe(2);
    const bogus = verifyCli(['--bogus']);
    expect(bogus.status).toBe(2);
    expect(bogus.stderr).toContain('知らないオプションです: --bogus');
    expect(verifyCli(['--now']).stderr).toContain('--now の値がありません');
    expect(verifyCli(['no-such-file.pdf']).status).toBe(2);
    const folder = verifyCli([dir]);
    expect(folder.status).toBe(2);
    expect(folder.stderr).toContain('フォルダは指定できません');
    // --now is RFC 3339 with its offset: without one the answer would depend on the machine.
    for (const now of ['yesterday', '12', 'Nov 23 2026', '2026-11-23T18:00:00', '2026-11-23'])
      expect(verifyCli(['--now', now, 'https://x/']).status, now).toBe(2);
    expect(verifyCli(['--now', '2026-11-23T18:00:00+09:00', 'https://x/']).status).toBe(1);
  }, 90_000);

  it('a URL with a leading space is verified as given (MALFORMED_URL), never echoed', () => {
    const url = (manifest.find((s) => s.name === 'valid-kaigo') as DemoSample).url;
    const r = verifyCli(['--data', dir, '--json', ` ${url}`]);
    expect(r.status).toBe(1);
    expect(JSON.parse(r.stdout)).toMatchObject([
      { verdict: 'invalid', reasons: ['MALFORMED_URL'], source: 'URL' },
    ]);
    expect(r.stderr).not.toContain(url.slice(-40));
  });

  it('an input that gives no code keeps its place in --json as {source, error}', () => {
    const garbage = join(dir, 'garbage.bin');
    writeFileSync(
      garbage,
      Uint8Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256),
    );
    const empty = join(dir, 'empty.url');
    writeFileSync(empty, '\n\n');
    const valid = manifest.find((s) => s.name === 'valid-kaigo') as DemoSample;
    const r = verifyCli(['--data', dir, '--json', garbage, valid.url, empty]);
    expect(r.status).toBe(1);
    const results = JSON.parse(r.stdout) as { source: string; error?: string; verdict?: string }[];
    expect(results).toHaveLength(3);
    expect(results[0]).toEqual({
      source: garbage,
      error: expect.stringContaining('この形式のファイルは読み込めません'),
    });
    expect(results[1]).toMatchObject({ source: 'URL', verdict: 'valid' });
    expect(results[2]).toEqual({ source: empty, error: expect.stringContaining('URL が書かれていません') });
    expect(r.stderr).toContain(`エラー: ${garbage}: この形式のファイルは読み込めません`);
  });

  it('an SVG or a note is not a list of invalid URLs; a bare credential is not echoed; no --data is said', () => {
    const svg = join(dir, 'code.svg');
    writeFileSync(
      svg,
      '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 8 8"><path d="M0 0h1"/></svg>\n',
    );
    const note = join(dir, 'note.txt');
    writeFileSync(note, 'hello\nsee you\n');
    const r = verifyCli(['--data', dir, '--json', svg, note]);
    expect(JSON.parse(r.stdout)).toEqual([
      { source: svg, error: expect.stringContaining('SVG の画像は読めません') },
      { source: note, error: expect.stringContaining('URL が書かれていません') },
    ]);
    const value = (manifest.find((s) => s.name === 'valid-kaigo') as DemoSample).url.split(
      '?c=',
    )[1] as string;
    const bare = verifyCli(['--data', dir, value]);
    expect(bare.status).toBe(2);
    expect(bare.stderr).toContain('https:// から全体を指定してください');
    expect(bare.stderr).not.toContain(value.slice(0, 40));
    expect(verifyCli([svg]).stderr).toContain('警告: --data がありません');
  });

  it('stops quietly when its output is piped into a reader that closes early (head)', async () => {
    const urls = Array.from({ length: 200 }, () => manifest[0]?.url).join('\n');
    const child = spawn(resolve('node_modules/.bin/tsx'), ['cli/verify-cli.ts', '--data', dir, '-']);
    let stderr = '';
    child.stderr.on('data', (c: Buffer) => {
      stderr += c.toString();
    });
    child.stdout.once('data', () => child.stdout.destroy());
    child.stdin.end(urls);
    const status = await new Promise((done) => child.on('close', done));
    expect(stderr).not.toContain('EPIPE');
    expect(status).toBe(141);
  });

  it('standard input over 20 MB is refused in its place, not read into memory', () => {
    const r = verifyCli(['--json', '-'], 'a'.repeat(21 * 1024 * 1024));
    expect(r.status).toBe(1);
    expect(JSON.parse(r.stdout)).toEqual([
      { source: 'stdin', error: expect.stringContaining('ファイルが大きすぎます（20 MB まで）') },
    ]);
  });

  it('an unreadable status file or anchor is a Japanese warning, not a crash', () => {
    const copy = join(mkdtempSync(join(tmpdir(), 'dqc-cli-copy-')), 'demo');
    cpSync(dir, copy, { recursive: true });
    mkdirSync(join(copy, 'status', 'folder.cbor'));
    const valid = manifest.find((s) => s.name === 'valid-kaigo') as DemoSample;
    const r = verifyCli(['--data', copy, '--json', valid.url]);
    expect(r.stderr).toContain('警告: status/folder.cbor を読めません（EISDIR）');
    expect(JSON.parse(r.stdout)).toMatchObject([{ verdict: 'valid' }]);
    writeFileSync(join(copy, 'anchor.json'), 'null');
    const noAnchor = verifyCli(['--data', copy, '--json', valid.url]);
    expect(noAnchor.stderr).toContain('警告: anchor.json が正しくありません');
    expect(JSON.parse(noAnchor.stdout)).toMatchObject([{ reasons: ['TRUST_LIST_UNAVAILABLE'] }]);
  });

  it('a corrupt PDF is reported clearly, the others still verified', () => {
    const broken = join(dir, 'broken.pdf');
    writeFileSync(broken, '%PDF-1.7\ngarbage');
    const valid = manifest.find((s) => s.name === 'valid-kaigo') as DemoSample;
    const r = verifyCli(['--data', dir, '--json', broken, valid.url]);
    expect(r.stderr).toMatch(/broken\.pdf: (PDFが壊れているため読み込めません|二次元コードが見つかりません)/);
    const results = JSON.parse(r.stdout) as { source: string; error?: string; verdict?: string }[];
    expect(results.map((x) => [x.source, x.verdict ?? 'error'])).toEqual([
      [broken, 'error'],
      ['URL', 'valid'],
    ]);
    expect(r.status).toBe(1);
  });
});

describe('demo into a folder that is not empty', () => {
  it('refuses a folder that holds anything, and leaves it as it was', () => {
    const parent = mkdtempSync(join(tmpdir(), 'dqc-demo-'));
    writeFileSync(join(parent, 'notes.txt'), 'mine');
    const r = issuerCli(['demo', '--out', parent, '--base', 'http://localhost:8799', '--no-pdf']);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain(`${parent} は空のフォルダではありません（notes.txt）`);
    expect(r.stderr).not.toContain('makes keys');
    expect(readdirSync(parent)).toEqual(['notes.txt']);
  });
});
