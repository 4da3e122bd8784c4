// Whether the page may offer a wallet request for a doctype now (PROFILE §8.2, §8.3): the DC API
// is here (or the demo's simulated wallet) and the held trust list lists an IACA root for it.
// Small and free of the wallet chunk: the first screen and the result screen ask it.
import { useEffect, useState } from 'preact/hooks';
import { canRequest } from '../../../core/mdoc/offer';
import { onTrustChange, trustState } from '../trust/trust-store';
import { walletApiReady } from './dc-api';

/** null while unknown; then whether the button may be shown. Follows trust list changes. */
export function useWalletOffer(docType: string): boolean | null {
  const [offered, setOffered] = useState<boolean | null>(null);
  useEffect(() => {
    let live = true;
    const update = () => {
      void walletApiReady().then((ready) => {
        if (live) setOffered(ready && canRequest(trustState().list, docType));
      });
    };
    update();
    const off = onTrustChange(update);
    return () => {
      live = false;
      off();
    };
  }, [docType]);
  return offered;
}
