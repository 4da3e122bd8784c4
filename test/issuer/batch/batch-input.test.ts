// The issuer refuses, before signing anything, what would give a wrong or uncheckable certificate:
// files that are not UTF-8, JSON of the wrong types, unknown columns, impossible dates, signers
// the trust list does not name or that may not issue the code, full status lists, and --out names
// already in use. Publishing says when nothing was stored.

import { chmodSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { issuerCli, issuerCliAsync, personFlags, verifyCli } from '../../helpers/run-cli';

let dir: string;
const person = personFlags();
const state = () => readFileSync(join(dir, 'issuer.json'), 'utf8');
const verdictOf = (url: string) =>
  (
    JSON.parse(verifyCli(['--data', dir, '--json', url]).stdout) as { verdict: string; reasons: string[] }[]
  )[0];

/** Runs the issuer and expects it to refuse with `status`, the message, and no change to the folder. */
function refused(args: string[], status: number, message: string | RegExp): void {
  const before = state();
  const r = issuerCli(args);
  expect(r.status, r.stderr).toBe(status);
  expect(r.stderr).toMatch(message);
  expect(state()).toBe(before);
}

beforeAll(() => {
  dir = join(mkdtempSync(join(tmpdir(), 'dqc-input-')), 'world');
  const r = issuerCli(['keys', '--dir', dir, '--base', 'http://localhost:8799', '--quals', '1,2']);
  expect(r.status, r.stderr).toBe(0);
}, 60_000);

describe('issue refuses before signing', () => {
  it('a batch that is not UTF-8 (a Shift_JIS export), with the way to save it', () => {
    const sjisName = Uint8Array.from([0x8e, 0x52, 0x93, 0x63]); // 山田 in Shift_JIS
    const head = new TextEncoder().encode('qual,name,birth,reg-no,reg-date\n1,');
    const tail = new TextEncoder().encode(',1990-04-01,1,2015-05-01\n');
    writeFileSync(join(dir, 'sjis.csv'), Buffer.concat([head, sjisName, tail]));
    refused(['issue', '--dir', dir, '--batch', join(dir, 'sjis.csv')], 2, /UTF-8 ではありません.*CSV UTF-8/);
  });

  it('JSON of the wrong types, unknown columns; null is an absent field', () => {
    const base = { qual: 1, name: '小川 三郎', birth: '1970-12-31', 'reg-no': '3', 'reg-date': '2000-01-01' };
    for (const [extra, message] of [
      [{ 'reg-no': true }, /「reg-no」は文字列か数値/],
      [{ other: ['a', 'b'] }, /「other」は/],
      [{ other: { 備考: { a: 1 } } }, /「other.備考」は文字列か数値/],
      [{ grant_date: '2001-01-01' }, /知らない列「grant_date」/],
    ] as const) {
      writeFileSync(join(dir, 'bad.json'), JSON.stringify([{ ...base, ...extra }]));
      refused(['issue', '--dir', dir, '--batch', join(dir, 'bad.json')], 2, message);
    }
    writeFileSync(
      join(dir, 'nulls.json'),
      JSON.stringify([{ ...base, body: null, kana: null, out: 'nulls' }]),
    );
    expect(issuerCli(['issue', '--dir', dir, '--batch', join(dir, 'nulls.json')]).status).toBe(0);
    const url = readFileSync(join(dir, 'credentials', 'nulls.url'), 'utf8').trim();
    const result = JSON.parse(verifyCli(['--data', dir, '--json', url]).stdout)[0];
    expect(result.credential.dqc['7']).not.toBe('null');
    expect(result.credential.dqc['11']).toBeUndefined();
    // A CSV as typed in a spreadsheet: capitals and spaces in the header do not matter, and
    // spaces around a value are not signed.
    writeFileSync(
      join(dir, 'caps.csv'),
      ' Qual ,Name,Birth,REG-NO,Reg-Date,Out\n1, 田中 一 ,1990-01-01,9,2010-01-01,caps\n',
    );
    expect(issuerCli(['issue', '--dir', dir, '--batch', join(dir, 'caps.csv')]).status).toBe(0);
    const caps = readFileSync(join(dir, 'credentials', 'caps.url'), 'utf8').trim();
    expect(JSON.parse(verifyCli(['--data', dir, '--json', caps]).stdout)[0].credential.dqc['3']).toBe(
      '田中 一',
    );
  });

  it('dates that do not exist or are past, and numbers written loosely', () => {
    refused(['issue', '--dir', dir, ...person, '--exp', '2031-02-30'], 2, /--exp/);
    refused(['issue', '--dir', dir, ...person, '--exp', '2031-01-01T00:00:00'], 2, /時差付き/);
    refused(['issue', '--dir', dir, ...person, '--exp', '2001-01-01'], 2, /過去/);
    const loose = [...person];
    loose[1] = '1e0';
    refused(['issue', '--dir', dir, ...loose], 2, /--qual/);
  });

  it('a row too large for a QR code (PROFILE §2), named with its size: no row before it is signed', () => {
    // 16 other items of 60 characters: well over 1,700 bytes once signed.
    const other = Object.fromEntries(Array.from({ length: 16 }, (_, i) => [`項目${i}`, '長'.repeat(60)]));
    const rows = [
      { qual: '1', name: '一', birth: '1990-04-01', 'reg-no': '1', 'reg-date': '2015-05-01' },
      { qual: '1', name: '二', birth: '1990-04-01', 'reg-no': '2', 'reg-date': '2015-05-01', other },
    ];
    writeFileSync(join(dir, 'large.json'), JSON.stringify(rows));
    refused(
      ['issue', '--dir', dir, '--batch', join(dir, 'large.json')],
      2,
      /2 行目.*記載事項が多すぎます（署名後 \d+ バイト/,
    );
  });

  it('with --pdf, a name the certificate font cannot draw: refused before anything is signed', () => {
    writeFileSync(
      join(dir, 'hangul.csv'),
      'qual,name,birth,reg-no,reg-date\n1,山田 太郎,1990-04-01,1,2015-05-01\n1,김 민준,1990-04-01,2,2015-05-01\n',
    );
    refused(
      ['issue', '--dir', dir, '--batch', join(dir, 'hangul.csv'), '--pdf'],
      2,
      /2 行目.*フォント（Noto Sans JP）にない文字があります（.*U\+AE40/,
    );
  });

  it('dates as Excel saves them (1990/4/1) and spaced other items: read as meant; a repeated label refused', () => {
    writeFileSync(
      join(dir, 'excel.csv'),
      'qual,name,birth,reg-no,reg-date,other:備考,out\n1,山田 花子,1990/4/1,77,2015/05/01, 要確認 ,excel\n',
    );
    const r = issuerCli(['issue', '--dir', dir, '--batch', join(dir, 'excel.csv'), '--no-png']);
    expect(r.status, r.stderr).toBe(0);
    const url = readFileSync(join(dir, 'credentials', 'excel.url'), 'utf8').trim();
    const result = JSON.parse(verifyCli(['--data', dir, '--json', url]).stdout)[0];
    expect(result.credential.dqc['4']).toBe('1990-04-01');
    expect(result.credential.dqc['6']).toBe('2015-05-01');
    expect(result.credential.dqc['9']).toEqual({ 備考: '要確認' });
    refused(
      ['issue', '--dir', dir, ...person, '--other', '備考=一', '--other', '備考=二'],
      2,
      /項目名「備考」が二度あります/,
    );
  });

  it('a row the signer may not issue, at the end of a batch: nothing is signed, the row is named', () => {
    const rows = Array.from({ length: 20 }, (_, i) => `1,試験 ${i},1990-04-01,${i},2015-05-01`);
    rows.push('5,最後,1990-04-01,99,2015-05-01'); // code 5 is not in --quals 1,2
    writeFileSync(join(dir, 'late.csv'), `qual,name,birth,reg-no,reg-date\n${rows.join('\n')}\n`);
    refused(
      ['issue', '--dir', dir, '--batch', join(dir, 'late.csv')],
      2,
      /21 行目.*: .*コード 5 の資格を発行できません/,
    );
    refused(['issue', '--dir', dir, ...person.slice(2), '--qual', '1000'], 2, /資格名称が必要です/);
    refused(['issue', '--dir', dir, ...person, '--signer', '7'], 2, /署名者 7 はありません/);
  });

  it('a signer the trust list does not name; a listed new signer is signed in at once', () => {
    const unlisted = issuerCli([
      'keys',
      '--dir',
      dir,
      '--add-signer',
      '--iss',
      'jp.x',
      '--name',
      '外部',
      '--unlisted',
    ]);
    expect(unlisted.status, unlisted.stderr).toBe(0);
    refused(['issue', '--dir', dir, ...person, '--signer', '2'], 2, /信頼リストに載っていません/);
    const added = issuerCli(['keys', '--dir', dir, '--add-signer', '--iss', 'jp.y', '--name', '追加機関']);
    expect(added.stderr).toContain('信頼リストを署名し直しました');
    const r = issuerCli(['issue', '--dir', dir, ...person, '--signer', '3']);
    expect(r.status, r.stderr).toBe(0);
    expect(verdictOf(r.stdout.trim())).toMatchObject({ verdict: 'valid' });
  });

  it('a status list id already in use; a new list is named by the trust list at once', () => {
    refused(['keys', '--dir', dir, '--add-status-list', '1'], 2, /失効リスト 1 は既にあります/);
    const added = issuerCli(['keys', '--dir', dir, '--add-status-list', 'b']);
    expect(added.status, added.stderr).toBe(0);
    expect(added.stderr).toContain('信頼リストを署名し直しました');
  });

  it('no room left in the status lists for the whole batch', () => {
    // A folder whose lists are nearly full (sizes edited down, as a long-running issuer reaches).
    const small = join(mkdtempSync(join(tmpdir(), 'dqc-small-')), 'w');
    expect(issuerCli(['keys', '--dir', small, '--base', 'http://localhost:8799']).status).toBe(0);
    const s = JSON.parse(readFileSync(join(small, 'issuer.json'), 'utf8'));
    s.statusLists[0].size = 8; // room for 4
    writeFileSync(join(small, 'issuer.json'), JSON.stringify(s));
    const rows = Array.from({ length: 5 }, (_, i) => `1,試験 ${i},1990-04-01,${i},2015-05-01`);
    writeFileSync(join(small, 'five.csv'), `qual,name,birth,reg-no,reg-date\n${rows.join('\n')}\n`);
    const r = issuerCli(['issue', '--dir', small, '--batch', join(small, 'five.csv')]);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('失効リストの空きが足りません（残り 4 件、必要 5 件）');
    expect(JSON.parse(readFileSync(join(small, 'issuer.json'), 'utf8')).issued).toEqual({});
  });

  it('lists on disk that have expired are warned of (the certificate is still issued)', () => {
    const later = new Date(Date.now() + 8 * 86400_000).toISOString();
    const r = issuerCli(['issue', '--dir', dir, ...person, '--now', later]);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stderr).toContain('警告: 失効リスト 1 の有効期限が切れています');
  });

  it('an --out name whose files already exist (another certificate)', () => {
    expect(issuerCli(['issue', '--dir', dir, ...person, '--out', 'taken']).status).toBe(0);
    const first = readFileSync(join(dir, 'credentials', 'taken.url'), 'utf8');
    refused(['issue', '--dir', dir, ...person, '--out', 'taken'], 2, /「taken」のファイルは既にあります/);
    // The command line itself is right: no usage text after the message.
    expect(issuerCli(['issue', '--dir', dir, ...person, '--out', 'taken']).stderr).not.toContain(
      'makes keys',
    );
    expect(readFileSync(join(dir, 'credentials', 'taken.url'), 'utf8')).toBe(first);
    // Any of a credential's files holds the name: a PDF left alone is not replaced either.
    writeFileSync(join(dir, 'credentials', 'lone.pdf'), 'kept');
    refused(
      ['issue', '--dir', dir, ...person, '--out', 'lone', '--pdf'],
      2,
      /「lone」のファイルは既にあります/,
    );
    expect(readFileSync(join(dir, 'credentials', 'lone.pdf'), 'utf8')).toBe('kept');
  });

  it('a key file others can read is used, with a warning naming it and the fix', () => {
    const key = join(dir, 'keys', 'signer-1.pem');
    expect(statSync(key).mode & 0o777).toBe(0o600);
    const quiet = issuerCli(['issue', '--dir', dir, ...person]);
    expect(quiet.status, quiet.stderr).toBe(0);
    expect(quiet.stderr).not.toContain('鍵ファイル');
    chmodSync(key, 0o644);
    try {
      const r = issuerCli(['issue', '--dir', dir, ...person]);
      expect(r.status, r.stderr).toBe(0);
      expect(r.stderr).toContain(`警告: 鍵ファイル ${key} は所有者以外も読み書きできます（0644）`);
      expect(r.stderr).toContain(`chmod 600 ${key}`);
    } finally {
      chmodSync(key, 0o600);
    }
  });

  it('status --set with a name that is not a status', () => {
    refused(['status', '--dir', dir, '--cti', 'x', '--set', 'toString'], 2, /--set/);
    refused(
      ['status', '--dir', dir, '--cti', 'constructor', '--set', 'revoked'],
      2,
      /の資格者証はこのフォルダから発行されていません/,
    );
  });
});

