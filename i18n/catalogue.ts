// Every text of the app: ja.ts (the first language) and en.ts, same keys. Verdict headlines and
// reasons come from the core's table (PROFILE §6) so they cannot drift.
import { headline, type Lang, REASONS, type ReasonCode, type Verdict } from '../core/reasons';
import { en } from './en';
import { type Catalogue, ja } from './ja';

export const CATALOGUES: Record<Lang, Catalogue> = { ja, en };
export type Texts = Catalogue;

export function reasonText(code: ReasonCode, lang: Lang): string {
  return REASONS[code][lang];
}

export function verdictHeadline(verdict: Verdict, reasons: readonly ReasonCode[], lang: Lang): string {
  return headline(verdict, reasons, lang);
}
