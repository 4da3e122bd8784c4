// The wallet presentation's texts (PROFILE §8) in English; keys follow ./ja.ts. The §8.6 reasons
// and the §8.7 lines are the core's English column, exactly as PROFILE writes them.
import {
  IDENTITY_ADVICE,
  IDENTITY_LINES,
  IDENTITY_REASONS,
  type IdentityReasonCode,
  MDOC_REASONS,
  type MdocReasonCode,
} from '../../core/mdoc/reasons';
import { reasonTexts, type WalletTexts } from './ja';

export const walletEn: WalletTexts = {
  dqcButton: 'Check a certificate in a wallet',
  dqcNotice:
    "Reads the registration details of the certificate in the holder's phone wallet (not the photo).",
  identityTitle: 'Identity check',
  identityButton: 'Check identity with the My Number Card on a phone',
  identityNotice: 'Items read: name and date of birth (nothing else from the My Number Card)',
  waiting: 'Continue in the wallet on the phone…',
  cancelled: 'The wallet check did not take place.',
  tryAgain: 'Check with the wallet again',
  notAvailable: 'The identity check with a wallet is not available on this device or browser.',
  checkByEye: IDENTITY_ADVICE.checkByEye.en,
  variantKanji: IDENTITY_ADVICE.variantKanji.en,
  identityMatch: IDENTITY_LINES.match.en,
  identityName: IDENTITY_LINES.name.en,
  identityBirthDate: IDENTITY_LINES.birthDate.en,
  identityBoth: IDENTITY_LINES.both.en,
  identityCannotTell: (reason: string) => `Identity: cannot be confirmed (${reason})`,
  identityReason: reasonTexts<IdentityReasonCode>(IDENTITY_REASONS, 'en'),
  reason: reasonTexts<MdocReasonCode>(MDOC_REASONS, 'en'),
  compareItem: 'Item',
  compareCertificate: 'Certificate',
  compareCard: 'My Number Card',
  compareName: 'Name',
  compareBirthDate: 'Date of birth',
  cardResult: (headline: string) => `My Number Card: ${headline}`,
  fromWallet: "Presented from the holder's phone wallet.",
  checkResponse: 'Wallet response',
  checkDevice: 'Device authentication',
  validUntil: 'Valid until',
  issuerCa: 'Issuer (certification authority)',
};