describe('a damaged folder is named in the message', () => {
  it('a corrupt key file, a broken issuer.json, no command at all', () => {
    const broken = join(mkdtempSync(join(tmpdir(), 'dqc-broken-')), 'w');
    expect(issuerCli(['keys', '--dir', broken, '--base', 'http://localhost:8799']).status).toBe(0);
    writeFileSync(
      join(broken, 'keys', 'signer-1.pem'),
      '-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----\n',
    );
    const key = issuerCli(['issue', '--dir', broken, ...person]);
    expect(key.status).not.toBe(0);
    expect(key.stderr).toContain(`鍵ファイル ${join(broken, 'keys', 'signer-1.pem')} を読めません`);
    writeFileSync(join(broken, 'issuer.json'), '{"version": 1,');
    const state = issuerCli(['status', '--dir', broken, '--refresh']);
    expect(state.status).toBe(1);
    expect(state.stderr).toContain(`${join(broken, 'issuer.json')} が壊れています`);
    // Making the folder again must not replace its keys (every certificate would be orphaned).
    const anchor = readFileSync(join(broken, 'keys', 'anchor.pem'), 'utf8');
    const again = issuerCli(['keys', '--dir', broken, '--base', 'http://localhost:8799']);
    expect(again.status).toBe(1);
    expect(again.stderr).toContain('既に発行者フォルダがあります');
    rmSync(join(broken, 'issuer.json'));
    expect(issuerCli(['keys', '--dir', broken, '--base', 'http://localhost:8799']).status).toBe(1);
    expect(readFileSync(join(broken, 'keys', 'anchor.pem'), 'utf8')).toBe(anchor);
    expect(issuerCli(['status', '--dir', broken, '--refresh']).stderr).toContain(
      'バックアップから戻してください',
    );
    expect(issuerCli([]).status).toBe(2);
  });
});

describe('publish', () => {
  it('fails, in Japanese, when nothing listens, when the answer is not 204, or the URL is not one', async () => {
    const server = createServer((_, res) => {
      res.writeHead(200, { 'content-type': 'text/html' }).end('<h1>Welcome to nginx!</h1>');
    });
    await new Promise<void>((ready) => server.listen(0, '127.0.0.1', ready));
    const { port } = server.address() as AddressInfo;
    try {
      // Not spawnSync: this process must stay free to answer.
      const html = await issuerCliAsync(['publish', '--dir', dir, '--to', `http://127.0.0.1:${port}`]);
      expect(html.status).toBe(1);
      expect(html.stderr).toContain('公開できませんでした（200');
    } finally {
      server.close();
    }
    const nobody = issuerCli(['publish', '--dir', dir, '--to', `http://127.0.0.1:${port}`]);
    expect(nobody.status).toBe(1);
    expect(nobody.stderr).toContain('に接続できません');
    expect(issuerCli(['publish', '--dir', dir, '--to', 'localhost:8787']).status).toBe(2);
  });
});
