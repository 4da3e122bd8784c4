// 「確認記録を保存」 on a wallet result whose call was not made for a record (PROFILE §8.9): that
// call told the holder's wallet nothing would be kept (intentToRetain false), so no record is made
// of its answer. The button says so and, from the operator's click, asks the wallet again with
// the record's request (intentToRetain true for the five elements a record keeps); the new answer
// replaces the one on screen, and its record form opens.
import '../record/record.css';
import { useState } from 'preact/hooks';
import { DQC_DOCTYPE } from '../../../core/mdoc/doctypes';
import { useLang } from '../../app/lang';
import { useWalletOffer } from './offered';
import { checkWithWallet, type WalletAnswer } from './wallet-check';

export function RecordAgain({ onAnswer }: { onAnswer: (answer: WalletAnswer) => void }) {
  const { t } = useLang();
  const offered = useWalletOffer(DQC_DOCTYPE);
  const [state, setState] = useState<'closed' | 'open' | 'busy' | 'cancelled'>('closed');
  if (!offered) return null;
  if (state === 'closed')
    return (
      <button type="button" data-testid="save-record" onClick={() => setState('open')}>
        {t.record.saveRecord}
      </button>
    );
  const run = async () => {
    setState('busy');
    const check = await checkWithWallet(DQC_DOCTYPE, undefined, { forRecord: true });
    if (check.kind !== 'answered') return setState('cancelled');
    onAnswer(check);
  };
  return (
    <section class="record-again" data-testid="record-again" aria-labelledby="record-again-title">
      <h2 id="record-again-title" class="visually-hidden">
        {t.record.saveRecord}
      </h2>
      <p>{t.record.walletAskAgain}</p>
      <div class="actions">
        <button type="button" class="primary" onClick={run} disabled={state === 'busy'}>
          {t.record.walletAskAgainButton}
        </button>
        <button type="button" onClick={() => setState('closed')}>
          {t.record.cancel}
        </button>
      </div>
      <div role="status" aria-live="polite">
        {state === 'busy' && <p class="note">{t.wallet.waiting}</p>}
        {state === 'cancelled' && <p class="note">{t.wallet.cancelled}</p>}
      </div>
    </section>
  );
}
