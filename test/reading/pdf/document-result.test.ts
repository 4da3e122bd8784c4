// PROFILE §6.1 "Document verdict": the credential's verdict, except that when the credential is
// valid or indeterminate and any item differs, the document is invalid — DOCUMENT_MISMATCH when a
// text item differs, otherwise PHOTO_MISMATCH.
import { describe, expect, it } from 'vitest';
import {
  DOCUMENT_ITEMS,
  type DocumentItem,
  documentVerdict,
  type ItemComparison,
} from '../../../reading/pdf/document-result';

const items = (changes: Partial<Record<DocumentItem, ItemComparison>> = {}) =>
  ({ ...Object.fromEntries(DOCUMENT_ITEMS.map((i) => [i, 'matches'])), ...changes }) as Record<
    DocumentItem,
    ItemComparison
  >;
const valid = { verdict: 'valid', reasons: [] } as const;
const unsure = { verdict: 'indeterminate', reasons: ['STATUS_UNAVAILABLE', 'CLOCK_SUSPECT'] } as const;
const revoked = { verdict: 'invalid', reasons: ['REVOKED'] } as const;

describe('documentVerdict', () => {
  it('nothing differs: the credential’s verdict and reasons', () => {
    expect(documentVerdict(valid, items())).toEqual({ verdict: 'valid', reasons: [] });
    expect(documentVerdict(unsure, items({ 氏名: 'unchecked', 写真: 'unchecked' }))).toEqual(unsure);
    expect(documentVerdict(revoked, items())).toEqual(revoked);
  });

  it.each(['資格名称', '氏名', '生年月日', '登録番号', '交付機関'] as const)(
    'a differing %s makes a valid or indeterminate credential’s document DOCUMENT_MISMATCH',
    (item) => {
      for (const credential of [valid, unsure])
        expect(documentVerdict(credential, items({ [item]: 'differs' }))).toEqual({
          verdict: 'invalid',
          reasons: ['DOCUMENT_MISMATCH'],
        });
    },
  );

  it('the photo alone: PHOTO_MISMATCH; with a text item: DOCUMENT_MISMATCH', () => {
    expect(documentVerdict(valid, items({ 写真: 'differs' }))).toEqual({
      verdict: 'invalid',
      reasons: ['PHOTO_MISMATCH'],
    });
    expect(documentVerdict(unsure, items({ 写真: 'differs', 交付機関: 'differs' }))).toEqual({
      verdict: 'invalid',
      reasons: ['DOCUMENT_MISMATCH'],
    });
  });

  it('an invalid credential keeps its own reason', () => {
    expect(documentVerdict(revoked, items({ 氏名: 'differs', 写真: 'differs' }))).toEqual(revoked);
  });
});
