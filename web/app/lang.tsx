// Language: the one chosen on this device, else the browser's (an English browser gets English on
// its first visit), else Japanese. The choice is remembered. Only the chosen catalogue is loaded
// (i18n/catalogue.ts); switching fetches the next one before the screen changes language.
import { type ComponentChildren, createContext } from 'preact';
import { useContext, useEffect, useState } from 'preact/hooks';
import { type Catalogue, loadCatalogue } from '../../i18n/catalogue';
import { ja } from '../../i18n/ja';
import { type AppLang, isAppLang, langFromBrowser, langInfo } from '../../i18n/langs';

const KEY = 'dqc.lang';

interface LangState {
  lang: AppLang;
  t: Catalogue;
  /** The Intl locale of the language (dates, numbers). */
  locale: string;
  setLang: (l: AppLang) => void;
}

const LangContext = createContext<LangState>({ lang: 'ja', t: ja, locale: 'ja-JP', setLang: () => {} });

/** The language to start in: remembered, else the browser's. */
export function initialLang(): AppLang {
  try {
    const stored = localStorage.getItem(KEY);
    if (isAppLang(stored)) return stored;
  } catch {
    // storage unavailable: follow the browser
  }
  return langFromBrowser(
    typeof navigator === 'undefined' ? [] : (navigator.languages ?? [navigator.language]),
  );
}

export function LangProvider(props: { initial: AppLang; catalogue: Catalogue; children: ComponentChildren }) {
  const [state, setState] = useState<{ lang: AppLang; t: Catalogue }>({
    lang: props.initial,
    t: props.catalogue,
  });
  useEffect(() => {
    document.documentElement.lang = langInfo(state.lang).htmlLang;
    document.title = state.t.appName;
  }, [state]);
  const setLang = (lang: AppLang) => {
    try {
      localStorage.setItem(KEY, lang);
    } catch {
      // storage unavailable: the choice lasts for this session
    }
    void loadCatalogue(lang).then((t) => setState({ lang, t }));
  };
  return (
    <LangContext.Provider value={{ ...state, locale: langInfo(state.lang).locale, setLang }}>
      {props.children}
    </LangContext.Provider>
  );
}

export const useLang = () => useContext(LangContext);
