// The document verdict of PROFILE §6.1: a code read from a PDF gets two answers, the credential's
// (§6, unchanged) and the document's — the printed text and photo against the signed data.
// This is its JSON shape (the CLI's `document` member) and the rule that derives its verdict.
import type { ReasonCode, Verdict } from '../../core/reasons';

/** The items §6.1 compares, by the names its JSON uses. */
export type DocumentItem = '資格名称' | '氏名' | '生年月日' | '登録番号' | '交付機関' | '写真';
export const DOCUMENT_ITEMS: readonly DocumentItem[] = [
  '資格名称',
  '氏名',
  '生年月日',
  '登録番号',
  '交付機関',
  '写真',
];
/** The text items: found by their printed labels (the photo is found by its digest). */
export type TextItem = Exclude<DocumentItem, '写真'>;
export const TEXT_ITEMS: readonly TextItem[] = ['資格名称', '氏名', '生年月日', '登録番号', '交付機関'];
export type ItemComparison = 'matches' | 'differs' | 'unchecked';

export interface DocumentResult {
  verdict: Verdict;
  reasons: ReasonCode[];
  items: Record<DocumentItem, ItemComparison>;
  /** What the PDF prints where a text item differs (PROFILE §6.1: "the value printed there is reported"). */
  printed?: Partial<Record<TextItem, string>>;
}

/**
 * PROFILE §6.1 "Document verdict": the credential's verdict, except that when the credential is
 * valid or indeterminate and any item differs, the document is invalid with DOCUMENT_MISMATCH
 * when a text item differs, otherwise PHOTO_MISMATCH.
 */
export function documentVerdict(
  credential: { verdict: Verdict; reasons: readonly ReasonCode[] },
  items: Record<DocumentItem, ItemComparison>,
): Pick<DocumentResult, 'verdict' | 'reasons'> {
  if (credential.verdict === 'invalid') return { verdict: 'invalid', reasons: [...credential.reasons] };
  const textDiffers = TEXT_ITEMS.some((item) => items[item] === 'differs');
  if (textDiffers) return { verdict: 'invalid', reasons: ['DOCUMENT_MISMATCH'] };
  if (items.写真 === 'differs') return { verdict: 'invalid', reasons: ['PHOTO_MISMATCH'] };
  return { verdict: credential.verdict, reasons: [...credential.reasons] };
}
