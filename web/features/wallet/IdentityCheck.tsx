// The identity check beside a valid certificate (本人確認, PROFILE §8.7): says first which items
// will be read (氏名・生年月日), asks the holder's wallet for the My Number Card from a click, and
// shows the §8.7 line with its exact text; under a mismatch the 異体字・旧姓 hint (name) and the
// check by eye, which is also offered whenever the result is not a match or the DC API / an mnc
// IACA is not there. The result's view (IdentityResult.tsx) comes with the wallet chunk
// (wallet-ui.ts); the card's data lives in this component's memory until the screen is left:
// nothing is stored. `onIdentity` hands the §8.7 result (no card data) to a §9 record (§8.9).
import './wallet.css';
import { useState } from 'preact/hooks';
import { MNC_DOCTYPE } from '../../../core/mdoc/doctypes';
import type { IdentityMatch } from '../../../core/mdoc/identity';
import type { WalletResult } from '../../../core/mdoc/types';
import type { VerifyResult } from '../../../core/types';
import { useLang } from '../../app/lang';
import type { IdentityResult } from './IdentityResult';
import { useWalletOffer } from './offered';

type State =
  | { kind: 'idle' }
  | { kind: 'busy' }
  | { kind: 'cancelled' }
  | { kind: 'done'; identity: IdentityMatch; mnc?: WalletResult; view: typeof IdentityResult };

export function IdentityCheck({
  dqc,
  onIdentity,
}: {
  dqc: VerifyResult | WalletResult;
  /** The §8.7 result shown (undefined while none is: a new call clears the old one). */
  onIdentity?: ((identity: IdentityMatch | undefined) => void) | undefined;
}) {
  const { t } = useLang();
  const w = t.wallet;
  const offered = useWalletOffer(MNC_DOCTYPE);
  const [state, setState] = useState<State>({ kind: 'idle' });
  if (dqc.verdict !== 'valid') return null;
  const run = async () => {
    setState({ kind: 'busy' });
    onIdentity?.(undefined);
    // The wallet chunk (core/mdoc's verification) and the result's view are fetched now, from the click.
    const { checkWithWallet, mncResultOf, IdentityResult: view } = await import('./wallet-ui');
    const check = await checkWithWallet(MNC_DOCTYPE, dqc);
    if (check.kind !== 'answered' || !check.identity) return setState({ kind: 'cancelled' });
    const mnc = mncResultOf(check.results);
    setState({ kind: 'done', identity: check.identity, view, ...(mnc && { mnc }) });
    onIdentity?.(check.identity);
  };
  return (
    <section class="identity-check" aria-labelledby="identity-title" data-testid="identity-check">
      <h2 id="identity-title">{w.identityTitle}</h2>
      {offered === false && (
        <>
          <p class="note">{w.notAvailable}</p>
          <p class="identity-advice">{w.checkByEye}</p>
        </>
      )}
      {offered && state.kind !== 'done' && (
        <>
          <p class="identity-notice">{w.identityNotice}</p>
          <button type="button" class="primary" onClick={run} disabled={state.kind === 'busy'}>
            {w.identityButton}
          </button>
        </>
      )}
      <div role="status" aria-live="polite">
        {state.kind === 'busy' && <p class="note">{w.waiting}</p>}
        {state.kind === 'cancelled' && (
          <>
            <p class="note">{w.cancelled}</p>
            <p class="identity-advice">{w.checkByEye}</p>
          </>
        )}
        {state.kind === 'done' && <state.view dqc={dqc} identity={state.identity} mnc={state.mnc} />}
      </div>
      {state.kind === 'done' && state.identity.result !== 'match' && (
        <button type="button" onClick={run}>
          {w.tryAgain}
        </button>
      )}
    </section>
  );
}
