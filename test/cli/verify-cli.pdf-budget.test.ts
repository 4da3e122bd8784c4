// The verifier CLI on hostile PDFs (issue 14 points 1, 2): every input on a command line gets its
// result or its {source, error}, whatever another input did. A QR image shared by two pages is
// read; each hostile file ends with pdfTooMuchWork, and the counters the CLI reports
// (DQC_PDF_WORK=1) show where it stopped; an encrypted PDF that opens without a password is
// counted decrypted (a certificate published with an owner password only is verified as its
// original; an encrypted bomb ends at its cap), one that needs a password is refused as such; a
// reading process that outgrows its memory is killed, and the next input is still verified.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ja } from '../../i18n/ja';
import type { DemoSample } from '../../issuer/demo';
import type { PdfWork } from '../../reading/pdf/pdf-work';
import { PDF_CAPS } from '../../reading/pdf/pdf-work';
import { issuerCli } from '../helpers/run-cli';
import { encryptPdf } from '../reading/pdf/support/encrypt-pdf';
import { encryptedContentBombPdf } from '../reading/pdf/support/encrypted-bomb';
import { HOSTILE_PDFS, sharedImagePdf } from '../reading/pdf/support/hostile-pdfs';
import { SCHEMES } from '../reading/pdf/support/standard-security';

let dir: string;
let manifest: DemoSample[];
const sample = (name: string) => manifest.find((s) => s.name === name) as DemoSample;

beforeAll(() => {
  dir = join(mkdtempSync(join(tmpdir(), 'dqc-cli-budget-')), 'demo');
  const made = issuerCli(['demo', '--out', dir, '--base', 'http://localhost:8787']);
  expect(made.status, made.stderr).toBe(0);
  manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as DemoSample[];
}, 180_000);

interface Reported {
  source: string;
  cap?: string;
  work: PdfWork;
}

/** `npm run -s verify -- --data DIR --json …` with the work report on stderr. */
function verify(args: string[], env: Record<string, string> = {}) {
  const r = spawnSync(
    resolve('node_modules/.bin/tsx'),
    ['cli/verify-cli.ts', '--data', dir, '--json', ...args],
    {
      encoding: 'utf8',
      timeout: 300_000,
      env: { ...process.env, DQC_PDF_WORK: '1', ...env },
    },
  );
  const work = r.stderr
    .split('\n')
    .filter((l) => l.startsWith('PDF work: '))
    .map((l) => JSON.parse(l.slice('PDF work: '.length)) as Reported);
  return { status: r.status, results: JSON.parse(r.stdout) as Record<string, unknown>[], work };
}

function write(name: string, bytes: Uint8Array): string {
  const path = join(dir, name);
  writeFileSync(path, bytes);
  return path;
}

