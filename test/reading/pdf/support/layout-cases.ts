// Three certificates in layouts our issuer does not make (certificate-layouts.ts), each as the
// signed data would have it printed, with one edit per compared item (PROFILE §6.1) — shared by
// the reading test (document-check.layouts) and the CLI test (verify-cli.document).
import type { CredentialItems } from '../../../../core/types';
import type { TextItem } from '../../../../reading/pdf/document-result';
import {
  pairedLinesPdf,
  type Row,
  type Sheet,
  twoColumnTablePdf,
  verticalListPdf,
} from './certificate-layouts';

/** The demo's valid-kaigo and valid-kango-full (issuer/demo.ts) as signed. */
export const KAIGO: Pick<CredentialItems, '2' | '3' | '4' | '5' | '7'> = {
  '2': '介護福祉士',
  '3': '山田 花子',
  '4': '1990-04-01',
  '5': '100001',
  '7': '厚生労働省（デモ）',
};
export const KANGO: Pick<CredentialItems, '2' | '3' | '4' | '5' | '7'> = {
  '2': '看護師',
  '3': '佐藤 太郎',
  '4': '1985-11-23',
  '5': '200002',
  '7': '厚生労働大臣',
};

type ItemRow = Row & { item?: TextItem };

export interface Layout {
  name: string;
  /** Whose certificate it prints. */
  signed: 'kaigo' | 'kango';
  draw: (sheet: Sheet) => Promise<Uint8Array>;
  title: string;
  rows: ItemRow[];
  footer?: string;
  /** One edit per item: the value the edited copy prints instead. */
  edits: Record<TextItem, Row['value']>;
}

export const LAYOUTS: readonly Layout[] = [
  {
    name: '(a) vertical list, era dates, bare number',
    signed: 'kaigo',
    draw: verticalListPdf,
    title: '介護福祉士登録証明書',
    rows: [
      { item: '資格名称', label: '①資格の名称：', value: '介護福祉士' },
      { item: '氏名', label: '②氏名：', value: '山田　花子' },
      { label: '　フリガナ：', value: 'ヤマダ　ハナコ' },
      { item: '生年月日', label: '③生年月日：', value: '平成2年4月1日' },
      { item: '登録番号', label: '④登録番号：', value: '100001' },
      { label: '⑤登録年月日：', value: '平成28年4月1日' },
      { item: '交付機関', label: '⑦交付者：', value: '厚生労働省（デモ）' },
    ],
    footer: '上記のとおり登録されていることを証明します。',
    edits: {
      資格名称: '社会福祉士',
      氏名: '山田　花代',
      生年月日: '平成2年4月2日',
      登録番号: '100011',
      交付機関: '東京都知事',
    },
  },
  {
    name: '(b) two-column table, spaced labels, 交付者, kanji era dates, U+3000 names',
    signed: 'kango',
    draw: twoColumnTablePdf,
    title: '看護師免許証明書',
    rows: [
      { item: '資格名称', label: '資格の名称', value: '看護師' },
      { label: 'フリガナ', value: 'サトウ　タロウ' },
      { item: '氏名', label: '氏　　名', value: '佐藤　太郎' },
      { item: '生年月日', label: '生 年 月 日', value: '昭和六十年十一月二十三日' },
      { item: '登録番号', label: '登 録 番 号', value: '第２００００２号' },
      { item: '交付機関', label: '交　付　者', value: ['厚生労働', '大臣'] },
      { label: '摘　要', value: 'なし' },
    ],
    footer: '上記のとおり相違ないことを証明する。',
    edits: {
      資格名称: '准看護師',
      氏名: '佐藤　次郎',
      生年月日: '昭和六十年十一月二十四日',
      登録番号: '第２００００３号',
      交付機関: ['厚生労働', '大臣官房'],
    },
  },
  {
    name: '(c) numbered pairs two to a line, dotted dates',
    signed: 'kaigo',
    draw: pairedLinesPdf,
    title: '資格者証',
    rows: [
      { item: '資格名称', label: '1. 資格名称:', value: '介護福祉士' },
      { item: '氏名', label: '|2. 氏名:', value: '山田 花子' },
      { item: '生年月日', label: '3. 生年月日:', value: '1990.4.1' },
      { item: '登録番号', label: '4. 登録番号:', value: '第100001号' },
      { label: '5. 登録日:', value: '2016.4.1' },
      { item: '交付機関', label: '|6. 交付機関:', value: '厚生労働省（デモ）' },
    ],
    edits: {
      資格名称: '介護支援専門員',
      氏名: '山田 花',
      生年月日: '1990.4.10',
      登録番号: '第100010号',
      交付機関: '厚生労働大臣',
    },
  },
];

export interface Variant {
  /** An item printed with its edit instead of the signed value. */
  edited?: TextItem;
  /** An item whose row is left out. */
  omitted?: TextItem;
  photoJpeg?: Uint8Array;
}

/** The layout's PDF carrying a QR of `url`. */
export function drawLayout(layout: Layout, url: string, variant: Variant = {}): Promise<Uint8Array> {
  const rows = layout.rows
    .filter((r) => r.item === undefined || r.item !== variant.omitted)
    .map(({ label, value, item }) => ({
      label,
      value: item && item === variant.edited ? layout.edits[item] : value,
    }));
  return layout.draw({
    url,
    title: layout.title,
    rows,
    ...(layout.footer && { footer: layout.footer }),
    ...(variant.photoJpeg && { photoJpeg: variant.photoJpeg }),
  });
}

/** An edit as the verifier reports it (white space aside: pdf.js turns spaces into gaps). */
export const editText = (layout: Layout, item: TextItem) => [layout.edits[item]].flat().join('');
