// PROFILE §6.1 through the verifier CLI, on certificates our issuer never made: PDFs in other
// layouts carrying a genuine QR code of a demo credential. A faithful copy is a valid document
// (exit 0); each edited item makes the document invalid with DOCUMENT_MISMATCH, that item
// `differs` and what the PDF prints reported (exit 1), while the credential's own result (§6)
// stays valid; a swapped photo is PHOTO_MISMATCH. The human-readable output leads with the
// document's headline and shows what the PDF prints beside the signed value.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { type DemoSample, makeDemoWorld } from '../../issuer/demo';
import { makeDemoPhotoJpeg } from '../../issuer/pdf/demo-photo';
import type { TextItem } from '../../reading/pdf/document-result';
import { verifyCli } from '../helpers/run-cli';
import {
  drawLayout,
  editText,
  LAYOUTS,
  type Layout,
  type Variant,
} from '../reading/pdf/support/layout-cases';

interface JsonResult {
  verdict: string;
  reasons: string[];
  document?: {
    verdict: string;
    reasons: string[];
    items: Record<string, string>;
    printed?: Record<string, string>;
  };
  pdf?: { source: string; mismatch?: unknown; photoMismatch?: unknown };
}

let dir: string;
const files = new Map<string, string>();
const [LIST, TABLE, PAIRS] = LAYOUTS as [Layout, Layout, Layout];
/** The certificates written for this test: name → layout, variant. */
const CASES: [string, Layout, Variant][] = [
  ['a-faithful', LIST, {}],
  ['b-faithful', TABLE, { photoJpeg: makeDemoPhotoJpeg(7) }],
  ['c-faithful', PAIRS, {}],
  ['a-no-birth-row', LIST, { omitted: '生年月日' }],
  ...LAYOUTS.flatMap((layout, i) =>
    (['資格名称', '氏名', '生年月日', '登録番号', '交付機関'] as TextItem[]).map(
      (item): [string, Layout, Variant] => [
        `${'abc'[i]}-edited-${item}`,
        layout,
        { edited: item, ...(layout === TABLE && { photoJpeg: makeDemoPhotoJpeg(7) }) },
      ],
    ),
  ),
  ['b-photo-swapped', TABLE, { photoJpeg: makeDemoPhotoJpeg(8) }],
];

beforeAll(async () => {
  dir = join(mkdtempSync(join(tmpdir(), 'dqc-document-')), 'demo');
  // With PDFs: only then does valid-kango-full sign a photo (makeDemoPhotoJpeg(7)).
  const manifest: DemoSample[] = await makeDemoWorld(dir, 'http://localhost:8787', {
    now: Math.floor(Date.now() / 1000),
    pdfs: true,
  });
  const url = (name: string) => (manifest.find((s) => s.name === name) as DemoSample).url;
  mkdirSync(join(dir, 'other-layouts'));
  for (const [name, layout, variant] of CASES) {
    const file = join(dir, 'other-layouts', `${name}.pdf`);
    writeFileSync(
      file,
      await drawLayout(layout, url(layout.signed === 'kaigo' ? 'valid-kaigo' : 'valid-kango-full'), variant),
    );
    files.set(name, file);
  }
}, 120_000);

const file = (name: string) => files.get(name) as string;

