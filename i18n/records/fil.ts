// The verification record's texts (PROFILE §9, §8.9) in Filipino; keys follow ./ja.ts.
import type { RecordTexts } from './ja';

export const recordFil: RecordTexts = {
  saveRecord: 'I-save ang tala ng pagsusuri',
  formTitle: 'Tala ng pagsusuri (PDF)',
  formIntro:
    'Gagawa sa device na ito ng PDF na may resulta at ebidensiyang ginamit sa pagsusuri (laman ng QR code, trust list, impormasyon ng pagbawi). Walang ipinapadala kahit saan at walang kopyang itinatago ang app.',
  checker: 'Sinuri ni (opsiyonal)',
  office: 'Opisina o pasilidad (opsiyonal)',
  note: 'Tala (opsiyonal)',
  retention: 'Itago nang (opsiyonal, hal. 5 taon)',
  minimal: 'Maikling tala (walang petsa ng kapanganakan at pangalan; hindi na ito masusuring muli)',
  remember: 'Tandaan sa device na ito ang nagsuri, opisina at tagal ng pagtatago',
  make: 'Gawin at i-save ang PDF',
  cancel: 'Isara',
  making: 'Ginagawa ang tala…',
  savedDownload: 'Na-save ang tala (download)',
  savedFolder: (folder: string) => `Na-save ang tala sa "${folder}"`,
  failed: 'Hindi nagawa ang tala. Pakisubukang muli.',
  tooLong: (max: number) => `Hanggang ${max} character lamang`,
  deskRecords: 'Desk mode: mag-save ng tala pagkatapos ng bawat pagsusuri',
  deskPickFolder: 'Pumili ng folder',
  deskFolder: (folder: string) => `Sine-save sa: ${folder}`,
  deskNoFolder: 'Sine-save sa: downloads',
  walletChoice: 'I-save ang tala ng pagsusuri',
  walletChoiceNote:
    'Bago magbasa, sasabihan ang digital wallet ng may-hawak na itatago sa tala ang pangalan ng kwalipikasyon, pangalan, numero ng rehistro at ahensiyang nag-isyu.',
  walletFormIntro:
    'Gagawa sa device na ito ng PDF ng resulta ng pagsusuri gamit ang wallet. Ang itatago lamang ay ang pangalan ng kwalipikasyon, pangalan, numero ng rehistro, ahensiyang nag-isyu at resulta ng pagsusuri ng pagkakakilanlan. Hindi itinatago ang sagot ng wallet, kaya hindi na ito masusuring muli. Walang ipinapadala kahit saan at walang kopyang itinatago ang app.',
  walletMinimal: 'Maikling tala (wala ring pangalan)',
  walletAskAgain:
    'Sa pagsusuring ito, sinabihan ang wallet na walang itatago. Para mag-save ng tala, susuriin muli gamit ang wallet at sasabihin kung aling mga item ang itatago (pangalan ng kwalipikasyon, pangalan, numero ng rehistro, ahensiyang nag-isyu). Uulitin din ang pagsusuri ng pagkakakilanlan.',
  walletAskAgainButton: 'Suriin muli gamit ang wallet para sa tala',
};
