// The document check of PROFILE §6.1: a PDF can carry a genuine QR code while its printed text was
// edited, or carry someone else's QR. Each compared item's printed row (label-rows.ts) is set
// against the signed value; the photo by its digest. The signed data stays the only true content:
// this says only whether the paper agrees with it, and what it prints where it does not.
//
// Items compared (§6.1): ① 資格名称, ② 氏名, ③ 生年月日, ④ 登録番号, ⑦ 交付機関, and ⑧ the photo
// when `dqc` 10 is signed.
// - A text item whose label is not printed is `unchecked`. A printed label `matches` when its row
//   holds the signed value — compared after NFKC with all white space removed; a date in any form
//   of §6.1 (japanese-dates.ts); the registration number as `第…号` or bare — else it `differs`,
//   and the row's text is reported (`printed`).
// - A label printed more than once (two rows, or several pages carrying the same code) must hold
//   the signed value every time: an edited row is not excused by a genuine one elsewhere.
// - The photo `matches` when the SHA-256 of one embedded JPEG's stream data (§3 key 10) equals
//   the signed digest, else `differs` — also for a scan, whose only JPEG is the page image:
//   §6.1 says a scan "compares only the photo".
import type { CredentialItems, VerifyResult } from '../../core/types';
import {
  type DocumentItem,
  type DocumentResult,
  documentVerdict,
  type ItemComparison,
  TEXT_ITEMS,
  type TextItem,
} from './document-result';
import { printedDate } from './japanese-dates';
import { printedRows } from './label-rows';
import type { TextRun } from './text-lines';

/** PROFILE §6.1: values are compared after NFKC, with all white space removed. */
export const squash = (s: string) => s.normalize('NFKC').replace(/\s+/gu, '');

const SIGNED_TEXT: Record<Exclude<TextItem, '生年月日' | '登録番号'>, '2' | '3' | '7'> = {
  資格名称: '2',
  氏名: '3',
  交付機関: '7',
};

/** Whether the text printed on an item's row is the signed value (PROFILE §6.1). */
export function holdsSignedValue(item: TextItem, printed: string, dqc: CredentialItems): boolean {
  const text = squash(printed);
  if (item === '生年月日') return printedDate(text) === dqc['4'];
  if (item === '登録番号') {
    const number = squash(dqc['5']);
    return text === number || text === `第${number}号`;
  }
  return text === squash(dqc[SIGNED_TEXT[item]]);
}

export interface TextComparison {
  comparison: ItemComparison;
  /** The row's text as printed, when it differs. */
  printed?: string;
}

/** Each text item on one page's text layer. */
export function compareText(
  runs: readonly TextRun[],
  dqc: CredentialItems,
): Record<TextItem, TextComparison> {
  const rows = printedRows(runs);
  const out = {} as Record<TextItem, TextComparison>;
  for (const item of TEXT_ITEMS) {
    const own = rows.filter((r) => r.item === item);
    const differing = own.find((r) => !holdsSignedValue(item, r.text, dqc));
    out[item] = differing
      ? { comparison: 'differs', printed: differing.text }
      : { comparison: own.length > 0 ? 'matches' : 'unchecked' };
  }
  return out;
}

/** Several pages' answers for one item: any difference decides, then any match. */
function combined(answers: readonly TextComparison[]): TextComparison {
  return (
    answers.find((a) => a.comparison === 'differs') ??
    answers.find((a) => a.comparison === 'matches') ?? { comparison: 'unchecked' }
  );
}

/**
 * The §6.1 document result of one code: `pages` are the text layers it is compared with (none,
 * or empty ones, for a scan), `jpegDigests` the base64url SHA-256 of every embedded JPEG stream.
 * Without signed data (steps 6–7 failed) nothing can be compared: every item is `unchecked`.
 */
export function documentResult(
  result: Pick<VerifyResult, 'verdict' | 'reasons' | 'credential'>,
  pages: readonly (readonly TextRun[])[],
  jpegDigests: readonly string[],
): DocumentResult {
  const dqc = result.credential?.dqc;
  const items = {} as Record<DocumentItem, ItemComparison>;
  const printed: Partial<Record<TextItem, string>> = {};
  const perPage = dqc ? pages.map((runs) => compareText(runs, dqc)) : [];
  for (const item of TEXT_ITEMS) {
    const answer = combined(perPage.map((page) => page[item]));
    items[item] = answer.comparison;
    if (answer.printed !== undefined) printed[item] = answer.printed;
  }
  const photo = dqc?.['10'];
  items.写真 = photo === undefined ? 'unchecked' : jpegDigests.includes(photo) ? 'matches' : 'differs';
  return {
    ...documentVerdict(result, items),
    items,
    ...(Object.keys(printed).length > 0 && { printed }),
  };
}
