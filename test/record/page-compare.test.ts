// Reading the record page back by its layout and comparing the four rows PROFILE §9 names
// (verdict headline, 氏名, 登録番号, check time) with the JSON: the value of a row is every run
// right of the value column down to the next label, lines joined; §6.1's comparison (NFKC, white
// space ignored); 〓 stands for one character the font lacked; a row printed twice, missing, or
// printed although the JSON has no such item is a difference.
import { describe, expect, it } from 'vitest';
import type { TextRun } from '../../reading/pdf/text-lines';
import { pageDifferences, printedRows, sameText } from '../../record/page-compare';
import { LABEL_X, VALUE_X } from '../../record/page-geometry';
import type { RecordJson } from '../../record/record-json';
import { comparedValues } from '../../record/record-text';
import { APP } from './support/records';

const json: RecordJson = {
  record: 1,
  checkedAt: '2026-12-07T01:15:30Z',
  result: {
    verdict: 'valid',
    reasons: [],
    checks: [],
    trustListSeq: 3,
    credential: {
      iss: 'x',
      iat: 0,
      cti: 'AA',
      status: { idx: 1, uri: 'https://x/status/1' },
      dqc: {
        '1': 1,
        '2': '介護福祉士',
        '3': '山田 花子',
        '4': '1990-04-01',
        '5': '1',
        '6': '2015-05-01',
        '7': '機関',
      },
      signer: 'S',
    },
  },
  app: APP,
};

const run = (text: string, x: number, y: number): TextRun => ({ text, x, y, width: 10, height: 9 });
/** A page holding `rows` top to bottom, each value on one line (or the lines given). */
function page(rows: [string, ...string[]][]): TextRun[] {
  let y = 800;
  return rows.flatMap(([label, ...lines]) => {
    const runs = [run(label, LABEL_X, y), ...lines.map((l, i) => run(l, VALUE_X, y - i * 13))];
    y -= 13 * Math.max(1, lines.length) + 8;
    return runs;
  });
}
const want = comparedValues(json);
const genuine = (): [string, ...string[]][] => [
  ['確認結果', want.確認結果 as string],
  ['氏名', '山田 花子'],
  ['登録番号', '第1号'],
  ['確認日時', '2026/12/07 10:15:30 JST（日本時間）／ ', '2026-12-07T01:15:30Z（UTC）'],
];

describe('the page against the JSON', () => {
  it('the genuine page has no difference; wrapped lines are joined', () => {
    expect(printedRows([page(genuine())]).find((r) => r.label === '確認日時')?.value).toBe(want.確認日時);
    expect(pageDifferences(json, [page(genuine())])).toEqual([]);
  });

  it('names a changed value with both texts', () => {
    const rows = genuine();
    rows[0] = ['確認結果', '無効です（取消されています）'];
    expect(pageDifferences(json, [page(rows)])).toEqual([
      '確認結果: ページの記載「無効です（取消されています）」が記録のデータ（JSON）の「有効です」と異なります',
    ]);
  });

  it('names a row missing, printed twice, or printed where the JSON has no such item', () => {
    expect(pageDifferences(json, [page(genuine().filter(([l]) => l !== '登録番号'))])).toEqual([
      '登録番号: ページに記載がありません（記録のデータ（JSON）は「第1号」）',
    ]);
    expect(pageDifferences(json, [page(genuine()), page([['氏名', '山田 花子']])])).toEqual([
      '氏名: ページに 2 か所あります',
    ]);
    const minimal = structuredClone(json);
    minimal.minimal = true;
    minimal.result.credential = { cti: 'AA', dqc: { '1': 1, '2': '介護福祉士', '5': '1', '7': '機関' } };
    expect(pageDifferences(minimal, [page(genuine())])).toEqual([
      '氏名: ページに記載がありますが、記録のデータ（JSON）にはありません',
    ]);
  });

  it('runs left of the value column (notes, footer) are not part of a value', () => {
    const runs = [...page(genuine()), run('メモ欄の外の文字', LABEL_X - 6, 700)];
    expect(pageDifferences(json, [runs])).toEqual([]);
  });

  it('compares after NFKC without white space; 〓 stands for one character', () => {
    expect(sameText('山田　花子', '山田 花子')).toBe(true);
    expect(sameText('ＡＢＣ１', 'ABC1')).toBe(true);
    expect(sameText('金 〓〓', '金 한결')).toBe(true);
    expect(sameText('金 〓', '金 한결')).toBe(false);
    expect(sameText('山田 花代', '山田 花子')).toBe(false);
  });
});
