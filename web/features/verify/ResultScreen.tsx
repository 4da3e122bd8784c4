// The result screen: one card per verified code, then the actions. Printed, it is a record an
// employer files: a title, the app that checked, and absolute Japan times only (styles.css drops
// relative ages and the holder's print advice), since the paper is read long after.
// The actions sit in one labelled group (`result-actions`): further actions on a result (saving a
// verification record) go there, beside 「続けて確認する」. One certificate shown as valid is
// followed by the identity check with the holder's wallet (PROFILE §8.7, web/features/wallet/).
// Focus moves to the first verdict for screen readers; being a programmatic focus on a heading it
// draws no ring (styles.css), after a deep link or an upload alike.
import type { ComponentChildren } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import { useLang } from '../../app/lang';
import { IdentityCheck } from '../wallet/IdentityCheck';
import { CheckedAt } from './CheckedAt';
import { shownVerdict } from './pdf-report';
import { ResultCard } from './ResultView';
import type { Outcome } from './verify-service';

interface Props {
  outcomes: Outcome[];
  onAgain: () => void;
  onHome: () => void;
  /** More actions on this result (later features), placed first in the actions group. */
  extraActions?: ComponentChildren;
}

export function ResultScreen({ outcomes, onAgain, onHome, extraActions }: Props) {
  const { t } = useLang();
  const screen = useRef<HTMLDivElement>(null);
  useEffect(() => {
    screen.current?.querySelector<HTMLElement>('.verdict-text')?.focus({ preventScroll: true });
    window.scrollTo(0, 0);
  }, [outcomes]);
  const first = outcomes[0];
  return (
    <div class="result-screen" ref={screen}>
      <header class="record-head print-only" data-testid="record-head">
        <p class="record-title">{t.recordTitle}</p>
        <p>{t.recordApp(t.appName, window.location.host)}</p>
      </header>
      {outcomes.length > 1 && <p class="note">{t.codesFound(outcomes.length)}</p>}
      {outcomes.map((o, i) => (
        <ResultCard key={`${o.checkedAt}-${i}`} outcome={o} index={i} />
      ))}
      {/* PROFILE §8.7: one certificate shown as valid (a PDF's document verdict included). */}
      {outcomes.length === 1 && first && shownVerdict(first.result, first.pdf).verdict === 'valid' && (
        <IdentityCheck dqc={first.result} />
      )}
      {first && <CheckedAt at={first.checkedAt} />}
      <div class="actions" data-testid="result-actions">
        {extraActions}
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