describe('the CLI on hostile PDFs', () => {
  it('a valid PNG, a PDF whose QR image is shared by two pages and a revoked URL: three results', () => {
    const shared = write('shared-image.pdf', sharedImagePdf(sample('valid-kaigo').url));
    const png = join(dir, 'credentials/valid-kaigo.png');
    const r = verify([png, shared, sample('revoked').url]);
    expect(r.results.map((x) => [x.source, x.verdict, x.reasons])).toEqual([
      [png, 'valid', []],
      [`${shared} p.1,2`, 'valid', []],
      ['URL', 'invalid', ['REVOKED']],
    ]);
    expect(r.work).toHaveLength(1);
    expect(r.work[0]?.work).toMatchObject({ pagesRead: 2, renderedPixels: 0 });
  }, 300_000);

  it('every hostile file of the review ends in its place, the inputs around it verified', () => {
    const names = Object.keys(HOSTILE_PDFS);
    const paths = names.map((name) => write(`${name}.pdf`, (HOSTILE_PDFS[name] as () => Uint8Array)()));
    const valid = join(dir, 'credentials/valid-kaigo.pdf');
    const r = verify([...paths, valid]);
    expect(r.results).toHaveLength(names.length + 1);
    names.forEach((name, i) => {
      const expected = name === '50-blank-pages' ? ja.noCodeInPdf : ja.pdfTooMuchWork;
      expect(r.results[i], name).toEqual({ source: paths[i], error: expected });
    });
    expect(r.results[names.length]).toMatchObject({ source: `${valid} p.1`, verdict: 'valid' });
    // The counters: each refusal one step past the cap it names, nothing rendered.
    const byName = new Map(r.work.map((w) => [w.source, w]));
    const caps = names.map((name, i) => [name, byName.get(paths[i] as string)?.cap]);
    expect(caps).toEqual([
      ['content-1GiB-zeros', 'streamBytes'],
      ['50-pages-share-2M-ops', 'pageOperators'],
      ['50-blank-pages', undefined],
      ['image-100x100-1GiB', 'streamBytes'],
      ['page-2M-ops', 'pageOperators'],
      ['image-21x1900000', 'imageSide'],
      ['10-images-6300x6300', 'imagePixels'],
    ]);
    for (const w of r.work) {
      expect(w.work.inflatedBytes, w.source).toBeLessThanOrEqual(PDF_CAPS.streamBytes + 1024 * 1024);
      expect(w.work.largestPageOperators, w.source).toBeLessThanOrEqual(PDF_CAPS.pageOperators + 1);
      expect(w.work.renderedPixels, w.source).toBe(0);
    }
  }, 300_000);

  it('an encrypted file that pdf.js would open without a password is counted decrypted: its bomb ends at the cap', () => {
    // Its content would inflate to 1 GiB once decrypted (RC4-40, empty user password).
    const bomb = write('encrypted-bomb.pdf', encryptedContentBombPdf());
    const valid = join(dir, 'credentials/valid-kaigo.pdf');
    const r = verify([bomb, valid]);
    expect(r.results).toEqual([
      { source: bomb, error: ja.pdfTooMuchWork },
      expect.objectContaining({ source: `${valid} p.1`, verdict: 'valid' }),
    ]);
    const counted = r.work.find((w) => w.source === bomb);
    expect(counted?.cap).toBe('streamBytes');
    // Refused by the pre-flight: the counter at its cap, no page read by pdf.js.
    expect(counted?.work).toMatchObject({ largestStreamBytes: PDF_CAPS.streamBytes, pagesRead: 0 });
  }, 300_000);

  it('a certificate published with an owner password only reads as its original, in every scheme', async () => {
    const encrypted: [string, string][] = [];
    for (const name of ['valid-kaigo', 'valid-kango-full']) {
      const original = join(dir, `credentials/${name}.pdf`);
      // valid-kango-full carries a signed photo: its digest is over the JPEG decrypted.
      for (const scheme of name === 'valid-kaigo' ? SCHEMES : (['rc4-40', 'aes-256'] as const)) {
        const { bytes } = await encryptPdf(new Uint8Array(readFileSync(original)), scheme);
        encrypted.push([original, write(`${name}-${scheme}.pdf`, bytes)]);
      }
    }
    const { bytes: locked } = await encryptPdf(
      new Uint8Array(readFileSync(join(dir, 'credentials/valid-kaigo.pdf'))),
      'aes-128',
      { userPassword: 'secret' },
    );
    const lockedPath = write('valid-kaigo-user-password.pdf', locked);
    const originals = [...new Set(encrypted.map(([o]) => o))];
    const r = verify([...originals, ...encrypted.map(([, e]) => e), lockedPath]);
    const byPath = (path: string) => r.results.find((x) => String(x.source).startsWith(path));
    const withoutPath = (path: string) => JSON.stringify(byPath(path)).split(path).join('FILE');
    expect(byPath(originals[1] as string)).toMatchObject({
      verdict: 'valid',
      document: { verdict: 'valid', items: { 写真: 'matches' } },
    });
    for (const [original, path] of encrypted) {
      expect(byPath(path), path).toMatchObject({ source: `${path} p.1`, verdict: 'valid' });
      expect(withoutPath(path), path).toBe(withoutPath(original));
    }
    expect(r.results.at(-1)).toEqual({ source: lockedPath, error: ja.pdfEncrypted });
  }, 300_000);

  it('a reading process past its memory limit is killed; the PDF is refused, the other inputs verified', () => {
    // 64 MB: less than pdf.js and the decoder need to start, so the first PDF meets the limit.
    const valid = join(dir, 'credentials/valid-kaigo.pdf');
    const r = verify([valid, sample('valid-kaigo').url], { DQC_PDF_MEMORY_MB: '64' });
    expect(r.results).toEqual([
      { source: valid, error: ja.pdfTooMuchWork },
      expect.objectContaining({ source: 'URL', verdict: 'valid' }),
    ]);
    expect(r.work).toEqual([expect.objectContaining({ source: valid, cap: 'memory' })]);
  }, 300_000);
});
