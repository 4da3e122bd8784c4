// The languages the app speaks, with what the rest of the app needs to know about each without
// loading its texts: the name a reader recognises (in that language), the tag for <html lang>,
// the locale Intl formats dates and numbers with, and how a browser's language maps to one.
// Japanese and English are PROFILE's languages (§6 headline texts exactly); やさしい日本語 and the
// languages of the foreign care workers who hold these certificates translate them.

export type AppLang = 'ja' | 'en' | 'ja-x-easy' | 'vi' | 'id' | 'fil' | 'ne' | 'my' | 'zh-Hans';

export interface LangInfo {
  code: AppLang;
  /** The language's own name, so a reader finds it without reading Japanese. */
  name: string;
  /** BCP 47 tag for the lang attribute (やさしい日本語 is Japanese to a screen reader). */
  htmlLang: string;
  /** The locale of Intl.DateTimeFormat / NumberFormat: one date style per language. */
  locale: string;
}

export const LANGS: readonly LangInfo[] = [
  { code: 'ja', name: '日本語', htmlLang: 'ja', locale: 'ja-JP' },
  { code: 'ja-x-easy', name: 'やさしい にほんご', htmlLang: 'ja', locale: 'ja-JP' },
  { code: 'en', name: 'English', htmlLang: 'en', locale: 'en-GB' },
  { code: 'vi', name: 'Tiếng Việt', htmlLang: 'vi', locale: 'vi-VN' },
  { code: 'id', name: 'Bahasa Indonesia', htmlLang: 'id', locale: 'id-ID' },
  { code: 'fil', name: 'Filipino', htmlLang: 'fil', locale: 'fil-PH' },
  { code: 'ne', name: 'नेपाली', htmlLang: 'ne', locale: 'ne-NP' },
  { code: 'my', name: 'မြန်မာ', htmlLang: 'my', locale: 'my-MM' },
  { code: 'zh-Hans', name: '简体中文', htmlLang: 'zh-Hans', locale: 'zh-CN' },
];

export const isAppLang = (value: unknown): value is AppLang => LANGS.some((l) => l.code === value);
export const langInfo = (code: AppLang): LangInfo =>
  LANGS.find((l) => l.code === code) ?? (LANGS[0] as LangInfo);

/** Browser language tags (navigator.languages) → the first one the app speaks. */
export function langFromBrowser(tags: readonly string[]): AppLang {
  for (const raw of tags) {
    const tag = raw.toLowerCase();
    const primary = tag.split('-')[0];
    if (primary === 'ja') return 'ja';
    if (primary === 'en') return 'en';
    if (primary === 'vi') return 'vi';
    if (primary === 'id' || primary === 'in' || primary === 'ms') return 'id';
    if (primary === 'fil' || primary === 'tl') return 'fil';
    if (primary === 'ne') return 'ne';
    if (primary === 'my') return 'my';
    // Simplified Chinese only: a Traditional-script reader gets the next language on the list.
    if (primary === 'zh' && !/-(hant|tw|hk|mo)\b/.test(tag)) return 'zh-Hans';
  }
  // A browser in a language the app does not speak is more likely read in English than Japanese.
  return tags.length > 0 ? 'en' : 'ja';
}
