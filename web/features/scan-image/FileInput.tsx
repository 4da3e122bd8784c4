// Choose a file, drop it, or paste it (an image, a PDF, or the URL text).
import { useRef, useState } from 'preact/hooks';
import { useLang } from '../../app/lang';
import { cleanPastedUrl } from './paste-text';

interface Props {
  onFile: (file: File) => void;
  onText: (text: string) => void;
}

export function FileInput({ onFile, onText }: Props) {
  const { t } = useLang();
  const input = useRef<HTMLInputElement>(null);
  const [over, setOver] = useState(false);
  const take = (files: FileList | null | undefined) => {
    const file = files?.[0];
    if (file) onFile(file);
  };
  return (
    // biome-ignore lint/a11y/noStaticElementInteractions: dropping is a pointer extra; the button inside is the accessible way in
    <div
      class={`dropzone${over ? ' over' : ''}`}
      onDragOver={(e) => {
        e.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={(e) => {
        e.preventDefault();
        setOver(false);
        const text = e.dataTransfer?.getData('text/plain');
        if (e.dataTransfer?.files.length) take(e.dataTransfer.files);
        else if (text) onText(cleanPastedUrl(text));
      }}
    >
      <button type="button" class="big" onClick={() => input.current?.click()}>
        {t.scanFile}
      </button>
      <input
        ref={input}
        type="file"
        accept="image/*,application/pdf"
        class="visually-hidden"
        tabIndex={-1}
        aria-hidden="true"
        data-testid="file-input"
        onChange={(e) => {
          const el = e.currentTarget as HTMLInputElement;
          take(el.files);
          el.value = '';
        }}
      />
      <p class="hint">{t.dropHint}</p>
    </div>
  );
}
