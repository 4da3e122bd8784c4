// The first screen: camera, file, paste; reception-desk mode.
import { useEffect, useRef } from 'preact/hooks';
import { FileInput } from '../features/scan-image/FileInput';
import { PasteUrl } from '../features/scan-image/PasteUrl';
import { useLang } from './lang';

interface Props {
  message?: string;
  /** Coming back from another screen (「最初の画面へ」, Back): the heading takes the focus, so a
   * keyboard or screen-reader user is not left on <body>. Not on the first load. */
  focusHeading: boolean;
  onCamera: (desk: boolean) => void;
  onFile: (file: File) => void;
  onText: (text: string) => void;
}

export function Home({ message, focusHeading, onCamera, onFile, onText }: Props) {
  const { t } = useLang();
  const heading = useRef<HTMLHeadingElement>(null);
  // Only when this screen appears, not on later renders.
  useEffect(() => {
    if (focusHeading) heading.current?.focus();
  }, []);
  return (
    <div class="home">
      <h1 class="home-title" tabIndex={-1} ref={heading}>
        {t.appName}
      </h1>
      <p class="tagline">{t.appTagline}</p>
      {message && (
        <p class="error" role="alert">
          {message}
        </p>
      )}
      <button type="button" class="big primary" onClick={() => onCamera(false)}>
        {t.scanCamera}
      </button>
      <FileInput onFile={onFile} onText={onText} />
      <PasteUrl onText={onText} />
      <div class="desk-entry">
        <button type="button" onClick={() => onCamera(true)}>
          {t.deskMode}
        </button>
        <p class="hint">{t.deskModeHint}</p>
      </div>
    </div>
  );
}
