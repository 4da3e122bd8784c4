// The app: header, the current screen, and the live region that announces each verdict.
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import {
  DEFAULT_DESK_SETTINGS,
  type DeskSettings,
  loadDeskSettings,
  REPEAT_IGNORE_MS,
} from '../features/desk/desk-settings';
import { signal } from '../features/desk/feedback';
import { useKeyboardWedge } from '../features/desk/use-keyboard-wedge';
import { useWakeLock } from '../features/desk/use-wake-lock';
import { CameraScanner } from '../features/scan-camera/CameraScanner';
import { type FileCodes, FileError, readCodesFromFile } from '../features/scan-image/read-file';
import { Settings } from '../features/settings/Settings';
import { ResultScreen } from '../features/verify/ResultScreen';
import { type Outcome, verifyText } from '../features/verify/verify-service';
import { verdictHeadline } from '../i18n/catalogue';
import { boot, takeDeepLink } from './boot';
import { Home } from './Home';
import { onLaunchedFiles, takeSharedFile } from './incoming-files';
import { useLang } from './lang';
import type { Screen } from './screens';
import { applyUpdate, useUpdateAvailable } from './sw-update';

export function App() {
  const { t, lang } = useLang();
  const [screen, setScreen] = useState<Screen>({ name: 'busy', message: t.verifying, starting: true });
  const [announcement, setAnnouncement] = useState('');
  const [desk, setDesk] = useState<DeskSettings>(DEFAULT_DESK_SETTINGS);
  const busy = useRef(false);
  const lastCode = useRef<{ text: string; at: number } | null>(null);
  const updateAvailable = useUpdateAvailable();
  const deskMode = (screen.name === 'camera' || screen.name === 'result') && screen.desk;

  const show = useCallback(
    (outcomes: Outcome[], inDesk: boolean) => {
      setScreen({ name: 'result', outcomes, desk: inDesk });
      const first = outcomes[0];
      if (!first) return;
      setAnnouncement(verdictHeadline(first.result.verdict, first.result.reasons, lang));
      if (inDesk) signal(first.result.verdict, desk);
    },
    [lang, desk],
  );

  const verifyTexts = useCallback(
    async (texts: string[], source: string, inDesk: boolean, findingsFor?: FileCodes['findingsFor']) => {
      busy.current = true;
      try {
        const outcomes: Outcome[] = [];
        for (const text of texts) {
          const outcome = await verifyText(text, source);
          if (findingsFor) outcome.findings.push(...findingsFor(text, outcome.result));
          outcomes.push(outcome);
        }
        show(outcomes, inDesk);
      } finally {
        busy.current = false;
      }
    },
    [show],
  );

  useEffect(() => {
    void loadDeskSettings().then(setDesk);
    void boot().then(async () => {
      const link = takeDeepLink();
      const shared = link ? null : await takeSharedFile();
      if (link) await verifyTexts([link], 'link', false);
      else if (shared) await onFileRef.current(shared);
      // Only the start-up screen gives way: a file dropped meanwhile keeps its own screen.
      else setScreen((s) => (s.name === 'busy' && s.starting ? { name: 'home' } : s));
    });
  }, []);

  const onText = useCallback(
    (text: string) => void verifyTexts([text], 'paste', deskMode),
    [verifyTexts, deskMode],
  );
  useKeyboardWedge(screen.name !== 'busy' && screen.name !== 'settings', onText);
  useWakeLock(deskMode);

  const onFile = async (file: File) => {
    setScreen({ name: 'busy', message: t.decoding });
    try {
      const codes = await readCodesFromFile(file, (done, all) =>
        setScreen({ name: 'busy', message: t.pdfPages(done, all) }),
      );
      if (codes.texts.length === 0) return setScreen({ name: 'home', message: t.noCodeFound });
      await verifyTexts(codes.texts, 'file', false, codes.findingsFor);
    } catch (e) {
      setScreen({
        name: 'home',
        message: e instanceof FileError ? (t[e.problem] as string) : t.fileUnreadable,
      });
    }
  };

  const onFileRef = useRef(onFile);
  onFileRef.current = onFile;
  useEffect(() => onLaunchedFiles((file) => void onFileRef.current(file)), []);

  const onCameraCode = (text: string) => {
    const now = Date.now();
    const inDesk = screen.name === 'camera' && screen.desk;
    if (busy.current) return;
    if (inDesk && lastCode.current?.text === text && now - lastCode.current.at < REPEAT_IGNORE_MS) return;
    lastCode.current = { text, at: now };
    void verifyTexts([text], 'camera', inDesk);
  };

  const home = () => setScreen({ name: 'home' });
  return (
    <>
      <a class="skip" href="#main">
        {t.skipToMain}
      </a>
      <header class="bar">
        <button type="button" class="brand" onClick={home}>
          {t.appName}
        </button>
        <nav aria-label={t.navSettings}>
          <button type="button" onClick={() => setScreen({ name: 'settings' })}>
            {t.navSettings}
          </button>
        </nav>
      </header>
      {updateAvailable && (
        <div class="update" role="status">
          {t.updateAvailable}
          <button
            type="button"
            disabled={busy.current || screen.name === 'busy'}
            onClick={() => !busy.current && applyUpdate()}
          >
            {t.updateApply}
          </button>
        </div>
      )}
      <main id="main">
        {screen.name === 'home' && (
          <Home
            message={screen.message}
            onCamera={(d) => setScreen({ name: 'camera', desk: d })}
            onFile={onFile}
            onText={onText}
          />
        )}
        {screen.name === 'camera' && <CameraScanner active onCode={onCameraCode} onStop={home} />}
        {screen.name === 'busy' && (
          <p class="busy" role="status">
            <span class="spinner" aria-hidden="true" />
            {screen.message}
          </p>
        )}
        {screen.name === 'result' && (
          <ResultScreen
            outcomes={screen.outcomes}
            desk={screen.desk}
            returnAfterSeconds={desk.returnAfterSeconds}
            onAgain={() => setScreen(screen.desk ? { name: 'camera', desk: true } : { name: 'home' })}
            onHome={home}
          />
        )}
        {screen.name === 'settings' && <Settings onDeskChange={setDesk} />}
      </main>
      <div
        class="visually-hidden"
        role="status"
        aria-live="assertive"
        aria-atomic="true"
        data-testid="announcer"
      >
        {announcement}
      </div>
    </>
  );
}
