// Filipino: every text of the app for Filipino readers (many holders are care workers from the
// Philippines). Plain, polite sentences (po / ninyo); common English loanwords kept where Filipino
// speakers use them (PDF, QR code, online). Keys and argument types follow ja.ts; PROFILE's exact
// headlines are ja/en, translated here.
import type { ReasonCode } from '../core/reasons';
import type { Advice, Catalogue } from './ja';
import { recordFil } from './records/fil';
import { walletFil } from './wallet/fil';

const malformed = 'mali ang laman ng QR code';
const notEntitled = 'walang karapatang mag-isyu nito ang nag-isyu';

const reason: Record<ReasonCode, string> = {
  MALFORMED_URL: malformed,
  MALFORMED_ENCODING: malformed,
  MALFORMED_COSE: malformed,
  MALFORMED_CLAIMS: malformed,
  UNTRUSTED_HOST: 'hindi opisyal na verification site ang URL',
  UNSUPPORTED_ALG: 'hindi suportado ang uri ng pirma',
  UNKNOWN_SIGNER: 'hindi kilala ang nag-isyu',
  BAD_SIGNATURE: 'binago ang datos',
  ISSUER_MISMATCH: notEntitled,
  QUALIFICATION_NOT_ALLOWED: notEntitled,
  SIGNER_NOT_VALID: 'hindi balido ang sertipiko ng pumirma nang ito ay i-isyu',
  SIGNER_REVOKED: 'binawi na ang sertipiko ng pumirma',
  NOT_YET_VALID: 'nasa hinaharap ang petsa ng pag-isyu',
  EXPIRED: 'paso na',
  REVOKED: 'binawi na',
  SUSPENDED: 'sinuspinde',
  DELETED: 'binura na',
  STATUS_UNAVAILABLE: 'hindi masuri ang status ng pagbawi',
  TRUST_LIST_EXPIRED: 'paso na ang trust list',
  TRUST_LIST_UNAVAILABLE: 'walang trust list',
  CLOCK_SUSPECT: 'mali ang orasan ng device',
  DOCUMENT_MISMATCH: 'iba ang nakasulat sa PDF kaysa sa pirmadong datos',
  PHOTO_MISMATCH: 'iba ang larawan sa PDF kaysa sa pirmadong datos',
};

const notValidNow = {
  employer:
    'Hindi balido ngayon ang kwalipikasyong ito. Huwag itong gamitin sa pagpapasya sa pag-hire o trabaho; makipag-ugnayan sa {body}.',
  holder: 'Kung hindi ninyo alam ang dahilan, makipag-ugnayan po sa {body}.',
};
const forged = {
  employer:
    'Maaaring peke ito. Huwag itong gamitin sa pagpapasya; hingin sa may-hawak ang orihinal na file (ang PDF gaya ng pagkaka-isyu).',
  holder: 'Ipakita po ang PDF nang eksakto gaya ng pagkaka-isyu, nang hindi ine-edit o sine-save muli.',
};
const malformedAdvice: Advice = {
  meaning:
    'Hindi mabasa ang datos ng sertipiko mula sa QR code. Maaaring kulang ang code, ibang code, o ginawang muli.',
  employer: 'I-scan muli. Kung pareho pa rin, hingin ang orihinal na PDF o ang buong URL ng QR code.',
  holder:
    'Ipakita po ang PDF gaya ng pagkaka-isyu. Kapag nagpapadala ng URL, kopyahin ang lahat hanggang dulo.',
};
const entitledAdvice: Advice = {
  meaning: 'Pinirmahan ito ng nag-isyu na walang karapatang mag-isyu ng kwalipikasyong ito.',
  employer: 'Huwag itong gamitin sa pagpapasya; makipag-ugnayan sa {body}.',
  holder: 'Makipag-ugnayan po sa {body}.',
};
const reconnect = {
  employer: 'Kumonekta sa network at suriin muli.',
  holder: 'Pakiusapan ang nagsusuri na ikonekta ang kanilang device sa network at suriin muli.',
};

