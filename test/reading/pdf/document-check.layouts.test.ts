// The document check of PROFILE §6.1 on real PDFs in layouts our issuer never makes, read the way
// the app and the CLI read them (reading/node/pdfjs-node.ts: pdf.js text runs, QR codes, JPEG
// digests): a faithful copy matches item by item, each edited item is named with what the PDF
// prints, a missing row leaves its item unchecked, and the photo is checked by its digest.
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { CredentialItems, VerifyResult } from '../../../core/types';
import { makeDemoPhotoJpeg } from '../../../issuer/pdf/demo-photo';
import { scanPdfFile } from '../../../reading/node/pdfjs-node';
import { squash } from '../../../reading/pdf/document-check';
import { type DocumentResult, TEXT_ITEMS } from '../../../reading/pdf/document-result';
import { documentOf, findingsFor } from '../../../reading/pdf/pdf-findings';
import { sampleUrl } from '../../issuer/pdf/fixtures';
import {
  drawLayout,
  editText,
  KAIGO,
  KANGO,
  LAYOUTS,
  type Layout,
  type Variant,
} from './support/layout-cases';

const PHOTO = makeDemoPhotoJpeg(7);
const PHOTO_DIGEST = createHash('sha256').update(PHOTO).digest('base64url');

const signedResult = (layout: Layout, photo: boolean): VerifyResult => {
  const dqc = {
    '1': 1,
    '6': '2016-04-01',
    ...(layout.signed === 'kaigo' ? KAIGO : KANGO),
  } as CredentialItems;
  if (photo) dqc['10'] = PHOTO_DIGEST;
  return {
    verdict: 'valid',
    reasons: [],
    checks: [],
    credential: { iss: 'x', iat: 0, cti: 'x', status: { idx: 0, uri: 'x' }, dqc, signer: 'x' },
    trustListSeq: 1,
  };
};

async function checked(layout: Layout, variant: Variant = {}, signedPhoto = false): Promise<DocumentResult> {
  const scan = await scanPdfFile(await drawLayout(layout, sampleUrl(3), variant));
  const [code] = scan.codes;
  expect(code?.text).toBe(sampleUrl(3));
  return documentOf(
    findingsFor(scan, code?.text as string, signedResult(layout, signedPhoto)),
  ) as DocumentResult;
}

describe.each(LAYOUTS)('%s', (layout) => {
  it('a faithful copy matches item by item', async () => {
    const doc = await checked(layout);
    expect(doc).toEqual({
      verdict: 'valid',
      reasons: [],
      items: {
        資格名称: 'matches',
        氏名: 'matches',
        生年月日: 'matches',
        登録番号: 'matches',
        交付機関: 'matches',
        写真: 'unchecked',
      },
    });
  });

  it.each(TEXT_ITEMS)('an edited %s is named, with what the PDF prints', async (item) => {
    const doc = await checked(layout, { edited: item });
    expect(doc.verdict).toBe('invalid');
    expect(doc.reasons).toEqual(['DOCUMENT_MISMATCH']);
    expect(TEXT_ITEMS.filter((i) => doc.items[i] === 'differs')).toEqual([item]);
    expect(Object.keys(doc.printed ?? {})).toEqual([item]);
    expect(squash(doc.printed?.[item] ?? '')).toBe(squash(editText(layout, item)));
  });

  it('a row left out leaves its item unchecked, the document valid', async () => {
    const doc = await checked(layout, { omitted: '生年月日' });
    expect(doc.verdict).toBe('valid');
    expect(doc.items.生年月日).toBe('unchecked');
    expect(TEXT_ITEMS.filter((i) => doc.items[i] === 'matches')).toHaveLength(4);
  });
});

describe('the photo of a certificate in another layout', () => {
  const table = LAYOUTS[1] as Layout;

  it('matches when the signed JPEG is embedded byte for byte', async () => {
    expect((await checked(table, { photoJpeg: PHOTO }, true)).items.写真).toBe('matches');
  });

  it('differs when another photo is embedded, or none: PHOTO_MISMATCH', async () => {
    for (const variant of [{ photoJpeg: makeDemoPhotoJpeg(8) }, {}]) {
      const doc = await checked(table, variant, true);
      expect(doc).toMatchObject({
        verdict: 'invalid',
        reasons: ['PHOTO_MISMATCH'],
        items: { 写真: 'differs' },
      });
      expect(doc.printed).toBeUndefined();
    }
  });
});
