// A password-protected PDF (Standard security handler, RC4): the fixture is genuinely encrypted
// (pdf.js asks for its password, and with it reads the page's text), and the verifier CLI says
// so in Japanese instead of calling it broken.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadPdf } from '../../../reading/node/pdfjs-node';
import { encryptedPdf } from '../../helpers/encrypted-pdf';
import { verifyCli } from '../../helpers/run-cli';

const openWith = (bytes: Buffer, password?: string) => loadPdf(new Uint8Array(bytes), password);

describe('a password-protected PDF', () => {
  const bytes = encryptedPdf('Hello encrypted');

  it('is really encrypted: no password → PasswordException; the right one → its text', async () => {
    await expect(openWith(bytes)).rejects.toMatchObject({ name: 'PasswordException' });
    await expect(openWith(bytes, 'wrong')).rejects.toMatchObject({ name: 'PasswordException' });
    const doc = await openWith(bytes, 'secret');
    const text = await (await doc.getPage(1)).getTextContent();
    expect(text.items.map((i) => ('str' in i ? i.str : '')).join('')).toBe('Hello encrypted');
    await doc.destroy();
  });

  it('the verifier CLI names it as password-protected, not as broken', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'dqc-enc-')), 'locked.pdf');
    writeFileSync(file, bytes);
    const r = verifyCli(['--json', file]);
    expect(r.stderr).toContain('locked.pdf: パスワード付きのPDFは読み込めません');
    expect(JSON.parse(r.stdout)).toMatchObject([
      { source: file, error: expect.stringContaining('パスワード付きのPDFは読み込めません') },
    ]);
    expect(r.status).toBe(1);
  });
});