const advice: Record<ReasonCode, Advice> = {
  MALFORMED_URL: malformedAdvice,
  MALFORMED_ENCODING: malformedAdvice,
  MALFORMED_COSE: malformedAdvice,
  MALFORMED_CLAIMS: malformedAdvice,
  UNTRUSTED_HOST: {
    meaning:
      'Hindi opisyal na verification site ang URL sa code na ito. Maaaring papunta ito sa pekeng pahina.',
    employer:
      'Huwag buksan ang pahinang iyon at huwag itong gamitin sa pagpapasya; hingin ang orihinal na PDF.',
    holder: 'Gamitin po ang PDF gaya ng pagkaka-isyu. Hindi magagamit ang QR code na ginawang muli.',
  },
  UNSUPPORTED_ALG: { meaning: 'Hindi ito ang uri ng pirma na ginagamit ng tunay na sertipiko.', ...forged },
  UNKNOWN_SIGNER: { meaning: 'Wala sa listahan ng mga pinagkakatiwalaang nag-isyu ang pumirma.', ...forged },
  BAD_SIGNATURE: { meaning: 'Binago ang pirmadong datos.', ...forged },
  ISSUER_MISMATCH: entitledAdvice,
  QUALIFICATION_NOT_ALLOWED: entitledAdvice,
  SIGNER_NOT_VALID: {
    meaning: 'Sa araw ng pag-isyu, hindi balido ang sertipikong ginamit sa pagpirma.',
    employer: 'Huwag itong gamitin sa pagpapasya; makipag-ugnayan sa {body}.',
    holder: 'Humiling po sa {body} ng bagong sertipiko.',
  },
  SIGNER_REVOKED: {
    meaning:
      'Binawi ng nag-isyu ang sertipikong ginamit sa pagpirma; hindi magagamit ang lahat ng pinirmahan nito.',
    employer: 'Huwag itong gamitin sa pagpapasya; makipag-ugnayan sa {body}.',
    holder: 'Humiling po sa {body} ng bagong sertipiko.',
  },
  NOT_YET_VALID: {
    meaning: 'Nasa hinaharap ang petsa ng pag-isyu.',
    employer:
      'Tingnan kung tama ang petsa at oras ng device na ito, saka suriin muli. Kung tama, makipag-ugnayan sa {body}.',
    holder: 'Makipag-ugnayan po sa {body}.',
  },
  EXPIRED: {
    meaning: 'Lampas na sa petsa ng pagkapaso ang sertipikong ito.',
    employer: 'Hingin sa may-hawak ang bagong isyung sertipiko.',
    holder: 'Kumuha po ng bagong sertipiko mula sa {body} at iyon ang ipakita.',
  },
  REVOKED: { meaning: 'Binawi na ang kwalipikasyong ito.', ...notValidNow },
  SUSPENDED: { meaning: 'Sinuspinde ang kwalipikasyong ito.', ...notValidNow },
  DELETED: { meaning: 'Binura na ang rehistro ng kwalipikasyong ito.', ...notValidNow },
  STATUS_UNAVAILABLE: {
    meaning:
      'Hindi pa masuri kung binawi o sinuspinde ito, kaya hindi pa tapos ang pagsusuri (hindi ito nangangahulugang hindi balido).',
    ...reconnect,
  },
  TRUST_LIST_EXPIRED: {
    meaning: 'Paso na ang listahan ng mga pinagkakatiwalaang nag-isyu (trust list) sa device na ito.',
    employer: 'Kumonekta sa network, buksan muli ang app, at suriin muli.',
    holder: reconnect.holder,
  },
  TRUST_LIST_UNAVAILABLE: {
    meaning:
      'Walang listahan ng mga pinagkakatiwalaang nag-isyu (trust list) ang device na ito, kaya walang makukumpirma.',
    employer: 'Kumonekta sa network, buksan muli ang app, at suriin muli.',
    holder: reconnect.holder,
  },
  CLOCK_SUSPECT: {
    meaning: 'Mali ang orasan ng device na ito, kaya hindi maaasahan ang pagsusuri.',
    employer: 'Itama ang petsa at oras ng device (i-on ang awtomatikong oras) at suriin muli.',
    holder: 'Pakiusapan ang nagsusuri na itama ang orasan ng device at suriin muli.',
  },
  DOCUMENT_MISMATCH: {
    meaning: 'Tunay ang pirmadong datos sa QR code, pero iba ang nakasulat sa PDF.',
    employer:
      'Sundin ang “tamang nilalaman (pirmadong datos)”, hindi ang PDF. Tanungin ang may-hawak tungkol sa pagbabago at hingin ang orihinal na PDF.',
    holder: 'Ipadala po ang PDF nang eksakto gaya ng pagkaka-isyu, nang hindi ine-edit.',
  },
  PHOTO_MISMATCH: {
    meaning: 'Hindi ang pirmadong larawan ang nasa PDF. Maaaring pinalitan ang larawan.',
    employer: 'Suriin ang ID para makumpirma ang tao, at hingin ang orihinal na PDF.',
    holder: 'Ipadala po ang PDF nang eksakto gaya ng pagkaka-isyu, nang hindi ine-edit.',
  },
};

