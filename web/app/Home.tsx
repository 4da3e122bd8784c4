// The first screen: camera, file, paste; reception-desk mode.
import { FileInput } from '../features/scan-image/FileInput';
import { PasteUrl } from '../features/scan-image/PasteUrl';
import { useLang } from './lang';

interface Props {
  message?: string;
  onCamera: (desk: boolean) => void;
  onFile: (file: File) => void;
  onText: (text: string) => void;
}

export function Home({ message, onCamera, onFile, onText }: Props) {
  const { t } = useLang();
  return (
    <div class="home">
      <h1 class="home-title">{t.appName}</h1>
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
