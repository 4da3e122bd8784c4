// The app: header, the current screen, and the live region that announces each verdict. Screens
// go through the browser history (screen-history.ts) so Back returns to the previous one; inputs
// become results through one flow (verify-flow.ts). In
// reception-desk mode the camera stays mounted (and running) under the desk's full-screen result,
// so the next card is read without waiting for the camera to start again.
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { DeskBar } from '../features/desk/DeskBar';
import { DeskResult } from '../features/desk/DeskResult';
import { DEFAULT_DESK_SETTINGS, type DeskSettings, loadDeskSettings } from '../features/desk/desk-settings';
import { RepeatGuard } from '../features/desk/repeat-guard';
import { useKeyboardWedge } from '../features/desk/use-keyboard-wedge';
import { useWakeLock } from '../features/desk/use-wake-lock';
import { LazySaveRecord } from '../features/record/LazySaveRecord';
import { CameraScanner } from '../features/scan-camera/CameraScanner';
import { Settings } from '../features/settings/Settings';
import { ResultScreen } from '../features/verify/ResultScreen';
import { WalletScreen } from '../features/wallet/WalletScreen';
import type { WalletAnswer } from '../features/wallet/wallet-check';
import { walletHeadline } from '../features/wallet/wallet-texts';
import { boot, takeDeepLink } from './boot';
import { Home } from './Home';
import { onLaunchedFiles, takeSharedFile } from './incoming-files';
import { useLang } from './lang';
import { ScreenHistory } from './screen-history';
import type { Screen } from './screens';
import { applyUpdate, setIdle, useUpdateAvailable } from './sw-update';
import { useVerifyFlow } from './verify-flow';

export function App() {
  const { t } = useLang();
  const [screen, setScreen] = useState<Screen>({ name: 'busy', message: t.verifying, starting: true });
  const [desk, setDesk] = useState<DeskSettings>(DEFAULT_DESK_SETTINGS);
  const busy = useRef(false);
  const guard = useRef(new RepeatGuard());
  /** What the camera view says instead of its usual hint (the same card again, not a certificate). */
  const [cameraNotice, setCameraNotice] = useState<'sameCodeIgnored' | 'cameraNotCertificate' | null>(null);
  /** Cards checked in this desk session: a count, nothing else. */
  const [deskCount, setDeskCount] = useState(0);
  /** Set once the person has moved between screens: from then on a new screen takes the focus. */
  const moved = useRef(false);
  const [nav] = useState(() => new ScreenHistory<Screen>(window.history, { name: 'home' }, setScreen));
  const updateAvailable = useUpdateAvailable();
  // Another window's update reloads this one only from here (sw-update.ts).
  useEffect(() => setIdle(screen.name === 'home'), [screen.name]);
  const deskMode = (screen.name === 'camera' || screen.name === 'result') && screen.desk;

  useEffect(() => {
    const onPop = (event: PopStateEvent) => {
      moved.current = true;
      nav.popped(event.state);
    };
    window.addEventListener('popstate', onPop);
    return () => window.removeEventListener('popstate', onPop);
  }, [nav]);

  const countDesk = useCallback((n: number) => setDeskCount((count) => count + n), []);
  const onCameraNotCertificate = useCallback(() => setCameraNotice('cameraNotCertificate'), []);
  const { announcement, setAnnouncement, verifyTexts, onFile } = useVerifyFlow({
    t,
    nav,
    desk,
    setScreen,
    onCameraNotCertificate,
    countDesk,
    busy,
  });

  useEffect(() => {
    void loadDeskSettings().then(setDesk);
    // `c` holds the whole credential: read and taken out of the address bar and history at once
    // (PROFILE §2), not once start-up is done (up to the trust list's 4 s timeout).
    const link = takeDeepLink();
    void boot().then(async () => {
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

  const onFileRef = useRef(onFile);
  onFileRef.current = onFile;
  useEffect(() => onLaunchedFiles((file) => void onFileRef.current(file)), []);

  const onCameraCode = (text: string) => {
    if (busy.current) return;
    if (!guard.current.seen(text, Date.now())) {
      setCameraNotice((n) => n ?? 'sameCodeIgnored');
      return;
    }
    setCameraNotice(null);
    void verifyTexts([text], 'camera', screen.name === 'camera' && screen.desk);
  };
  // The hint goes once the card has been taken away.
  const onNoCode = () => {
    if (!guard.current.empty(Date.now())) setCameraNotice(null);
  };

  const go = (to: () => void) => {
    moved.current = true;
    to();
  };
  const home = () => go(() => nav.toRoot());
  const openCamera = (inDesk: boolean) =>
    go(() => {
      // Opened from the first screen the person means to check a card, even the last one again.
      guard.current.reset();
      setCameraNotice(null);
      if (inDesk) setDeskCount(0);
      nav.push({ name: 'camera', desk: inDesk });
    });
  const again = () =>
    go(() => {
      if (screen.name !== 'result') return;
      setCameraNotice(null);
      // Back to the camera the result came from (the guard keeps the same card from being read
      // again while it is still there); results of a file or a paste go to the first screen.
      if (screen.desk || screen.fromCamera) nav.replace({ name: 'camera', desk: screen.desk });
      else nav.toRoot();
    });
  // A certificate from the holder's wallet (PROFILE §8.6): its own result screen, announced.
  const showWallet = (answer: WalletAnswer) =>
    go(() => {
      nav.push({ name: 'wallet', answer });
      setAnnouncement(answer.results.map((r) => walletHeadline(r.verdict, r.reasons, t)).join(' / '));
    });
  const openSettings = () => go(() => nav.current().name !== 'settings' && nav.push({ name: 'settings' }));
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
          <button type="button" onClick={openSettings}>
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
      <main id="main" class={deskMode ? 'desk-mode' : undefined}>
        {screen.name === 'home' && (
          <Home
            message={screen.message}
            focusHeading={moved.current}
            onCamera={openCamera}
            onFile={onFile}
            onText={onText}
            onWallet={showWallet}
          />
        )}
        {deskMode && <DeskBar count={deskCount} onExit={home} />}
        {(screen.name === 'camera' || deskMode) && (
          <CameraScanner
            active={screen.name === 'camera'}
            readiness={!deskMode}
            onCode={onCameraCode}
            onNoCode={onNoCode}
            notice={cameraNotice ? t[cameraNotice] : undefined}
            onStop={home}
          />
        )}
        {screen.name === 'busy' && (
          <p class="busy" role="status">
            <span class="spinner" aria-hidden="true" />
            {screen.message}
          </p>
        )}
        {screen.name === 'result' && screen.desk && screen.outcomes[0] && (
          <DeskResult
            outcome={screen.outcomes[0]}
            returnAfterSeconds={desk.returnAfterSeconds}
            onNext={again}
          />
        )}
        {screen.name === 'result' && !screen.desk && (
          <ResultScreen
            outcomes={screen.outcomes}
            onAgain={again}
            onHome={home}
            extraActions={<LazySaveRecord outcomes={screen.outcomes} />}
          />
        )}
        {screen.name === 'wallet' && <WalletScreen answer={screen.answer} onAgain={home} onHome={home} />}
        {screen.name === 'settings' && (
          <Settings onDeskChange={setDesk} onClose={() => go(() => nav.back())} />
        )}
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
