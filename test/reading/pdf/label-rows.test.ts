// Finding each compared item's label and reading its row (PROFILE §6.1) on layouts of every kind,
// from text runs placed as a PDF would place them. The label variants §6.1 names, labels that
// must not be taken for 氏名, values in the label's run or their own, values that wrap, and
// where a row ends.
import { describe, expect, it } from 'vitest';
import { printedRows } from '../../../reading/pdf/label-rows';
import type { TextRun } from '../../../reading/pdf/text-lines';

/** A run as pdf.js reports it: width from the glyphs (full-width 1 em, others ½ em). */
const run = (text: string, x: number, y: number, size = 12): TextRun => ({
  text,
  x,
  y,
  width: [...text].reduce((w, c) => w + ((c.codePointAt(0) ?? 0) >= 0x1100 ? 1 : 0.5), 0) * size,
  height: size,
});

/** One run per line, 22 pt apart, from the margin: a vertical list. */
const list = (...lines: string[]) => lines.map((text, i) => run(text, 72, 700 - 22 * i));
const rows = (runs: TextRun[]) => printedRows(runs).map((r) => [r.item, r.text]);

describe('labels (PROFILE §6.1)', () => {
  it.each([
    ['①資格の名称：介護福祉士', '資格名称'],
    ['1.資格名称:介護福祉士', '資格名称'],
    ['１．資格名称：介護福祉士', '資格名称'],
    ['(1) 資格名称 介護福祉士', '資格名称'],
    ['⑴資格名称：介護福祉士', '資格名称'],
    ['① 資格の名称 ： 介護福祉士', '資格名称'],
    ['資 格 名 称：介護福祉士', '資格名称'],
    ['【資格名称】介護福祉士', '資格名称'],
    ['②氏名：介護福祉士', '氏名'],
    ['氏　名　介護福祉士', '氏名'],
    ['2. 氏名: 介護福祉士', '氏名'],
    ['③生年月日：介護福祉士', '生年月日'],
    ['生 年 月 日：介護福祉士', '生年月日'],
    ['④登録番号：介護福祉士', '登録番号'],
    ['⑦交付機関：介護福祉士', '交付機関'],
    ['⑦交付者：介護福祉士', '交付機関'],
    ['交 付 者　介護福祉士', '交付機関'],
    ['⑨交付者名：介護福祉士', '交付機関'],
  ])('%s is the %s row', (line, item) => {
    expect(rows(list(line))).toEqual([[item, '介護福祉士']]);
  });

  it('reads a label spread over runs (氏 and 名 set apart to fill a cell)', () => {
    const runs = [run('氏', 56, 700, 10.5), run('名', 90, 700, 10.5), run('山田 花子', 156, 700, 16)];
    expect(rows(runs)).toEqual([['氏名', '山田 花子']]);
  });

  it.each([
    '氏名（カナ）：ヤマダ ハナコ',
    '氏名(カナ)：ヤマダ ハナコ',
    '氏名（フリガナ）：ヤマダ ハナコ',
    'フリガナ：ヤマダ ハナコ',
    'ふりがな　やまだ はなこ',
    '氏名カナ：ヤマダ ハナコ',
    '②氏名フリガナ　ヤマダ ハナコ',
    '氏名（旧姓）：佐藤 花子',
  ])('%s is not the 氏名 row', (line) => {
    expect(rows(list(line))).toEqual([]);
  });

  it('a qualifier other than a reading keeps 氏名 its label', () => {
    expect(rows(list('氏名（漢字）：山田 花子'))).toEqual([['氏名', '山田 花子']]);
  });

  it('the kana row ends the name before it, and the name after it is read', () => {
    expect(rows(list('氏名：山田 花子', '氏名（カナ）：ヤマダ ハナコ'))).toEqual([['氏名', '山田 花子']]);
    expect(rows(list('フリガナ：ヤマダ ハナコ', '氏名：山田 花子'))).toEqual([['氏名', '山田 花子']]);
  });

  it.each([
    '氏名等の変更があったときは届け出てください',
    '本証の氏名は戸籍による',
    '生年月日欄は西暦で記載',
    '登録番号照会',
  ])('a label inside a sentence is none: %s', (line) => {
    expect(rows(list(line))).toEqual([]);
  });
});

