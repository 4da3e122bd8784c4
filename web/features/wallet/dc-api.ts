// Whether the Digital Credentials API can ask a wallet for an mdoc here: PROFILE §8.3's feature
// detection, exactly. In a demo build opened with `?demo-wallet` the simulated wallet
// (wallet-sim/) is installed first and stands in for the platform's; the branch is compiled away
// in every other build (`__DQC_DEMO_WALLET__` is false there), so production carries none of it.
import type { DigitalCredentialRequest } from '../../../core/mdoc/wallet-request';

declare const DigitalCredential:
  | (((...args: never[]) => unknown) & { userAgentAllowsProtocol?: (protocol: string) => boolean })
  | undefined;

const demoFlag = () =>
  typeof location !== 'undefined' && new URLSearchParams(location.search).has('demo-wallet');

/** The simulated wallet, being installed (demo builds opened with ?demo-wallet only). */
const demoWallet: Promise<void> | null =
  // `typeof` first: a build or test without the define (web/build/demo-wallet-plugin.ts) is not a demo.
  typeof __DQC_DEMO_WALLET__ !== 'undefined' && __DQC_DEMO_WALLET__ && demoFlag()
    ? import('./simulated/install-demo-wallet').then((m) => m.installSimulatedWallet())
    : null;

/** PROFILE §8.3: the API is there and does not refuse `org-iso-mdoc`. */
export function dcApiAvailable(): boolean {
  return (
    typeof DigitalCredential === 'function' &&
    DigitalCredential.userAgentAllowsProtocol?.('org-iso-mdoc') !== false
  );
}

/** dcApiAvailable, once the demo's simulated wallet (if any) is in place. */
export async function walletApiReady(): Promise<boolean> {
  await demoWallet?.catch(() => undefined);
  return dcApiAvailable();
}

/** What navigator.credentials.get gives for `org-iso-mdoc` (PROFILE §8.3): data.response, unchecked. */
export interface DigitalAnswer {
  protocol?: unknown;
  data?: { response?: unknown };
}

/** The DC API call of §8.3, started from a click; five minutes at most. */
export async function requestFromWallet(request: DigitalCredentialRequest): Promise<DigitalAnswer | null> {
  const options = {
    mediation: 'required',
    signal: AbortSignal.timeout(300e3),
    digital: { requests: [request] },
  } as unknown as CredentialRequestOptions;
  return (await navigator.credentials.get(options)) as DigitalAnswer | null;
}
