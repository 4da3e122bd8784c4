// One card per verified code, the record to print or save, and the way back. In desk mode it
// returns to the camera by itself after the set time. Printed, it is a record an employer files:
// a title, the app that checked, and absolute Japan times only (styles.css drops relative ages
// and the holder's print advice), since the paper is read long after.
import { useEffect, useRef, useState } from 'preact/hooks';
import { useLang } from '../../app/lang';
import { formatTime } from './format-time';
import { ResultCard } from './ResultView';
import type { Outcome } from './verify-service';

interface Props {
  outcomes: Outcome[];
  desk: boolean;
  returnAfterSeconds: number;
  onAgain: () => void;
  onHome: () => void;
}

export function ResultScreen({ outcomes, desk, returnAfterSeconds, onAgain, onHome }: Props) {
  const { t, lang } = useLang();
  const [left, setLeft] = useState(returnAfterSeconds);
  const heading = useRef<HTMLDivElement>(null);
  useEffect(() => {
    heading.current?.querySelector<HTMLElement>('.verdict-text')?.focus();
  }, [outcomes]);
  useEffect(() => {
    if (!desk) return undefined;
    setLeft(returnAfterSeconds);
    const timer = setInterval(() => setLeft((s) => s - 1), 1000);
    return () => clearInterval(timer);
  }, [desk, outcomes, returnAfterSeconds]);
  useEffect(() => {
    if (desk && left <= 0) onAgain();
  }, [desk, left, onAgain]);
  const first = outcomes[0];
  return (
    <div class="result-screen" ref={heading}>
      <header class="record-head print-only" data-testid="record-head">
        <p class="record-title">{t.recordTitle}</p>
        <p>{t.recordApp(t.appName, window.location.host)}</p>
      </header>
      {outcomes.length > 1 && <p class="note">{t.codesFound(outcomes.length)}</p>}
      {outcomes.map((o, i) => (
        <ResultCard key={`${o.checkedAt}-${i}`} outcome={o} index={i} />
      ))}
      {first && (
        <p class="record-meta">
          {t.recordCheckedAt}
          {lang === 'ja' ? '：' : ': '}
          {formatTime(first.checkedAt, lang)}
        </p>
      )}
      <div class="actions">
        {desk && <p class="countdown">{t.returningIn(Math.max(0, left))}</p>}
        <button type="button" class="primary" onClick={onAgain}>
          {t.scanAnother}
        </button>
        <button type="button" onClick={() => window.print()}>
          {t.printRecord}
        </button>
        <button type="button" onClick={onHome}>
          {t.backHome}
        </button>
      </div>
    </div>
  );
}
