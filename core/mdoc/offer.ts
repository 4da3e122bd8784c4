// Whether the verifier may offer a wallet request for a doctype (PROFILE §8.2): only once the
// trust list lists an IACA root for it. Cheap and free of X.509 code, for the first screen.
import type { WalletTrustList } from './types';

export function canRequest(trustList: WalletTrustList | null, docType: string): boolean {
  return trustList?.iacas?.some((iaca) => iaca.docTypes.includes(docType)) ?? false;
}