export const fil: Catalogue = {
  appName: 'Suriin ang sertipiko',
  appTagline: 'Sinusuri ang QR code ng digital na sertipiko ng kwalipikasyon',
  privacyLine: (host: string) =>
    `Ibinibigay ng ${host}. Sa device na ito ginagawa ang pagsusuri; walang laman ng sertipiko na ipinapadala kahit saan.`,
  colon: ': ',
  sentenceJoin: ' ',
  skipToMain: 'Pumunta sa nilalaman',
  navSettings: 'Settings',
  language: 'Wika',
  scanCamera: 'I-scan gamit ang camera',
  scanFile: 'Pumili ng larawan o PDF',
  dropHint: 'Maaari kayong maglagay ng larawan o PDF dito',
  pasteLabel: 'I-paste ang verification URL',
  pastePlaceholder: 'https://…/w/?c=…',
  pasteSubmit: 'Suriin',
  pasteEmpty: 'Pakilagay ang URL',
  pasteNotUrl: 'Mukhang hindi ito URL. I-paste ang verification URL na nagsisimula sa https://.',
  deskMode: 'Reception desk mode',
  deskModeHint:
    'Tuloy-tuloy na nag-i-scan. Kusang bumabalik sa camera kapag balido; ang iba ay nananatili hanggang pindutin ang screen',
  deskExit: 'Umalis sa desk mode',
  deskCount: (n: number) => `${n} nasuri`,
  deskTapToContinue: 'Pindutin ang screen para sa susunod na tao',
  returningIn: (s: number) => `Babalik sa camera sa loob ng ${s} segundo`,
  online: 'Online',
  offline: 'Offline',
  statusReady: (age: string, until: string) => `Datos ng pagbawi: mula ${age} (magagamit hanggang ${until})`,
  statusExpiresSoon: (until: string) =>
    `Malapit nang mapaso ang datos ng pagbawi (${until}). Kumonekta sa network para ma-update.`,
  statusExpired: (when: string) =>
    `Datos ng pagbawi: paso na (${when}). Kumonekta sa network para ma-update.`,
  statusMissing: 'Datos ng pagbawi: wala pa. Kumonekta sa network.',
  scanning: 'Ilagay ang QR code sa loob ng frame',
  sameCodeIgnored: 'Nasuri na. Ilagay ang QR code ng susunod na tao',
  cameraStarting: 'Binubuksan ang camera…',
  cameraDenied: 'Hindi magamit ang camera. Payagan ang camera sa browser, o pumili ng larawan o PDF.',
  cameraNone: 'Walang camera sa device na ito. Pumili ng larawan o PDF.',
  cameraHelp:
    'Hindi nababasa? Ilapit ang code hanggang mapuno ang frame, iwasan ang silaw, at ituwid ang papel.',
  cameraStop: 'Itigil ang pag-scan',
  cameraSwitch: 'Palitan ang camera',
  torchOn: 'Buksan ang ilaw',
  torchOff: 'Patayin ang ilaw',
  zoom: 'Zoom',
  cameraNotCertificate: 'Hindi ito QR code ng sertipiko. Ilagay ang QR code ng sertipiko ng kwalipikasyon',
  decoding: 'Hinahanap ang QR code…',
  noCodeFound:
    'Walang QR code sa larawan. Pumili ng larawang kita ang buong QR code, o ang PDF gaya ng pagkaka-isyu.',
  notCertificateUrl:
    'Hindi ito verification URL ng sertipiko. Kopyahin ang buong URL mula sa QR code, hanggang dulo, at i-paste.',
  notCertificateImage:
    'Hindi sa sertipiko ang QR code sa larawang ito. Pumili ng larawan ng QR code ng sertipiko, o ang PDF gaya ng pagkaka-isyu.',
  notCertificatePdf:
    'Hindi sa sertipiko ang QR code sa PDF na ito. Piliin ang PDF ng sertipiko gaya ng pagkaka-isyu.',
  notCertificateText:
    'Walang verification URL sa file na ito. Piliin ang PDF ng sertipiko gaya ng pagkaka-isyu.',
  fileTooLarge:
    'Masyadong malaki ang file (hanggang 20 MB). Piliin ang PDF ng sertipiko gaya ng pagkaka-isyu.',
  fileUnsupported:
    'Hindi mabasa ang ganitong file. Piliin ang PDF ng sertipiko, o larawan ng QR code (PNG, JPEG, WebP, GIF).',
  fileUnreadable: 'Hindi mabasa ang larawan (sira ang file o hindi PNG, JPEG, WebP, GIF)',
  imageTooManyPixels: 'Masyadong maraming pixel ang larawan (hanggang 40 megapixel)',
  svgUnsupported: 'Hindi mabasa ang SVG na larawan (pumili ng PNG o PDF)',
  textNoUrl: 'Walang URL sa tekstong ito (isang URL na nagsisimula sa https:// bawat linya)',
  pdfTooMuchWork:
    'Itinigil: masyadong mabigat basahin ang PDF na ito. Piliin ang PDF ng sertipiko gaya ng pagkaka-isyu.',
  pdfEncrypted: 'Hindi mabasa ang PDF na may password. Piliin ang PDF ng sertipiko gaya ng pagkaka-isyu.',
  pdfTooManyPages: 'Masyadong maraming pahina (hanggang 50)',
  pdfCorrupt: 'Sira ang PDF at hindi mabasa. Piliin ang PDF ng sertipiko gaya ng pagkaka-isyu.',
  pdfTimeout: 'Masyadong natagalan ang pagbasa ng PDF kaya itinigil',
  noCodeInPdf: 'Walang QR code sa PDF. Piliin ang PDF ng digital na sertipiko gaya ng pagkaka-isyu.',
  fileEmpty: 'Walang laman ang file (0 byte)',
  pdfPages: (done: number, all: number) => `Binabasa ang PDF (pahina ${done} ng ${all})`,
  pdfSearching: (done: number, all: number) => `Masusing hinahanap ang QR code (pahina ${done} ng ${all})`,
  verifying: 'Sinusuri…',
  verdictWord: { valid: 'Balido', invalid: 'Hindi balido', indeterminate: 'Hindi pa makumpirma' },
  wrapReason: (r: string) => ` (${r})`,
  reason,
  advice,
  bodyNamed: (name: string) => `ang ahensiyang nag-isyu (${name})`,
  bodyUnknown: 'ang ahensiyang nag-isyu ng sertipiko',
  forEmployer: 'Para sa nagsusuri',
  forHolder: 'Para sa may-hawak ng sertipiko',
  validMeaning: 'Tunay ang datos ng sertipiko at balido ito ngayon.',
  identityReminder:
    'Laging suriin ang ID (residence card, lisensya sa pagmamaneho, atbp.) para makumpirmang siya ang may-hawak.',
  pdfSendOk: 'Maaari ninyong ipadala ang PDF na ito nang ganito.',
  pdfDoNotSend: 'Hindi magagamit ang PDF na ito.',
  pdfNotYet: 'Hindi pa tapos ang pagsusuri sa PDF na ito.',
  documentTitle: 'Kung saan naiiba ang PDF sa pirmadong datos',
  pdfPrinted: 'Nakasulat sa PDF',
  pdfSigned: 'Tamang nilalaman (pirmadong datos)',
  pdfPrintedUnknown: '(iba sa pirmadong datos)',
  photoDiffers: 'Hindi ang pirmadong larawan ang nasa PDF',
  checksTitle: 'Mga pagsusuri',
  checksMore: 'Detalye (hindi nasuri)',
  checkCode: 'QR code',
  checkIssuer: 'Nag-isyu',
  checkSignature: 'Pirma (pagbabago)',
  checkTime: 'Bisa ng panahon',
  checkStatus: 'Binawi / sinuspinde',
  checkTrust: 'Trust list, orasan',
  checkDocument: 'Nakasulat sa PDF',
  checkPass: 'Walang problema',
  checkFail: 'May problema',
  checkSkipped: 'Hindi nasuri',
  itemsTitle: 'Nakarehistrong datos',
  itemQualification: '① Pangalan ng kwalipikasyon',
  itemName: '② Pangalan',
  itemKana: 'Pangalan (kana)',
  itemBirth: '③ Petsa ng kapanganakan',
  itemNumber: '④ Numero ng rehistro',
  itemRegDate: '⑤ Petsa ng rehistro',
  itemBody: '⑦ Ahensiyang nag-isyu',
  itemPhoto: '⑧ Larawan',
  photoSigned:
    'Pirmado rin ang larawan: ang pagsusuri sa orihinal na PDF ay nagpapakita kung pinalitan ang larawan.',
  photoMatches: 'Ang larawan sa PDF ay ang pirmadong larawan. Ihambing ito sa mukha ng tao.',
  itemOther: '⑨ Iba pang detalye',
  aboutTitle: 'Tungkol sa sertipikong ito',
  itemIssuedAt: 'Petsa ng pag-isyu',
  itemGrantDate: 'Petsa ng pagbibigay ng lisensya',
  verifiedIssuer: 'Nag-isyu (pumirma)',
  noItemSix: 'Ang ⑥ ay ang QR code na ito mismo.',
  registrationNumber: (n: string) => `Blg. ${n}`,
  statusAsOf: (when: string) => `Status noong ${when}`,
  statusAge: (age: string) => ` (${age})`,
  statusNone: 'Status: wala pa',
  ageMinutes: (m: number) =>
    m < 1
      ? 'ngayon lang'
      : m < 60
        ? `${m} minuto na ang nakalipas`
        : m < 1440
          ? `${Math.floor(m / 60)} oras na ang nakalipas`
          : `${Math.floor(m / 1440)} araw na ang nakalipas`,
  offlineNote: 'Offline: sinuri gamit ang naka-save na trust list at datos ng pagbawi.',
  offlineNoteNoStatus:
    'Offline: sinuri gamit ang naka-save na trust list. Walang magagamit na datos ng pagbawi para sa sertipikong ito, kaya hindi nasuri ang pagbawi at suspensyon.',
  offlineNoteTrustOnly: 'Offline: sinuri gamit ang naka-save na trust list.',
  offlineNoteBare: 'Offline.',
  unansweredNote: 'Hindi sumasagot ang network: sinuri gamit ang naka-save na datos ng pagbawi.',
  clockWarning: 'Maaaring mali ang orasan ng device na ito. Pakisuri ang settings ng oras.',
  printRecord: 'I-print o i-save ang tala',
  recordTitle: 'Tala ng pagsusuri ng sertipiko ng kwalipikasyon',
  recordCheckedAt: 'Oras ng pagsusuri',
  recordApp: (name: string, host: string) => `Sinuri gamit ang: ${name} (${host})`,
  scanAnother: 'Sumuri ng iba',
  backHome: 'Bumalik sa simula',
  codesFound: (n: number) => `${n} QR code ang nakita`,
  updateAvailable: 'May bagong bersyon',
  updateApply: 'I-update',
  settingsTitle: 'Settings',
  trustTitle: 'Trust list (mga pinagkakatiwalaang nag-isyu)',
  trustVersion: 'Edisyon',
  trustFetchedAt: 'Kinuha noong',
  trustExpires: 'Mapapaso',
  trustSource: 'Pinagmulan',
  trustSourceNetwork: 'Network',
  trustSourceBundled: 'Kasama sa app',
  trustNone: 'Walang trust list',
  statusTitle: 'Datos ng pagbawi (binawi at sinuspindeng sertipiko)',
  statusListUri: 'Listahan',
  statusListIssued: 'Noong',
  statusListFetched: 'Kinuha noong',
  statusListExpires: 'Mapapaso',
  prepareOffline: 'Ihanda para sa offline',
  preparing: 'Kinukuha…',
  prepared: (ok: number, all: number) => `Nakuha ang ${ok} sa ${all} listahan ng pagbawi`,
  prepareWhy: {
    offline: 'Offline ang device kaya walang nakuha. Kumonekta sa network.',
    noAnswer: 'Hindi sumagot ang server. Pakisubukang muli mamaya.',
    rejected: 'Hindi ma-verify ang natanggap kaya hindi ito ginamit.',
    noList: 'Walang trust list kaya walang makukuha.',
  },
  deskSettings: 'Desk mode',
  deskReturnAfter: 'Segundo bago bumalik sa camera kapag balido',
  deskSound: 'Tunog',
  deskVibrate: 'Vibration',
  logTitle: 'Log ng pagsusuri (sa device na ito lang)',
  logEnable: 'Mag-iwan ng log ng pagsusuri (oras, resulta at hash ng identifier lang)',
  logRetention: 'Ilang araw itatago',
  logCount: (n: number) => `${n} entry`,
  logClear: 'Burahin ang log',
  logClearConfirm: (n: number) => `Burahin ang lahat ng ${n} entry ng log?`,
  logClearYes: 'Burahin',
  logClearNo: 'Huwag na',
  logCleared: 'Nabura na ang log',
  logExport: 'I-save bilang CSV',
  clockTitle: 'Orasan ng device',
  clockOk: 'Tugma',
  clockSkew: (s: number) => `Iba sa server nang ${s} segundo`,
  clockUnknown: 'Hindi pa nasuri (wala pang natanggap na oras mula sa server)',
  never: '—',
  close: 'Isara',
  csvHeader: ['Petsa', 'Oras (JST)', 'Resulta', 'Dahilan', 'Code ng dahilan', 'Hash ng identifier'],
  csvVerdict: { valid: 'Balido', invalid: 'Hindi balido', indeterminate: 'Hindi pa makumpirma' },
  printQuality: 'Mababasa ba kapag na-print?',
  printModule: (mm: string, min: number) =>
    `Laki ng tuldok ng code ${mm} mm (mainam ang ${min} mm o higit pa)`,
  printQuiet: (n: number, min: number) =>
    `Blangkong gilid sa paligid ng code: ${n} tuldok (kailangan ${min} o higit pa)`,
  printContrast: (pct: number) => `Kontrast ng itim at puti ${pct}%`,
  printOk: 'Dapat itong mabasa kapag na-print (i-print sa 100 %, walang pag-scale).',
  printNotOk: 'Maaaring hindi ito mabasa kapag na-print. I-print sa 100 % at mataas na kalidad.',
  /** The wallet presentation's texts (PROFILE §8), from i18n/wallet/. */
  wallet: walletFil,
  /** The verification record's texts (PROFILE §9, §8.9), from i18n/records/. */
  record: recordFil,
};
