// The first screen: the language, whether the device is ready (online, revocation data), the ways
// in (camera, file, paste), reception-desk mode, and one line on who provides the service and
// that nothing leaves the device. An input that held no certificate comes back here with advice
// that fits it (`message`). The app's name is in the header only: the heading here says what
// the screen does.
import { useEffect, useRef } from 'preact/hooks';
import { FileInput } from '../features/scan-image/FileInput';
import { PasteUrl } from '../features/scan-image/PasteUrl';
import { warmPdfReaderWhenIdle } from '../features/scan-pdf/warm';
import { Readiness } from '../features/status/Readiness';
import { type WalletAnswer, WalletDqcButton } from '../features/wallet/WalletDqcButton';
import { LanguagePicker } from './LanguagePicker';
import { useLang } from './lang';

interface Props {
  message?: string;
  /** Coming back from another screen (「最初の画面へ」, Back): the heading takes the focus, so a
   * keyboard or screen-reader user is not left on <body>. Not on the first load. */
  focusHeading: boolean;
  onCamera: (desk: boolean) => void;
  onFile: (file: File) => void;
  onText: (text: string) => void;
  /** A certificate the holder's wallet presented (PROFILE §8). */
  onWallet: (answer: WalletAnswer) => void;
}

export function Home({ message, focusHeading, onCamera, onFile, onText, onWallet }: Props) {
  const { t } = useLang();
  const heading = useRef<HTMLHeadingElement>(null);
  // Only when this screen appears, not on later renders.
  useEffect(() => {
    if (focusHeading) heading.current?.focus();
  }, []);
  // The PDF reader starts once this screen is idle: a chosen PDF then finds it warm (issue 17).
  useEffect(warmPdfReaderWhenIdle, []);
  return (
    <div class="home">
      <LanguagePicker />
      <h1 class="home-title" tabIndex={-1} ref={heading}>
        {t.appTagline}
      </h1>
      <Readiness />
      {message && (
        <p class="error input-error" role="alert" data-testid="input-error">
          {message}
        </p>
      )}
      <button type="button" class="big primary" onClick={() => onCamera(false)}>
        {t.scanCamera}
      </button>
      <FileInput onFile={onFile} onText={onText} />
      <PasteUrl onText={onText} />
      <WalletDqcButton onAnswer={onWallet} />
      <div class="desk-entry">
        <button type="button" onClick={() => onCamera(true)}>
          {t.deskMode}
        </button>
        <p class="hint">{t.deskModeHint}</p>
      </div>
      <p class="privacy-line">{t.privacyLine(window.location.host)}</p>
    </div>
  );
}
