// The wallet presentation's texts (PROFILE §8) in Filipino; keys follow ./ja.ts. PROFILE's exact
// §8.6/§8.7 texts are ja/en; this translates them.
import type { WalletTexts } from './ja';

export const walletFil: WalletTexts = {
  dqcButton: 'Suriin ang sertipiko sa digital wallet',
  dqcNotice:
    'Babasahin ang mga detalye ng rehistro ng sertipiko sa digital wallet ng telepono ng may-hawak (hindi ang litrato).',
  identityTitle: 'Pagsusuri ng pagkakakilanlan',
  identityButton: 'Suriin ang pagkakakilanlan gamit ang My Number Card sa telepono',
  identityNotice:
    'Babasahin: pangalan at petsa ng kapanganakan lamang (walang iba pa mula sa My Number Card)',
  waiting: 'Magpatuloy sa digital wallet ng telepono…',
  cancelled: 'Hindi natuloy ang pagsusuri gamit ang wallet.',
  tryAgain: 'Suriin muli gamit ang wallet',
  notAvailable:
    'Hindi magagamit sa device o browser na ito ang pagsusuri ng pagkakakilanlan gamit ang wallet.',
  checkByEye: 'Tingnan at suriin nang personal ang isang ID.',
  variantKanji: 'Maaari ring hindi tumugma dahil sa ibang anyo ng kanji (異体字) o dating apelyido (旧姓).',
  identityMatch: 'Pagkakakilanlan: tugma',
  identityName: 'Pagkakakilanlan: hindi tugma (pangalan)',
  identityBirthDate: 'Pagkakakilanlan: hindi tugma (petsa ng kapanganakan)',
  identityBoth: 'Pagkakakilanlan: hindi tugma (pangalan, petsa ng kapanganakan)',
  identityCannotTell: (reason: string) => `Pagkakakilanlan: hindi makumpirma (${reason})`,
  identityReason: {
    DQC_NOT_VALID: 'hindi pa nakumpirmang balido ang sertipiko',
    MNC_NOT_VALID: 'hindi ma-verify ang My Number Card',
    MNC_ELEMENTS_MISSING: 'hindi natanggap ang pangalan o petsa ng kapanganakan mula sa My Number Card',
    BIRTH_DATE_APPROXIMATE: 'tinatayang petsa ng kapanganakan lamang ang nasa My Number Card',
  },
  reason: {
    MALFORMED_MDOC: 'mali ang anyo ng sagot ng wallet',
    DECRYPT_FAILED: 'hindi ma-decrypt ang sagot ng wallet',
    NOT_PRESENTED: 'walang ipinakitang dokumento',
    DOCTYPE_NOT_REQUESTED: 'uri ng dokumentong hindi hiniling',
    DIGEST_MISMATCH: 'binago ang datos',
    DEVICE_AUTH_FAILED: 'bigo ang pagpapatunay ng device (maaaring kopya)',
    ELEMENT_MISSING: 'hindi ipinakita ang mga kinakailangang detalye',
  },
  compareItem: 'Detalye',
  compareCertificate: 'Sertipiko',
  compareCard: 'My Number Card',
  compareName: 'Pangalan',
  compareBirthDate: 'Petsa ng kapanganakan',
  cardResult: (headline: string) => `My Number Card: ${headline}`,
  fromWallet: 'Ipinakita mula sa digital wallet sa telepono ng may-hawak.',
  checkResponse: 'Sagot ng wallet',
  checkDevice: 'Pagpapatunay ng device',
  validUntil: 'Balido hanggang',
  issuerCa: 'Nag-isyu (certification authority)',
};
