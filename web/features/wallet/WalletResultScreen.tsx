// The result screen of a certificate presented from a wallet (PROFILE §8.6): one card per
// Document the wallet sent (normally one), then the actions, as the QR result screen has them.
// Focus moves to the first verdict for screen readers. The answer lives in this screen's memory
// only (PROFILE §8.9): it is never stored, logged or sent.
import type { ComponentChildren } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import type { WalletResult } from '../../../core/mdoc/types';
import { useLang } from '../../app/lang';
import { formatTime } from '../verify/format-time';
import { WalletResultCard } from './WalletResultCard';
import type { WalletAnswer } from './wallet-check';

interface Props {
  answer: WalletAnswer;
  identity: (dqc: WalletResult) => ComponentChildren;
  onAgain: () => void;
  onHome: () => void;
}

export function WalletResultScreen({ answer, identity, onAgain, onHome }: Props) {
  const { t, lang } = useLang();
  const screen = useRef<HTMLDivElement>(null);
  useEffect(() => {
    screen.current?.querySelector<HTMLElement>('.verdict-text')?.focus({ preventScroll: true });
    window.scrollTo(0, 0);
  }, [answer]);
  return (
    <div class="result-screen wallet-result" ref={screen} data-testid="wallet-result">
      {answer.results.map((result, i) => (
        <WalletResultCard key={`${answer.checkedAt}-${i}`} result={result} index={i} identity={identity} />
      ))}
      <p class="record-meta">
        {t.recordCheckedAt}
        {t.colon}
        {formatTime(answer.checkedAt, lang)}
      </p>
      <div class="actions" data-testid="result-actions">
        <button type="button" class="primary" onClick={onAgain}>
          {t.scanAnother}
        </button>
        <button type="button" onClick={onHome}>
          {t.backHome}
        </button>
      </div>
    </div>
  );
}
