// A certificate PDF that could not be written (a full disk) is never left truncated, the batch
// says which credentials lack one, and `pdf --url` makes them again from the signed URL alone:
// no new signature, the very same credential, its photo checked against the signed digest.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { makeDemoPhotoJpeg } from '../../../issuer/pdf/demo-photo';
import { issuerCli, personFlags, verifyCli } from '../../helpers/run-cli';

let dir: string;
let credentials: string;
const verdicts = (files: string[]) =>
  (
    JSON.parse(verifyCli(['--data', dir, '--json', ...files]).stdout) as { verdict: string; pdf?: unknown }[]
  ).map((r) => r.verdict);

beforeAll(() => {
  dir = join(mkdtempSync(join(tmpdir(), 'dqc-pdf-again-')), 'world');
  credentials = join(dir, 'credentials');
  const r = issuerCli(['keys', '--dir', dir, '--base', 'http://localhost:8799', '--quals', '1']);
  expect(r.status, r.stderr).toBe(0);
}, 60_000);

describe.runIf(process.platform === 'linux')('a batch whose PDFs cannot be written', () => {
  it('leaves no truncated PDF, names the credentials, and `pdf --url` makes their PDFs', () => {
    const batch = join(dir, 'full-disk.csv');
    writeFileSync(join(dir, 'd2.jpg'), makeDemoPhotoJpeg(9));
    writeFileSync(
      batch,
      'qual,name,birth,reg-no,reg-date,out,photo\n1,山田 一,1990-01-01,1,2010-01-01,d1,\n1,山田 二,1990-01-01,2,2010-01-01,d2,d2.jpg\n',
    );
    // A file-size limit of 16 KiB stands in for a full disk: .url and .png fit, a PDF (~30 KiB)
    // does not. XFSZ is ignored so that the write fails (EFBIG) instead of killing the process.
    const full = spawnSync(
      'bash',
      [
        '-c',
        `trap '' XFSZ; ulimit -f 16; exec "$0" "$@"`,
        resolve('node_modules/.bin/tsx'),
        'issuer/cli.ts',
      ].concat(['issue', '--dir', dir, '--batch', batch, '--pdf']),
      { encoding: 'utf8', timeout: 120_000 },
    );
    expect(full.status, full.stderr).toBe(1);
    expect(full.stderr).toMatch(/ファイルを書けません: .+\.pdf（EFBIG）/);
    const files = readdirSync(credentials);
    expect(files.filter((f) => f.endsWith('.pdf') || f.includes('.partial'))).toEqual([]);
    const urls = ['d1', 'd2'].map((n) => join(credentials, `${n}.url`));
    // The command it prints, run as printed: both PDFs, the photo one with its JPEG.
    const hint = /PDF だけを作り直せます: npm run issuer -- (.+)$/m.exec(full.stderr)?.[1] ?? '';
    for (const url of urls) expect(hint).toContain(`--url ${url}`);
    expect(hint).toContain(`--photo ${join(dir, 'd2.jpg')}`);
    const again = issuerCli(hint.split(' '));
    expect(again.status, again.stderr).toBe(0);
    const pdfs = ['d1', 'd2'].map((n) => join(credentials, `${n}.pdf`));
    expect(verdicts(pdfs)).toEqual(['valid', 'valid']);
    // The PDF carries the very credential of the .url, not a new one.
    const [fromUrl] = JSON.parse(verifyCli(['--data', dir, '--json', urls[0] as string]).stdout);
    const [fromPdf] = JSON.parse(verifyCli(['--data', dir, '--json', pdfs[0] as string]).stdout);
    expect(fromPdf.credential.cti).toBe(fromUrl.credential.cti);
    // Its printed text is the signed data (PROFILE §6.1): every text item matches.
    expect(fromPdf.document).toMatchObject({
      verdict: 'valid',
      items: {
        資格名称: 'matches',
        氏名: 'matches',
        生年月日: 'matches',
        登録番号: 'matches',
        交付機関: 'matches',
      },
    });
    // Made once; asked again, it refuses to replace it.
    const twice = issuerCli(['pdf', '--dir', dir, '--url', urls[0] as string]);
    expect(twice.status).toBe(1);
    expect(twice.stderr).toContain('は既にあります（上書きしません）');
  }, 120_000);
});

describe('pdf --url refuses what it cannot honestly draw', () => {
  it('a revoked credential, a photo missing or not the signed one; the right photo is drawn', () => {
    const revokedUrl = join(credentials, 'gone.url');
    expect(issuerCli(['issue', '--dir', dir, ...personFlags('取消 太郎'), '--out', 'gone']).status).toBe(0);
    const [gone] = JSON.parse(verifyCli(['--data', dir, '--json', revokedUrl]).stdout);
    expect(issuerCli(['status', '--dir', dir, '--cti', gone.credential.cti, '--set', 'revoked']).status).toBe(
      0,
    );
    const revoked = issuerCli(['pdf', '--dir', dir, '--url', revokedUrl]);
    expect(revoked.status).toBe(1);
    expect(revoked.stderr).toContain('状態が revoked です');
    expect(existsSync(join(credentials, 'gone.pdf'))).toBe(false);

    const photo = join(dir, 'photo.jpg');
    const other = join(dir, 'other.jpg');
    writeFileSync(photo, makeDemoPhotoJpeg(3));
    writeFileSync(other, makeDemoPhotoJpeg(4));
    const made = issuerCli([
      'issue',
      '--dir',
      dir,
      ...personFlags('写真 花子'),
      '--photo',
      photo,
      '--out',
      'face',
    ]);
    expect(made.status, made.stderr).toBe(0);
    const faceUrl = join(credentials, 'face.url');
    const none = issuerCli(['pdf', '--dir', dir, '--url', faceUrl]);
    expect(none.status).toBe(2);
    expect(none.stderr).toContain('発行時の JPEG を --photo で指定してください');
    const wrong = issuerCli(['pdf', '--dir', dir, '--url', faceUrl, '--photo', other]);
    expect(wrong.status).toBe(1);
    expect(wrong.stderr).toContain('SHA-256 が一致しません');
    expect(existsSync(join(credentials, 'face.pdf'))).toBe(false);
    // Several photos: each credential takes the one whose SHA-256 it signed.
    const right = issuerCli(['pdf', '--dir', dir, '--url', faceUrl, '--photo', other, '--photo', photo]);
    expect(right.status, right.stderr).toBe(0);
    expect(verdicts([join(credentials, 'face.pdf')])).toEqual(['valid']);
  }, 120_000);

  it('a URL from another issuer folder, and a file that is not a .url', () => {
    const elsewhere = join(mkdtempSync(join(tmpdir(), 'dqc-pdf-other-')), 'w');
    expect(issuerCli(['keys', '--dir', elsewhere, '--base', 'http://localhost:8799']).status).toBe(0);
    expect(issuerCli(['issue', '--dir', elsewhere, ...personFlags(), '--out', 'theirs']).status).toBe(0);
    const foreign = issuerCli(['pdf', '--dir', dir, '--url', join(elsewhere, 'credentials', 'theirs.url')]);
    expect(foreign.status).toBe(1);
    expect(foreign.stderr).toContain('このフォルダの信頼リストで検証できません');
    const notUrl = issuerCli(['pdf', '--dir', dir, '--url', join(dir, 'issuer.json')]);
    expect(notUrl.status).toBe(2);
  }, 120_000);
});