describe('rows', () => {
  it('a label and its value in separate runs on one line, the gap read as a space', () => {
    const runs = [run('生年月日', 56, 700, 10.5), run('1990/04/01', 156, 700)];
    expect(rows(runs)).toEqual([['生年月日', '1990/04/01']]);
    expect(rows([run('氏名', 56, 700), run('山田', 156, 700), run('花子', 200, 700)])).toEqual([
      ['氏名', '山田 花子'],
    ]);
  });

  it('a label and its value whose baselines differ a little (centred in one cell)', () => {
    expect(rows([run('氏名', 56, 702.5, 10.5), run('山田 花子', 156, 700, 16)])).toEqual([
      ['氏名', '山田 花子'],
    ]);
  });

  it('reads runs in page order whatever their content order, and overprinted text once', () => {
    const runs = [
      run('1990/04/01', 156, 672),
      run('山田 花子', 156, 700, 16),
      run('生年月日', 56, 672, 10.5),
      run('氏名', 56, 700, 10.5),
      run('氏名', 56.3, 700, 10.5),
      run('山田 花子', 156.3, 700, 16),
    ];
    expect(rows(runs)).toEqual([
      ['氏名', '山田 花子'],
      ['生年月日', '1990/04/01'],
    ]);
  });

  it('two label/value pairs on one line', () => {
    const runs = [
      run('2. 氏名:', 60, 700, 10),
      run('山田 花子', 110, 700),
      run('3. 生年月日:', 310, 700, 10),
    ];
    runs.push(run('1990.4.1', 380, 700));
    expect(rows(runs)).toEqual([
      ['氏名', '山田 花子'],
      ['生年月日', '1990.4.1'],
    ]);
    expect(rows(list('氏名 山田花子　生年月日 平成2年4月1日'))).toEqual([
      ['氏名', '山田花子'],
      ['生年月日', '平成2年4月1日'],
    ]);
  });

  it('a label printed twice gives two rows', () => {
    expect(rows(list('氏名：山田 花子', '資格名称：介護福祉士', '氏名：山田 花代'))).toEqual([
      ['氏名', '山田 花子'],
      ['資格名称', '介護福祉士'],
      ['氏名', '山田 花代'],
    ]);
  });

  it('a colon inside a value does not end it; a label right after an empty value does', () => {
    expect(rows(list('⑦交付機関： 厚生労働省：医政局'))).toEqual([['交付機関', '厚生労働省：医政局']]);
    expect(rows(list('氏名 山田 花子 勤務先：東京'))).toEqual([['氏名', '山田 花子']]);
    expect(rows(list('①資格の名称：②氏名：山田 花子'))).toEqual([
      ['資格名称', ''],
      ['氏名', '山田 花子'],
    ]);
  });

  it('an empty row is read as empty', () => {
    expect(rows(list('①資格の名称：', '②氏名：山田 花子'))).toEqual([
      ['資格名称', ''],
      ['氏名', '山田 花子'],
    ]);
  });

  it('a value under its label (the label alone on its line)', () => {
    const runs = [run('氏名', 60, 700, 9), run('山田 花子', 60, 684, 14), run('生年月日', 60, 660, 9)];
    runs.push(run('1990.4.1', 60, 644, 14));
    expect(rows(runs)).toEqual([
      ['氏名', '山田 花子'],
      ['生年月日', '1990.4.1'],
    ]);
  });
});

describe('wrapped values', () => {
  /** Our issuer's table: label at 56, value lines at 156, 1.45 × size apart. */
  const table = (label: string, lines: string[], size = 16) => [
    run(label, 56, 700, 10.5),
    ...lines.map((line, i) => run(line, 156, 700 - i * 1.45 * size, size)),
  ];

  it('a value wrapped in its column, up to the next label', () => {
    const runs = [
      ...table('氏名', ['寿限無寿限無', '五劫の擦り切れ', '海砂利水魚']),
      run('生年月日', 56, 640, 10.5),
    ];
    runs.push(run('1990/04/01', 156, 640));
    expect(rows(runs)).toEqual([
      ['氏名', '寿限無寿限無五劫の擦り切れ海砂利水魚'],
      ['生年月日', '1990/04/01'],
    ]);
  });

  it('stops at a line that starts left of the value (the next row, even with a label unknown)', () => {
    const runs = [
      ...table('交付機関', ['厚生労働', '大臣'], 12),
      run('摘要', 56, 660, 10.5),
      run('なし', 156, 660),
    ];
    expect(rows(runs)).toEqual([['交付機関', '厚生労働大臣']]);
  });

  it('stops at a line far below, at smaller text (furigana, a note) and at a line with a label', () => {
    expect(rows([...table('交付機関', ['厚生労働大臣'], 12), run('以上', 156, 640)])).toEqual([
      ['交付機関', '厚生労働大臣'],
    ]);
    expect(rows([...table('交付機関', ['厚生労働大臣'], 12), run('こうせいろうどう', 156, 688, 6)])).toEqual([
      ['交付機関', '厚生労働大臣'],
    ]);
    for (const next of ['⑤勤務先：東京', '勤務先：東京', '登録日 2016/04/01'])
      expect(rows([...table('交付機関', ['厚生労働大臣'], 12), run(next, 156, 683)]), next).toEqual([
        ['交付機関', '厚生労働大臣'],
      ]);
  });

  it('a vertical list: a value wrapping back to the margin before the next label is followed', () => {
    const page = list(
      '①資格の名称：介護福祉士',
      '⑦交付者：厚生労働省社会・援護局福祉基盤課福祉人材確保対策',
      '室長',
      '⑧備考：なし',
    );
    expect(rows(page)).toEqual([
      ['資格名称', '介護福祉士'],
      ['交付機関', '厚生労働省社会・援護局福祉基盤課福祉人材確保対策室長'],
    ]);
  });

  it('text at the margin after the last row is not taken for a wrap (nor is a wrap of the last row)', () => {
    expect(rows(list('⑦交付者：厚生労働大臣', '上記のとおり証明します。'))).toEqual([
      ['交付機関', '厚生労働大臣'],
    ]);
    expect(rows(list('⑦交付者：厚生労働省社会・援護局', '室長'))).toEqual([
      ['交付機関', '厚生労働省社会・援護局'],
    ]);
  });

  it('a hanging indent continues under the value', () => {
    const runs = [run('⑦交付者：厚生労働省', 72, 700), run('社会・援護局', 144, 678)];
    expect(rows(runs)).toEqual([['交付機関', '厚生労働省社会・援護局']]);
  });

  it('a pair in the next column does not join the wrapped value', () => {
    const runs = [run('氏名', 60, 700, 10), run('寿限無寿限無', 100, 700), run('登録番号', 310, 700, 10)];
    runs.push(run('100001', 360, 700), run('五劫の擦り切れ', 100, 683), run('（旧）', 360, 683));
    expect(rows(runs)).toEqual([
      ['氏名', '寿限無寿限無五劫の擦り切れ'],
      ['登録番号', '100001（旧）'],
    ]);
  });
});
