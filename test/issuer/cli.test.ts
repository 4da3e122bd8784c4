// The issuer CLI as a person uses it: keys, issue (flags and CSV/JSON batches), status, trust list,
// with the verifier CLI checking every step.
import { mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { batchList, batchListPath, issuerCli, verifyCli } from '../helpers/run-cli';

let dir: string;
const base = 'http://localhost:8799';
const person = [
  '--qual',
  '1',
  '--name',
  '鈴木 花子',
  '--birth',
  '1991-02-03',
  '--reg-no',
  '424242',
  '--reg-date',
  '2014-04-01',
];
const verdictOf = (url: string) => {
  const r = verifyCli(['--data', dir, '--json', url]);
  return (
    JSON.parse(r.stdout) as {
      verdict: string;
      reasons: string[];
      credential?: { cti: string; status: { idx: number } };
    }[]
  )[0];
};

beforeAll(() => {
  dir = join(mkdtempSync(join(tmpdir(), 'dqc-issuer-')), 'world');
  const r = issuerCli([
    'keys',
    '--dir',
    dir,
    '--base',
    base,
    '--iss',
    'jp.example',
    '--name',
    '試験機関',
    '--quals',
    '1,2',
  ]);
  expect(r.status, r.stderr).toBe(0);
}, 60_000);

describe('issuer CLI', () => {
  it('keys: PKCS#8 PEM keys with mode 0600, anchor.json, a signed trust list and status list', () => {
    for (const file of ['anchor.pem', 'signer-1.pem', 'status-1.pem']) {
      const path = join(dir, 'keys', file);
      expect(readFileSync(path, 'utf8')).toMatch(/^-----BEGIN PRIVATE KEY-----\n/);
      expect(statSync(path).mode & 0o777).toBe(0o600);
    }
    expect(JSON.parse(readFileSync(join(dir, 'anchor.json'), 'utf8'))).toMatchObject({
      kty: 'EC',
      crv: 'P-256',
    });
    expect(readdirSync(join(dir, 'status'))).toEqual(['1.cbor']);
  });

  it('issue from flags → URL on stdout, .url and .png written, verifies as valid', () => {
    const r = issuerCli(['issue', '--dir', dir, ...person, '--out', 'hanako', '--svg']);
    expect(r.status, r.stderr).toBe(0);
    const url = r.stdout.trim();
    expect(url).toMatch(/^http:\/\/localhost:8799\/w\/\?c=[A-Za-z0-9_-]+$/);
    expect(readFileSync(join(dir, 'credentials', 'hanako.url'), 'utf8').trim()).toBe(url);
    expect([...readFileSync(join(dir, 'credentials', 'hanako.png')).subarray(1, 4)]).toEqual([
      0x50, 0x4e, 0x47,
    ]);
    expect(readFileSync(join(dir, 'credentials', 'hanako.svg'), 'utf8')).toContain('<svg');
    expect(verdictOf(url)).toMatchObject({ verdict: 'valid', reasons: [] });
  });

  it('status: revoke, suspend, delete and restore by cti, re-signing the list', () => {
    const url = issuerCli(['issue', '--dir', dir, ...person, '--out', 'status-me']).stdout.trim();
    const cti = verdictOf(url)?.credential?.cti as string;
    for (const [set, reason] of [
      ['revoked', 'REVOKED'],
      ['suspended', 'SUSPENDED'],
      ['deleted', 'DELETED'],
    ] as const) {
      expect(issuerCli(['status', '--dir', dir, '--cti', cti, '--set', set]).status).toBe(0);
      expect(verdictOf(url)).toMatchObject({ verdict: 'invalid', reasons: [reason] });
    }
    expect(issuerCli(['status', '--dir', dir, '--cti', cti, '--set', 'valid']).status).toBe(0);
    expect(verdictOf(url)?.verdict).toBe('valid');
    expect(issuerCli(['status', '--dir', dir, '--cti', 'nope', '--set', 'revoked']).status).toBe(2);
  }, 90_000); // eleven CLI processes, each 2–5 s of start-up on a loaded 2-core machine

  it('a cti beginning with "-" (base64url allows it) is read as the value of --cti', () => {
    const dash = issuerCli(['status', '--dir', dir, '--cti', '-utJf4OGkGbg8x9CzFYksQ', '--set', 'revoked']);
    expect(dash.status).toBe(2);
    expect(dash.stderr).toContain(
      'cti -utJf4OGkGbg8x9CzFYksQ の資格者証はこのフォルダから発行されていません',
    );
    // A flag where the value should be is still a missing value.
    const missing = issuerCli(['status', '--dir', dir, '--cti', '--set', 'revoked']);
    expect(missing.status).toBe(2);
    expect(missing.stderr).not.toContain('の資格者証はこのフォルダから発行されていません');
  });

  it('status: two changes within one second still sign strictly later lists', () => {
    const url = issuerCli(['issue', '--dir', dir, ...person, '--out', 'same-second']).stdout.trim();
    const cti = verdictOf(url)?.credential?.cti as string;
    // The same clock second for both changes (the real one: a future iat would upset later tests).
    const at = new Date(Math.floor(Date.now() / 1000) * 1000).toISOString();
    const later = new Date(Date.parse(at) + 60_000).toISOString();
    const checkedAt = () => {
      const r = verifyCli(['--data', dir, '--json', '--now', later, url]);
      return JSON.parse(r.stdout)[0] as { verdict: string; statusCheckedAt: string };
    };
    expect(issuerCli(['status', '--dir', dir, '--cti', cti, '--set', 'suspended', '--now', at]).status).toBe(
      0,
    );
    const suspended = checkedAt();
    expect(suspended.verdict).toBe('invalid');
    expect(issuerCli(['status', '--dir', dir, '--cti', cti, '--set', 'valid', '--now', at]).status).toBe(0);
    const restored = checkedAt();
    expect(restored.verdict).toBe('valid');
    // Same clock second, yet the restoring list is newer: a store or cache keeping the latest iat
    // (PROFILE §5, §7) takes it instead of refusing it as "not newer".
    expect(Date.parse(restored.statusCheckedAt)).toBeGreaterThan(Date.parse(suspended.statusCheckedAt));
  });

  it('trust-list: each signing raises seq', () => {
    const seq = () =>
      (JSON.parse(readFileSync(join(dir, 'issuer.json'), 'utf8')) as { trustList: { seq: number } }).trustList
        .seq;
    const before = seq();
    expect(issuerCli(['trust-list', '--dir', dir]).status).toBe(0);
    expect(seq()).toBe(before + 1);
  });

  // Some twenty issuer processes, each starting tsx (~1.5 s): more than the default 30 s on a busy machine.
  it('a CSV batch (quotes, other items, BOM) and a JSON batch: random ctis, indexes never reused', {
    timeout: 120_000,
  }, () => {
    const csv = `\uFEFFqual,name,birth,reg-no,reg-date,other:備考,out\r\n2,"山本, 一郎",1980-01-02,1,2010-01-01,"「""注記""」, 続き",csv-a\r\n1,田中 次郎,1981-03-04,2,2011-02-02,,csv-b\r\n`;
    writeFileSync(join(dir, 'batch.csv'), csv);
    writeFileSync(
      join(dir, 'batch.json'),
      JSON.stringify([
        {
          qual: 1,
          name: '小川 三郎',
          birth: '1970-12-31',
          'reg-no': '3',
          'reg-date': '2000-01-01',
          other: { 籍: '大阪府' },
          out: 'json-a',
        },
      ]),
    );
    const csvRun = issuerCli(['issue', '--dir', dir, '--batch', join(dir, 'batch.csv')]);
    expect(csvRun.status, csvRun.stderr).toBe(0);
    const jsonRun = issuerCli(['issue', '--dir', dir, '--batch', join(dir, 'batch.json')]);
    expect(jsonRun.status, jsonRun.stderr).toBe(0);
    // Each batch lists what it signed, row by row: file, cti, status entry and URL.
    const registry = (
      JSON.parse(readFileSync(join(dir, 'issuer.json'), 'utf8')) as {
        issued: Record<string, { idx: number }>;
      }
    ).issued;
    const csvList = batchList(csvRun.stderr);
    expect(csvList.map((l) => [l.row, l.file])).toEqual([
      ['1', 'csv-a'],
      ['2', 'csv-b'],
    ]);
    expect(batchList(jsonRun.stderr).map((l) => [l.row, l.file])).toEqual([['1', 'json-a']]);
    for (const line of csvList) {
      expect(line.url).toBe(readFileSync(join(dir, 'credentials', `${line.file}.url`), 'utf8').trim());
      expect(String(registry[line.cti]?.idx)).toBe(line.status_idx);
      expect(JSON.parse(verifyCli(['--json', '--data', dir, line.url]).stdout)[0].credential).toMatchObject({
        cti: line.cti,
        status: { idx: Number(line.status_idx), uri: line.status_uri },
      });
    }
    const results = ['csv-a', 'csv-b', 'json-a'].map((n) =>
      verdictOf(readFileSync(join(dir, 'credentials', `${n}.url`), 'utf8').trim()),
    );
    expect(results.map((r) => r?.verdict)).toEqual(['valid', 'valid', 'valid']);
    const first = JSON.parse(
      verifyCli(['--data', dir, '--json', readFileSync(join(dir, 'credentials', 'csv-a.url'), 'utf8').trim()])
        .stdout,
    )[0];
    expect(first.credential.dqc).toMatchObject({
      '2': '社会福祉士',
      '3': '山本, 一郎',
      '9': { 備考: '「"注記"」, 続き' },
    });
    // The batch's list revokes the whole batch in one step (each list signed once); a file naming
    // a cti this folder never issued changes nothing.
    const urls = csvList.map((l) => l.url);
    writeFileSync(join(dir, 'ctis.txt'), `${csvList[0]?.cti}\nnot-issued\n`);
    const unknown = issuerCli([
      'status',
      '--dir',
      dir,
      '--cti-file',
      join(dir, 'ctis.txt'),
      '--set',
      'revoked',
    ]);
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toContain('not-issued');
    expect(urls.map((u) => verdictOf(u)?.verdict)).toEqual(['valid', 'valid']);
    const revoke = ['status', '--dir', dir, '--cti-file', batchListPath(csvRun.stderr), '--set', 'revoked'];
    const revoked = issuerCli(revoke);
    expect(revoked.status, revoked.stderr).toBe(0);
    expect(revoked.stderr).toContain('2 件の状態を revoked にしました');
    expect(urls.map((u) => verdictOf(u)?.reasons)).toEqual([['REVOKED'], ['REVOKED']]);
    const restore = csvList.flatMap((l) => ['--cti', l.cti]);
    expect(issuerCli(['status', '--dir', dir, ...restore, '--set', 'valid']).status).toBe(0);
    expect(urls.map((u) => verdictOf(u)?.verdict)).toEqual(['valid', 'valid']);
    // A line break is a control character: the profile's text rules refuse it (PROFILE §3).
    writeFileSync(
      join(dir, 'newline.csv'),
      'qual,name,birth,reg-no,reg-date,other:備考\n1,a,1990-01-01,9,2010-01-01,"二行\n目"\n',
    );
    expect(issuerCli(['issue', '--dir', dir, '--batch', join(dir, 'newline.csv')]).status).toBe(2);
    const state = JSON.parse(readFileSync(join(dir, 'issuer.json'), 'utf8')) as {
      issued: Record<string, { idx: number }>;
    };
    const indexes = Object.values(state.issued).map((r) => r.idx);
    expect(new Set(indexes).size).toBe(indexes.length);
    expect(JSON.stringify(state)).not.toContain('山本'); // no personal data in the registry
  });

  it('bad input is refused before anything is signed, with a clear message and exit code 2', () => {
    const before = readFileSync(join(dir, 'issuer.json'), 'utf8');
    for (const [flag, value, message] of [
      ['--birth', '2023-02-29', /birth/],
      ['--qual', '85', /qual/],
      ['--name', '', /name/],
    ] as const) {
      const args = [...person];
      args[args.indexOf(flag) + 1] = value;
      const r = issuerCli(['issue', '--dir', dir, ...args]);
      expect(r.status).toBe(2);
      expect(r.stderr).toMatch(message);
    }
    writeFileSync(
      join(dir, 'bad.csv'),
      'qual,name,birth,reg-no,reg-date\n1,ok,1990-01-01,1,2010-01-01\n1,bad,1990-13-01,2,2010-01-01\n',
    );
    const r = issuerCli(['issue', '--dir', dir, '--batch', join(dir, 'bad.csv')]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('2 行目');
    expect(r.stderr).not.toContain('makes keys'); // the data is wrong, not the command: no usage text
    expect(readFileSync(join(dir, 'issuer.json'), 'utf8')).toBe(before); // all or nothing
    // File names too: one that is not a plain name, and one a row before already took.
    for (const [second, message] of [
      ['../escape', 'ファイル名に使えません'],
      ['same', '前の行で使われています'],
    ] as const) {
      writeFileSync(
        join(dir, 'bad-out.csv'),
        `qual,name,birth,reg-no,reg-date,out\n1,a,1990-01-01,1,2010-01-01,same\n1,b,1990-01-01,2,2010-01-01,${second}\n`,
      );
      const bad = issuerCli(['issue', '--dir', dir, '--batch', join(dir, 'bad-out.csv')]);
      expect(bad.status).toBe(2);
      expect(bad.stderr).toContain('2 行目（見出しの次が 1 行目）: ');
      expect(bad.stderr).toContain(message);
      expect(readFileSync(join(dir, 'issuer.json'), 'utf8')).toBe(before);
    }
    expect(issuerCli(['issue', '--dir', join(dir, 'none'), ...person]).status).toBe(1);
    expect(issuerCli(['frobnicate']).status).toBe(2);
  });
});
