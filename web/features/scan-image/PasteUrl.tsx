// Paste or type the verification URL. The form does its own checking (noValidate): the
// browser's bubble for type=url is in the browser's language and rejects text the app can clean
// up (a URL in <…> or 「…」 from an e-mail, see paste-text.ts).
import { useState } from 'preact/hooks';
import { useLang } from '../../app/lang';
import { cleanPastedUrl, looksLikeUrl } from './paste-text';

export function PasteUrl({ onText }: { onText: (text: string) => void }) {
  const { t } = useLang();
  const [value, setValue] = useState('');
  const [error, setError] = useState<'pasteEmpty' | 'pasteNotUrl' | null>(null);
  return (
    <form
      class="paste"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        const text = cleanPastedUrl(value);
        if (!text) return setError('pasteEmpty');
        if (!looksLikeUrl(text)) return setError('pasteNotUrl');
        setError(null);
        onText(text);
        setValue('');
      }}
    >
      <label for="paste-url">{t.pasteLabel}</label>
      <div class="paste-row">
        <input
          id="paste-url"
          type="url"
          inputMode="url"
          autoComplete="off"
          spellcheck={false}
          placeholder={t.pastePlaceholder}
          value={value}
          aria-invalid={error !== null}
          aria-describedby={error ? 'paste-error' : undefined}
          onInput={(e) => setValue((e.target as HTMLInputElement).value)}
        />
        <button type="submit">{t.pasteSubmit}</button>
      </div>
      {error && (
        <p id="paste-error" class="error" role="alert">
          {t[error]}
        </p>
      )}
    </form>
  );
}
