// What every record page shares, whichever check it records (PROFILE §9): the four rows the
// re-check compares with the JSON (their labels live here, once), the page's shape, how times
// are printed (JST and UTC), and the rows about the check itself — when, with which trust list
// and status list, by which app, and what the employer typed. record-text.ts lays out the page of
// a §6 check, wallet-record-text.ts that of a wallet presentation (§8.9), both from these.
import { rfc3339 } from '../core/credential-view';
import type { Verdict } from '../core/reasons';
import type { AnyRecordJson } from './record-json';

/** The rows the re-check compares with the JSON, by their exact labels. */
export const COMPARED = {
  headline: '確認結果',
  name: '氏名',
  number: '登録番号',
  checkedAt: '確認日時',
} as const;
export type ComparedLabel = (typeof COMPARED)[keyof typeof COMPARED];
export const COMPARED_LABELS: readonly ComparedLabel[] = Object.values(COMPARED);

export const RECORD_TITLE = '資格者証 確認記録';
export const RECORD_SUBTITLE = 'Verification record of a digital qualification certificate (DQC profile §9)';

export interface RecordRow {
  label: string;
  /** Lines the value must start on (a ⑨ item per line); each wraps on its own. */
  lines: string[];
}

export interface RecordSection {
  title: string;
  rows: RecordRow[];
}

export interface RecordPage {
  verdict: Verdict;
  headline: string;
  /** 理由 and 次にすること, under the headline. */
  lead: RecordRow[];
  sections: RecordSection[];
  /** Paragraphs at the foot: retention, what is attached, that the app keeps no copy. */
  notes: string[];
}

export interface PageOptions {
  /** The employer's retention period as typed (「5年」「退職後3年」); printed as one sentence. */
  retention?: string;
}

const JST_OFFSET = 9 * 3600;

/** Japan time with the zone written out, to the second: 2026/12/07 10:15:30 JST. */
export function formatJst(seconds: number): string {
  const [date, time] = rfc3339(seconds + JST_OFFSET)
    .replace('Z', '')
    .split('T');
  return `${(date ?? '').replaceAll('-', '/')} ${time ?? ''} JST`;
}

/** A time in JST and UTC, as the record prints every time. */
export const jstAndUtc = (seconds: number) =>
  `${formatJst(seconds)}（日本時間）／ ${rfc3339(seconds)}（UTC）`;

/** RFC 3339 text → seconds (NaN when it is not a time). */
export const secondsOf = (text: string) => Math.floor(Date.parse(text) / 1000);

/** A §3 date (YYYY-MM-DD) as the page prints it. */
export const ymd = (date: string) => date.replaceAll('-', '/');

/** The section 確認の記録: `first` rows, then time, trust list, status list, app, operator. */
export function recordRows(json: AnyRecordJson, first: RecordRow[] = []): RecordRow[] {
  const r = json.result;
  const rows: RecordRow[] = [
    ...first,
    { label: COMPARED.checkedAt, lines: [jstAndUtc(secondsOf(json.checkedAt))] },
    {
      label: '信頼リストの版',
      lines: [r.trustListSeq === null ? 'なし（信頼リストがありませんでした）' : `第${r.trustListSeq}版`],
    },
    {
      label: '失効情報の時点',
      lines: [r.statusCheckedAt ? jstAndUtc(secondsOf(r.statusCheckedAt)) : '未取得'],
    },
    {
      label: '確認に使ったアプリ',
      lines: [`${json.app.name} ${json.app.version}（ビルド ${json.app.build}）`],
    },
  ];
  const o = json.operator;
  if (o?.checker) rows.push({ label: '確認者', lines: [o.checker] });
  if (o?.office) rows.push({ label: '事業所', lines: [o.office] });
  if (o?.note) rows.push({ label: 'メモ', lines: [o.note] });
  return rows;
}

/** The employer's retention period as one sentence (first note), when one was typed. */
export const retentionNotes = (options: PageOptions): string[] =>
  options.retention ? [`この記録は、事業所の定めにより${options.retention}保存してください。`] : [];

/** The last note of every record (PROFILE §9 retention: the app never keeps a copy). */
export const NO_COPY_NOTE = 'このアプリは、この記録の控えを保存していません。';
