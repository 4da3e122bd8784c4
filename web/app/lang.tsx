// Language: Japanese by default; English on request, remembered on this device.
import { type ComponentChildren, createContext } from 'preact';
import { useContext, useEffect, useState } from 'preact/hooks';
import type { Lang } from '../../core/reasons';
import { CATALOGUES, type Texts } from '../../i18n/catalogue';

const KEY = 'dqc.lang';
const LangContext = createContext<{ lang: Lang; t: Texts; setLang: (l: Lang) => void }>({
  lang: 'ja',
  t: CATALOGUES.ja,
  setLang: () => {},
});

function initialLang(): Lang {
  try {
    return localStorage.getItem(KEY) === 'en' ? 'en' : 'ja';
  } catch {
    return 'ja';
  }
}

export function LangProvider({ children }: { children: ComponentChildren }) {
  const [lang, setLangState] = useState<Lang>(initialLang);
  useEffect(() => {
    document.documentElement.lang = lang;
    document.title = CATALOGUES[lang].appName;
  }, [lang]);
  const setLang = (l: Lang) => {
    setLangState(l);
    try {
      localStorage.setItem(KEY, l);
    } catch {
      // storage unavailable: the choice lasts for this session
    }
  };
  return (
    <LangContext.Provider value={{ lang, t: CATALOGUES[lang], setLang }}>{children}</LangContext.Provider>
  );
}

export const useLang = () => useContext(LangContext);
