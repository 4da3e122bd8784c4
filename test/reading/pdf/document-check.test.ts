// The document check of PROFILE §6.1 over one page's text: each item compared with the signed
// value as §6.1 says (NFKC, white space removed, every date form, 第…号 or bare), an item whose
// label is not printed left unchecked, each edited item named with what the PDF prints, and the
// photo by the digest of an embedded JPEG.
import { describe, expect, it } from 'vitest';
import type { CredentialItems, VerifyResult } from '../../../core/types';
import { compareText, documentResult, holdsSignedValue } from '../../../reading/pdf/document-check';
import { TEXT_ITEMS, type TextItem } from '../../../reading/pdf/document-result';
import type { TextRun } from '../../../reading/pdf/text-lines';

const DQC: CredentialItems = {
  '1': 1,
  '2': '介護福祉士',
  '3': '山田 花子',
  '4': '1990-04-01',
  '5': '100001',
  '6': '2016-04-01',
  '7': '厚生労働大臣',
};
const PHOTO = 'q6m2Yq1V0l4mD3oGm2p6uQ0v1b8WcE5j7kKx9yZ0aBc';

/** A vertical list, one run per line. */
const page = (...lines: string[]): TextRun[] =>
  lines.map((text, i) => ({ text, x: 72, y: 700 - 22 * i, width: 12 * [...text].length, height: 12 }));
const FAITHFUL = [
  '①資格の名称：介護福祉士',
  '②氏名：山田　花子',
  '③生年月日：平成2年4月1日',
  '④登録番号：100001',
];
FAITHFUL.push('⑦交付者：厚生労働大臣');

const result = (dqc: CredentialItems, verdict: VerifyResult['verdict'] = 'valid'): VerifyResult => ({
  verdict,
  reasons: verdict === 'indeterminate' ? ['STATUS_UNAVAILABLE'] : verdict === 'invalid' ? ['REVOKED'] : [],
  checks: [],
  credential: { iss: 'x', iat: 0, cti: 'x', status: { idx: 0, uri: 'x' }, dqc, signer: 'x' },
  trustListSeq: 1,
});

describe('holdsSignedValue', () => {
  it.each([
    '1990-04-01',
    '1990/04/01',
    '1990/4/1',
    '1990年4月1日',
    '1990.4.1',
    '1990.04.01',
    '平成2年4月1日',
    '平成二年四月一日',
    'H2.4.1',
    '１９９０年４月１日',
    '平成２年４月１日',
    ' 1990 / 04 / 01 ',
  ])('the birth date 1990-04-01 printed as %s', (printed) => {
    expect(holdsSignedValue('生年月日', printed, DQC)).toBe(true);
  });

  it.each(['1990/04/02', '平成2年4月2日', '平成3年4月1日', '昭和2年4月1日', 'H2.4.11', '1990-04-01生', ''])(
    'not the birth date: %s',
    (printed) => {
      expect(holdsSignedValue('生年月日', printed, DQC)).toBe(false);
    },
  );

  it('dates at the era boundaries', () => {
    const on = (date: string, printed: string) =>
      holdsSignedValue('生年月日', printed, { ...DQC, '4': date });
    expect(on('1989-01-07', '昭和64年1月7日')).toBe(true);
    expect(on('1989-01-08', '平成元年1月8日')).toBe(true);
    expect(on('1989-01-07', '平成元年1月7日')).toBe(false);
    expect(on('2019-04-30', '平成31年4月30日')).toBe(true);
    expect(on('2019-05-01', '令和元年5月1日')).toBe(true);
    expect(on('2019-04-30', '令和元年4月30日')).toBe(false);
  });

  it.each(['100001', '第100001号', '第 100001 号', '１００００１', '第１００００１号'])(
    'the registration number as %s',
    (printed) => {
      expect(holdsSignedValue('登録番号', printed, DQC)).toBe(true);
    },
  );

  it.each(['100002', '第100001', '100001号', 'No.100001', '第1000011号'])('not the number: %s', (printed) => {
    expect(holdsSignedValue('登録番号', printed, DQC)).toBe(false);
  });

  it('text after NFKC with all white space removed', () => {
    expect(holdsSignedValue('氏名', '山田　花子', DQC)).toBe(true);
    expect(holdsSignedValue('氏名', '山田花子', DQC)).toBe(true);
    expect(holdsSignedValue('氏名', ' 山 田 花 子 ', DQC)).toBe(true);
    expect(holdsSignedValue('氏名', '山田 花代', DQC)).toBe(false);
    expect(holdsSignedValue('氏名', 'ﾔﾏﾀﾞ ﾊﾅｺ', { ...DQC, '3': 'ヤマダ ハナコ' })).toBe(true);
    expect(holdsSignedValue('氏名', 'ＹＡＭＡＤＡ　Ｈａｎａｋｏ', { ...DQC, '3': 'YAMADA Hanako' })).toBe(
      true,
    );
    expect(holdsSignedValue('資格名称', '介護福祉士', DQC)).toBe(true);
    expect(holdsSignedValue('交付機関', '厚生労働大臣', DQC)).toBe(true);
    expect(holdsSignedValue('交付機関', '厚生労働大臣殿', DQC)).toBe(false);
  });
});

