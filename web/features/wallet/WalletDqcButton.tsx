// The first screen's 「ウォレットの資格者証を確認」 (PROFILE §8.3): shown only when the DC API is
// here (or the demo's simulated wallet) and the trust list lists an IACA for `jp.go.nqs.dqc.1`;
// says first what will be read; the wallet chunk is fetched on the click, and the answer goes to
// the result screen like a QR's.
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
  if (!offered) return null;
  const run = async () => {
    setState('busy');
    // The wallet chunk (the call, its verification, the result screen) is fetched now, from the click.
    const { checkWithWallet } = await loadWalletScreen();
    const check = await checkWithWallet(DQC_DOCTYPE);
    if (check.kind !== 'answered') return setState('cancelled');
    setState('idle');
    onAnswer(check);
  };
  return (
    <section class="wallet-dqc" data-testid="wallet-dqc">
      <p class="hint">{t.wallet.dqcNotice}</p>
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