describe('certificates in other layouts through the CLI (PROFILE §6.1)', () => {
  let results: Map<string, JsonResult>;
  beforeAll(() => {
    const r = verifyCli(['--data', dir, '--json', ...CASES.map(([name]) => file(name))]);
    expect(r.status, r.stderr).toBe(1);
    const parsed = JSON.parse(r.stdout) as JsonResult[];
    expect(parsed).toHaveLength(CASES.length);
    results = new Map(CASES.map(([name], i) => [name, parsed[i] as JsonResult]));
  }, 180_000);

  it('a faithful copy in each layout is a valid document; its credential valid too', () => {
    for (const name of ['a-faithful', 'b-faithful', 'c-faithful']) {
      const r = results.get(name);
      expect([name, r?.verdict, r?.document?.verdict, r?.document?.reasons]).toEqual([
        name,
        'valid',
        'valid',
        [],
      ]);
      expect(
        Object.values(r?.document?.items ?? {}).filter((c) => c === 'differs'),
        name,
      ).toEqual([]);
      expect(r?.document?.printed, name).toBeUndefined();
    }
    expect(results.get('b-faithful')?.document?.items).toEqual({
      資格名称: 'matches',
      氏名: 'matches',
      生年月日: 'matches',
      登録番号: 'matches',
      交付機関: 'matches',
      写真: 'matches',
    });
  });

  it('each edited item: document invalid (DOCUMENT_MISMATCH), that item differs, what is printed reported', () => {
    for (const [name, layout, variant] of CASES.filter(([, , v]) => v.edited)) {
      const item = variant.edited as TextItem;
      const r = results.get(name) as JsonResult;
      expect([name, r.verdict, r.reasons]).toEqual([name, 'valid', []]);
      expect([name, r.document?.verdict, r.document?.reasons]).toEqual([
        name,
        'invalid',
        ['DOCUMENT_MISMATCH'],
      ]);
      const differing = Object.entries(r.document?.items ?? {}).filter(([, c]) => c === 'differs');
      expect([name, differing]).toEqual([name, [[item, 'differs']]]);
      expect(Object.keys(r.document?.printed ?? {}), name).toEqual([item]);
      expect((r.document?.printed?.[item] ?? '').replace(/\s/gu, ''), name).toBe(
        editText(layout, item).replace(/\s/gu, ''),
      );
    }
  });

  it('a row left out is unchecked; a swapped photo is PHOTO_MISMATCH', () => {
    expect(results.get('a-no-birth-row')?.document).toMatchObject({
      verdict: 'valid',
      items: { 生年月日: 'unchecked' },
    });
    expect(results.get('b-photo-swapped')?.document).toMatchObject({
      verdict: 'invalid',
      reasons: ['PHOTO_MISMATCH'],
      items: { 写真: 'differs', 氏名: 'matches' },
    });
  });

  it('document replaces pdf.mismatch / pdf.photoMismatch; pdf keeps its source', () => {
    for (const [name] of CASES) {
      const r = results.get(name) as JsonResult;
      expect(r.pdf?.source, name).toBe(`${file(name)} p.1`);
      expect(r.pdf && ('mismatch' in r.pdf || 'photoMismatch' in r.pdf), name).toBe(false);
    }
  });
});

describe('exit code and human-readable output follow the document', () => {
  it('faithful copies alone exit 0', () => {
    const r = verifyCli(['--data', dir, file('a-faithful'), file('b-faithful'), file('c-faithful')]);
    expect(r.status, r.stdout).toBe(0);
    expect(r.stdout.match(/^■ 有効です$/gmu)).toHaveLength(3);
  }, 60_000);

  it('an edited copy exits 1, headed by the document, each differing item beside the signed value', () => {
    const r = verifyCli(['--data', dir, file('b-edited-生年月日')]);
    expect(r.status).toBe(1);
    expect(r.stdout).toContain('■ 無効です（PDFの記載内容が署名データと一致しません）');
    expect(r.stdout).not.toContain('有効です\n');
    expect(r.stdout).toContain(
      '✗ 生年月日　PDFの記載：昭和六十年十一月二十四日　正しい内容（署名データ）：1985/11/23',
    );
    expect(r.stdout).toContain('生年月日: 1985/11/23');
  }, 60_000);

  it('a swapped photo is said so', () => {
    const r = verifyCli(['--data', dir, file('b-photo-swapped')]);
    expect(r.status).toBe(1);
    expect(r.stdout).toContain('■ 無効です（PDFの写真が署名データと一致しません）');
    expect(r.stdout).toContain('✗ 写真');
  }, 60_000);
});