describe('compareText', () => {
  it('a faithful page: every item matches', () => {
    const compared = compareText(page(...FAITHFUL), DQC);
    expect(TEXT_ITEMS.map((item) => compared[item])).toEqual(
      TEXT_ITEMS.map(() => ({ comparison: 'matches' })),
    );
  });

  const edits: [TextItem, string, string][] = [
    ['資格名称', '①資格の名称：介護福祉士', '①資格の名称：社会福祉士'],
    ['氏名', '②氏名：山田　花子', '②氏名：山田　花代'],
    ['生年月日', '③生年月日：平成2年4月1日', '③生年月日：平成12年4月1日'],
    ['登録番号', '④登録番号：100001', '④登録番号：100007'],
    ['交付機関', '⑦交付者：厚生労働大臣', '⑦交付者：東京都知事'],
  ];
  it.each(edits)('an edited %s differs, and what is printed there is reported', (item, genuine, edited) => {
    const compared = compareText(page(...FAITHFUL.map((l) => (l === genuine ? edited : l))), DQC);
    expect(compared[item]).toEqual({ comparison: 'differs', printed: edited.split('：')[1] });
    for (const other of TEXT_ITEMS.filter((i) => i !== item))
      expect(compared[other].comparison).toBe('matches');
  });

  it('an item whose label is not printed is unchecked', () => {
    const compared = compareText(page(...FAITHFUL.filter((l) => !l.startsWith('③'))), DQC);
    expect(compared.生年月日).toEqual({ comparison: 'unchecked' });
    expect(compared.氏名.comparison).toBe('matches');
    expect(TEXT_ITEMS.every((item) => compareText([], DQC)[item].comparison === 'unchecked')).toBe(true);
  });

  it('a label printed twice must hold the signed value both times', () => {
    const compared = compareText(page(...FAITHFUL, '②氏名：山田　花代'), DQC);
    expect(compared.氏名).toEqual({ comparison: 'differs', printed: '山田　花代' });
  });

  it('the kana row is not compared with the name', () => {
    const compared = compareText(page(...FAITHFUL, '氏名（カナ）：ヤマダ　ハナコ', 'フリガナ：ヤマダ'), DQC);
    expect(compared.氏名.comparison).toBe('matches');
  });
});

describe('documentResult', () => {
  it('a faithful page with the signed photo embedded: valid, nothing printed', () => {
    const doc = documentResult(result({ ...DQC, '10': PHOTO }), [page(...FAITHFUL)], ['other', PHOTO]);
    expect(doc).toEqual({
      verdict: 'valid',
      reasons: [],
      items: {
        資格名称: 'matches',
        氏名: 'matches',
        生年月日: 'matches',
        登録番号: 'matches',
        交付機関: 'matches',
        写真: 'matches',
      },
    });
  });

  it('a photo that is not the signed one: PHOTO_MISMATCH; no signed photo: unchecked', () => {
    const swapped = documentResult(result({ ...DQC, '10': PHOTO }), [page(...FAITHFUL)], ['other']);
    expect(swapped).toMatchObject({
      verdict: 'invalid',
      reasons: ['PHOTO_MISMATCH'],
      items: { 写真: 'differs' },
    });
    expect(swapped.printed).toBeUndefined();
    expect(documentResult(result(DQC), [page(...FAITHFUL)], ['other']).items.写真).toBe('unchecked');
  });

  it('edited text outweighs the photo: DOCUMENT_MISMATCH, with what is printed', () => {
    const edited = page(...FAITHFUL.map((l) => l.replace('山田　花子', '山田　花代')));
    expect(documentResult(result({ ...DQC, '10': PHOTO }), [edited], [])).toMatchObject({
      verdict: 'invalid',
      reasons: ['DOCUMENT_MISMATCH'],
      items: { 氏名: 'differs', 写真: 'differs' },
      printed: { 氏名: '山田　花代' },
    });
  });

  it('a scan (no text layer) compares only the photo', () => {
    const scan = documentResult(result({ ...DQC, '10': PHOTO }), [[]], ['page-image']);
    expect(scan.items).toEqual({
      資格名称: 'unchecked',
      氏名: 'unchecked',
      生年月日: 'unchecked',
      登録番号: 'unchecked',
      交付機関: 'unchecked',
      写真: 'differs',
    });
    expect(documentResult(result(DQC), [[]], []).verdict).toBe('valid');
  });

  it('several pages carrying the code: any edited page decides', () => {
    const edited = page(...FAITHFUL.map((l) => l.replace('100001', '100002')));
    const doc = documentResult(result(DQC), [page(...FAITHFUL), edited], []);
    expect(doc.items.登録番号).toBe('differs');
    expect(doc.printed).toEqual({ 登録番号: '100002' });
  });

  it('keeps the credential verdict otherwise; an invalid credential stays invalid with its reason', () => {
    const edited = page(...FAITHFUL.map((l) => l.replace('山田　花子', '山田　花代')));
    expect(documentResult(result(DQC, 'indeterminate'), [page(...FAITHFUL)], [])).toMatchObject({
      verdict: 'indeterminate',
      reasons: ['STATUS_UNAVAILABLE'],
    });
    expect(documentResult(result(DQC, 'indeterminate'), [edited], [])).toMatchObject({
      verdict: 'invalid',
      reasons: ['DOCUMENT_MISMATCH'],
    });
    expect(documentResult(result(DQC, 'invalid'), [edited], [])).toMatchObject({
      verdict: 'invalid',
      reasons: ['REVOKED'],
      items: { 氏名: 'differs' },
      printed: { 氏名: '山田　花代' },
    });
  });

  it('without signed data (steps 6–7 failed) nothing is compared', () => {
    const tampered = {
      verdict: 'invalid',
      reasons: ['BAD_SIGNATURE'],
      checks: [],
      trustListSeq: 1,
    } as VerifyResult;
    const doc = documentResult(tampered, [page(...FAITHFUL)], [PHOTO]);
    expect(doc.verdict).toBe('invalid');
    expect(doc.reasons).toEqual(['BAD_SIGNATURE']);
    expect(Object.values(doc.items).every((c) => c === 'unchecked')).toBe(true);
  });
});
