// From an input to a result screen, whatever the input method: texts (a paste, a link, a camera
// frame, a file's codes) are verified, the shown verdict announced, a desk's count and signal and
// its per-scan record kept, and input that holds no certificate said where it was given. An input
// method is a feature folder plus one call of `verifyTexts` or `onFile`.
import { useCallback, useState } from 'preact/hooks';
import { type Texts, verdictHeadline } from '../../i18n/catalogue';
import { ReadError } from '../../reading/file-kind';
import type { DeskSettings } from '../features/desk/desk-settings';
import { signal } from '../features/desk/feedback';
import { saveDeskRecords } from '../features/record/save-records';
import { type FileCodes, readCodesFromFile } from '../features/scan-image/read-file';
import { holdsNoCertificate, type InputSource, notCertificateMessage } from '../features/verify/input-kind';
import { pdfReportOf, shownVerdict } from '../features/verify/pdf-report';
import { type Outcome, verifyText } from '../features/verify/verify-service';
import { boot } from './boot';
import type { ScreenHistory } from './screen-history';
import type { Screen } from './screens';

interface FlowDeps {
  t: Texts;
  nav: ScreenHistory<Screen>;
  desk: DeskSettings;
  setScreen: (screen: Screen) => void;
  /** A camera frame's code that is no certificate: said in the camera view, not as a screen. */
  onCameraNotCertificate: () => void;
  /** Cards checked in this desk session: a count, nothing else. */
  countDesk: (n: number) => void;
  /** True while a verification runs (the camera skips frames meanwhile). */
  busy: { current: boolean };
}

export function useVerifyFlow(deps: FlowDeps) {
  const { t, nav, desk, setScreen, onCameraNotCertificate, countDesk, busy } = deps;
  const [announcement, setAnnouncement] = useState('');

  const show = useCallback(
    (outcomes: Outcome[], inDesk: boolean, source: InputSource) => {
      const next: Screen = { name: 'result', outcomes, desk: inDesk, fromCamera: source === 'camera' };
      // A camera session keeps one history entry: its results take the camera's place (a desk
      // would otherwise pile up an entry per card); anything else is a new step Back undoes.
      const here = nav.current().name;
      if (here === 'camera' || here === 'result') nav.replace(next);
      else nav.push(next);
      const first = outcomes[0];
      if (!first) return;
      // Several codes in one file: each verdict is announced, with how many there are, not the
      // first alone (a screen reader heard 「有効です」 of a file that also held a revoked code).
      const headlines = outcomes.map((o) => {
        const shown = shownVerdict(o.result, o.pdf);
        return verdictHeadline(shown.verdict, shown.reasons, t);
      });
      setAnnouncement(
        headlines.length === 1
          ? (headlines[0] as string)
          : `${t.codesFound(headlines.length)}: ${headlines.join(' / ')}`,
      );
      if (inDesk) {
        countDesk(outcomes.length);
        signal(shownVerdict(first.result, first.pdf).verdict, desk);
        // PROFILE §9: one record per check when the desk opted in (a no-op otherwise).
        void saveDeskRecords(outcomes, t.appName);
      }
    },
    [desk, nav, t, countDesk],
  );

  const verifyTexts = useCallback(
    async (texts: string[], source: InputSource, inDesk: boolean, findingsFor?: FileCodes['findingsFor']) => {
      busy.current = true;
      try {
        // Never before start-up has loaded the held trust list (a paste made while the app was
        // still starting gave 「信頼リストを取得できません」).
        await boot();
        const outcomes: Outcome[] = [];
        for (const text of texts) {
          const outcome = await verifyText(text, source);
          // A code that is no certificate at all (another QR, a web address) is left out; only
          // when nothing else was found is it said, as an input error where the input was given.
          if (holdsNoCertificate(text, outcome.result)) continue;
          if (findingsFor) outcome.pdf = pdfReportOf(findingsFor(text, outcome.result), outcome.result);
          outcomes.push(outcome);
        }
        if (outcomes.length > 0) return show(outcomes, inDesk, source);
        if (source === 'camera') return onCameraNotCertificate();
        nav.toRoot({ name: 'home', message: t[notCertificateMessage(source)] });
      } finally {
        busy.current = false;
      }
    },
    [show, nav, t, onCameraNotCertificate, busy],
  );

  /** A file (picker, drop, share, launch): its codes, with progress for a PDF, then verified. */
  const onFile = async (file: File) => {
    setScreen({ name: 'busy', message: t.decoding });
    try {
      const codes = await readCodesFromFile(file, (done, all, thorough) =>
        setScreen({ name: 'busy', message: (thorough ? t.pdfSearching : t.pdfPages)(done, all) }),
      );
      if (codes.texts.length === 0)
        return nav.toRoot({ name: 'home', message: codes.pdf ? t.noCodeInPdf : t.noCodeFound });
      await verifyTexts(codes.texts, codes.pdf ? 'pdf' : (codes.kind ?? 'image'), false, codes.findingsFor);
    } catch (e) {
      nav.toRoot({ name: 'home', message: e instanceof ReadError ? t[e.problem] : t.fileUnreadable });
    }
  };

  return { announcement, setAnnouncement, verifyTexts, onFile };
}
