// The language choice, visible on the first screen and in Settings: each language by its own
// name, so a reader who cannot read the current one still finds theirs. The label names it in the
// current language and in English.
import { type AppLang, isAppLang, LANGS } from '../../i18n/langs';
import { useLang } from './lang';

export function LanguagePicker({ id = 'lang-picker' }: { id?: string }) {
  const { t, lang, setLang } = useLang();
  return (
    <div class="lang-picker">
      <label for={id}>
        {t.language}
        {lang !== 'en' && <span lang="en"> / Language</span>}
      </label>
      <select
        id={id}
        value={lang}
        data-testid="language"
        onChange={(e) => {
          const value = (e.target as HTMLSelectElement).value;
          if (isAppLang(value)) setLang(value as AppLang);
        }}
      >
        {LANGS.map((l) => (
          <option key={l.code} value={l.code} lang={l.htmlLang}>
            {l.name}
          </option>
        ))}
      </select>
    </div>
  );
}
