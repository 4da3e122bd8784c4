// The first screen's 「ウォレットの資格者証を確認」 (PROFILE §8.3): shown only when the DC API is
// here (or the demo's simulated wallet) and the trust list lists an IACA for `jp.go.nqs.dqc.1`;
// says first what will be read; the wallet chunk is fetched on the click, and the answer goes to
// the result screen like a QR's. 「確認記録を保存する」 beside it makes the call one made for a §9
// record (PROFILE §8.9): the request then tells the holder's wallet which items will be kept
// (intentToRetain), so the choice comes before the wallet is asked, not after.
import './wallet.css';
import { useState } from 'preact/hooks';
import { DQC_DOCTYPE } from '../../../core/mdoc/doctypes';
import { useLang } from '../../app/lang';
import { useWalletOffer } from './offered';
import { loadWalletScreen } from './WalletScreen';
import type { WalletAnswer } from './wallet-check';

export type { WalletAnswer };

export function WalletDqcButton({ onAnswer }: { onAnswer: (answer: WalletAnswer) => void }) {
  const { t } = useLang();
  const offered = useWalletOffer(DQC_DOCTYPE);
  const [state, setState] = useState<'idle' | 'busy' | 'cancelled'>('idle');
  const [forRecord, setForRecord] = useState(false);
  if (!offered) return null;
  const run = async () => {
    setState('busy');
    // The wallet chunk (the call, its verification, the result screen) is fetched now, from the click.
    const { checkWithWallet } = await loadWalletScreen();
    const check = await checkWithWallet(DQC_DOCTYPE, undefined, { forRecord });
    if (check.kind !== 'answered') return setState('cancelled');
    setState('idle');
    onAnswer(check);
  };
  return (
    <section class="wallet-dqc" data-testid="wallet-dqc">
      <p class="hint">{t.wallet.dqcNotice}</p>
      <label class="check-field wallet-record-choice">
        <input
          type="checkbox"
          name="wallet-record"
          checked={forRecord}
          onChange={(e) => setForRecord((e.currentTarget as HTMLInputElement).checked)}
        />
        <span>{t.record.walletChoice}</span>
      </label>
      {forRecord && <p class="hint">{t.record.walletChoiceNote}</p>}
      <button type="button" onClick={run} disabled={state === 'busy'}>
        {t.wallet.dqcButton}
      </button>
      <div role="status" aria-live="polite">
        {state === 'busy' && <p class="note">{t.wallet.waiting}</p>}
        {state === 'cancelled' && <p class="note">{t.wallet.cancelled}</p>}
      </div>
    </section>
  );
}
