// The app's handle on the wallet result screen: the screen itself (WalletResultScreen.tsx, with
// its cards, items and checks) is in the wallet chunk (wallet-ui.ts), fetched when the button is
// pressed, so the first screen carries none of it (its budget is 60 KB gz).
import { useEffect, useState } from 'preact/hooks';
import type { IdentityMatch } from '../../../core/mdoc/identity';
import type { WalletResult } from '../../../core/mdoc/types';
import { IdentityCheck } from './IdentityCheck';
import type { WalletAnswer } from './wallet-check';

type ScreenModule = typeof import('./wallet-ui');
let loaded: ScreenModule | undefined;

/** Fetches the wallet chunk (once): WalletDqcButton's call and this screen come from it. */
export const loadWalletScreen = (): Promise<ScreenModule> =>
  import('./wallet-ui').then((m) => {
    loaded = m;
    return m;
  });

interface Props {
  answer: WalletAnswer;
  onAgain: () => void;
  onHome: () => void;
}

export function WalletScreen(props: Props) {
  const [screen, setScreen] = useState<ScreenModule | undefined>(loaded);
  useEffect(() => {
    if (!screen) void loadWalletScreen().then(setScreen);
  }, [screen]);
  return screen ? (
    <screen.WalletResultScreen
      {...props}
      identity={(dqc: WalletResult, onIdentity: (identity: IdentityMatch | undefined) => void) => (
        <IdentityCheck dqc={dqc} onIdentity={onIdentity} />
      )}
    />
  ) : null;
}
