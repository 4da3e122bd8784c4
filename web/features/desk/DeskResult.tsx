// The reception desk's result: the whole screen in the verdict's colour, the verdict at kiosk
// size (≥ 80 px on a tablet), the holder's name and qualification large enough to read from 2 m,
// the countdown at the top. A valid result returns to the camera by itself; an invalid or
// unconfirmed one stays until someone taps, so it cannot pass unseen. The camera keeps running
// underneath (App.tsx), so the next card is read at once.
import { useEffect, useRef, useState } from 'preact/hooks';
import { adviceFor } from '../../../i18n/catalogue';
import { useLang } from '../../app/lang';
import { Headline } from '../verify/Headline';
import { shownVerdict } from '../verify/pdf-report';
import type { Outcome } from '../verify/verify-service';

interface Props {
  outcome: Outcome;
  returnAfterSeconds: number;
  onNext: () => void;
}

export function DeskResult({ outcome, returnAfterSeconds, onNext }: Props) {
  const { t } = useLang();
  const { result } = outcome;
  const shown = shownVerdict(result, outcome.pdf);
  const returns = shown.verdict === 'valid';
  const [left, setLeft] = useState(returnAfterSeconds);
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    box.current?.querySelector<HTMLElement>('.verdict-text')?.focus({ preventScroll: true });
  }, [outcome]);
  useEffect(() => {
    setLeft(returnAfterSeconds);
    if (!returns) return undefined;
    const timer = setInterval(() => setLeft((s) => s - 1), 1000);
    return () => clearInterval(timer);
  }, [outcome, returns, returnAfterSeconds]);
  useEffect(() => {
    if (returns && left <= 0) onNext();
  }, [returns, left, onNext]);
  const d = result.credential?.dqc;
  const first = shown.reasons[0];
  const advice = first ? adviceFor(first, t, d?.['7']) : undefined;
  return (
    // biome-ignore lint/a11y/useKeyWithClickEvents: a tap anywhere is a convenience; the button at the top is the keyboard way
    // biome-ignore lint/a11y/noStaticElementInteractions: as above
    <div class={`desk-result result-${shown.verdict}`} ref={box} onClick={onNext} data-testid="desk-result">
      <div class="desk-top">
        {returns ? (
          <p class="countdown">{t.returningIn(Math.max(0, left))}</p>
        ) : (
          <p class="countdown">{t.deskTapToContinue}</p>
        )}
        <button type="button" onClick={onNext}>
          {t.scanAnother}
        </button>
      </div>
      <div class="verdict desk-verdict">
        <Headline verdict={shown.verdict} reasons={shown.reasons} id="verdict-0" />
      </div>
      {d && (
        <dl class="desk-holder">
          <dt class="visually-hidden">{t.itemName}</dt>
          <dd class="desk-name">
            <span class="value">{d['3']}</span>
          </dd>
          <dt class="visually-hidden">{t.itemQualification}</dt>
          <dd class="desk-qualification">
            <span class="value">{d['2']}</span>
          </dd>
        </dl>
      )}
      {advice ? (
        <p class="desk-advice">{advice.employer}</p>
      ) : (
        <p class="desk-advice">{t.identityReminder}</p>
      )}
    </div>
  );
}
