// Paste or type the verification URL.
import { useState } from 'preact/hooks';
import { useLang } from '../../app/lang';

export function PasteUrl({ onText }: { onText: (text: string) => void }) {
  const { t } = useLang();
  const [value, setValue] = useState('');
  const [error, setError] = useState(false);
  return (
    <form
      class="paste"
      onSubmit={(e) => {
        e.preventDefault();
        if (!value) return setError(true);
        setError(false);
        onText(value);
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
          aria-invalid={error}
          aria-describedby={error ? 'paste-error' : undefined}
          onInput={(e) => setValue((e.target as HTMLInputElement).value)}
        />
        <button type="submit">{t.pasteSubmit}</button>
      </div>
      {error && (
        <p id="paste-error" class="error">
          {t.pasteEmpty}
        </p>
      )}
    </form>
  );
}
