// The result screen of a certificate presented from a wallet (PROFILE §8.6): one card per
// Document the wallet sent (normally one), then the actions, as the QR result screen has them.
// Focus moves to the first verdict for screen readers. The answer lives in this screen's memory
// only (PROFILE §8.9): it is never stored, logged or sent — apart from the §9 record the operator
// asks for: 「確認記録を保存」 makes it of a call made for a record (the five elements the wallet
// was told would be kept, the §8.7 result, no evidence); on any other call the button asks the
// wallet again for a record (RecordAgain.tsx), and that answer takes this one's place.
import { useEffect, useRef, useState } from 'preact/hooks';
import type { IdentityMatch } from '../../../core/mdoc/identity';
import { useLang } from '../../app/lang';
import { LazySaveRecord } from '../record/LazySaveRecord';
import { canRecordWallet } from '../record/wallet-record-request';
import { CheckedAt } from '../verify/CheckedAt';
import { RecordAgain } from './RecordAgain';
import { type IdentitySlot, WalletResultCard } from './WalletResultCard';
import { dqcResultOf, type WalletAnswer } from './wallet-check';

interface Props {
  answer: WalletAnswer;
  identity: IdentitySlot;
  onAgain: () => void;
  onHome: () => void;
}

export function WalletResultScreen({ answer, identity, onAgain, onHome }: Props) {
  const { t } = useLang();
  const screen = useRef<HTMLDivElement>(null);
  /** The answer shown: the app's, or the one a record asked the wallet for again. */
  const [shown, setShown] = useState(answer);
  /** The §8.7 result beside the certificate, for its record (no card data: §8.9). */
  const [matched, setMatched] = useState<IdentityMatch | undefined>(undefined);
  const [asked, setAsked] = useState(false);
  useEffect(() => {
    setShown(answer);
    setMatched(undefined);
    setAsked(false);
  }, [answer]);
  useEffect(() => {
    screen.current?.querySelector<HTMLElement>('.verdict-text')?.focus({ preventScroll: true });
    window.scrollTo(0, 0);
  }, [shown]);
  const recordAgain = (next: WalletAnswer) => {
    setShown(next);
    setMatched(undefined);
    setAsked(true);
  };
  const dqc = dqcResultOf(shown.results);
  return (
    <div class="result-screen wallet-result" ref={screen} data-testid="wallet-result">
      {shown.results.map((result, i) => (
        <WalletResultCard
          key={`${shown.checkedAt}-${i}`}
          result={result}
          index={i}
          identity={identity}
          onIdentity={setMatched}
        />
      ))}
      <CheckedAt at={shown.checkedAt} />
      <div class="actions" data-testid="result-actions">
        {dqc &&
          (canRecordWallet(shown) ? (
            <LazySaveRecord
              key={shown.checkedAt}
              wallet={{ result: dqc, asked: shown.asked, checkedAt: shown.checkedAt, identity: matched }}
              startOpen={asked}
            />
          ) : (
            <RecordAgain onAnswer={recordAgain} />
          ))}
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
