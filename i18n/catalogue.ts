// The catalogues and the words of a verdict. Japanese is bundled with the first screen (the app's
// first language and the one a Japanese browser gets); every other language is its own chunk,
// loaded when chosen, so the first screen carries one catalogue. Every catalogue is a complete
// `Catalogue` (tsc checks each key), so no screen can show a missing key.
// Headlines: PROFILE §6's ja/en texts exactly (the reasons come from core/reasons.ts); the other
// languages translate them. The word and the bracketed reason are returned apart so the screen can
// put the reason on its own line while the heading's text stays the exact headline.
import { headline, type ReasonCode, type Verdict } from '../core/reasons';
import { type Advice, type Catalogue, ja } from './ja';
import type { AppLang } from './langs';

export type Texts = Catalogue;
export type { Advice, Catalogue };

const loaders: Record<Exclude<AppLang, 'ja'>, () => Promise<Catalogue>> = {
  en: () => import('./en').then((m) => m.en),
  'ja-x-easy': () => import('./ja-easy').then((m) => m.jaEasy),
  vi: () => import('./vi').then((m) => m.vi),
  id: () => import('./id').then((m) => m.id),
  fil: () => import('./fil').then((m) => m.fil),
  ne: () => import('./ne').then((m) => m.ne),
  my: () => import('./my').then((m) => m.my),
  'zh-Hans': () => import('./zh-Hans').then((m) => m.zhHans),
};

const loaded = new Map<AppLang, Catalogue>([['ja', ja]]);

/** The language's catalogue (Japanese at once; others fetched once, then kept). */
export async function loadCatalogue(lang: AppLang): Promise<Catalogue> {
  const held = loaded.get(lang);
  if (held) return held;
  const catalogue = await loaders[lang as Exclude<AppLang, 'ja'>]();
  loaded.set(lang, catalogue);
  return catalogue;
}

/** A catalogue already loaded, or undefined. */
export const heldCatalogue = (lang: AppLang): Catalogue | undefined => loaded.get(lang);

export interface HeadlineParts {
  /** 有効です / 無効です / 確認できません (or the language's words). */
  word: string;
  /** The first reason with its brackets (「（取消されています）」), absent when valid. */
  reason?: string;
}

/** The headline of a verdict in the catalogue's language, as its two parts. */
export function headlineParts(verdict: Verdict, reasons: readonly ReasonCode[], t: Catalogue): HeadlineParts {
  const word = t.verdictWord[verdict];
  const first = reasons[0];
  if (verdict === 'valid') return { word };
  return { word, reason: t.wrapReason(first ? t.reason[first] : '') };
}

/** The whole headline as one text (the live region, the CSV). */
export function verdictHeadline(verdict: Verdict, reasons: readonly ReasonCode[], t: Catalogue): string {
  const { word, reason } = headlineParts(verdict, reasons, t);
  return word + (reason ?? '');
}

/** The core's own headline, for the languages PROFILE fixes (tests compare the two). */
export const profileHeadline = headline;

/** A reason's meaning and next steps with the issuing body (⑦) named where it is known. */
export function adviceFor(code: ReasonCode, t: Catalogue, body: string | undefined): Advice {
  const a = t.advice[code];
  const who = body ? t.bodyNamed(body) : t.bodyUnknown;
  const fill = (s: string) => s.replaceAll('{body}', who);
  return { meaning: a.meaning, employer: fill(a.employer), holder: fill(a.holder) };
}
