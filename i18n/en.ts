// Every text of the app in English; the keys and argument types follow ja.ts. Verdict reasons are
// the core's English column of PROFILE §6 / §6.1, exactly.
import { REASON_CODES, REASONS, type ReasonCode } from '../core/reasons';
import type { Advice, Catalogue } from './ja';
import { recordEn } from './records/en';
import { walletEn } from './wallet/en';

const notValidNow = {
  employer: 'This qualification is not valid now. Do not rely on it for hiring or work; contact {body}.',
  holder: 'If you do not know why, contact {body}.',
};
const forged = {
  employer:
    'This may be a forgery. Do not rely on it for hiring or work; ask the holder for the original file (the PDF as issued).',
  holder: 'Show the PDF exactly as it was issued, without editing or re-saving it.',
};
const malformed: Advice = {
  meaning:
    'No certificate data could be read from the QR code. The code may be incomplete, a different code, or remade.',
  employer:
    'Scan it again. If the result is the same, ask the holder for the PDF as issued or for the whole URL of the QR code.',
  holder: 'Show the PDF as it was issued. When you send the URL, copy all of it, to the very end.',
};
const notEntitled: Advice = {
  meaning: 'It was signed by an issuer that is not entitled to issue this qualification.',
  employer: 'Do not rely on it for hiring or work; contact {body}.',
  holder: 'Contact {body}.',
};
const reconnect = {
  employer: 'Connect to the network and check again.',
  holder: 'Ask the person checking to connect their device to the network and check again.',
};

const advice: Record<ReasonCode, Advice> = {
  MALFORMED_URL: malformed,
  MALFORMED_ENCODING: malformed,
  MALFORMED_COSE: malformed,
  MALFORMED_CLAIMS: malformed,
  UNTRUSTED_HOST: {
    meaning: 'The URL in this code is not the official verification site. It may lead to a fake page.',
    employer: 'Do not open that page and do not rely on it; ask the holder for the PDF as issued.',
    holder: 'Use the PDF as it was issued. A remade QR code cannot be used.',
  },
  UNSUPPORTED_ALG: { meaning: 'The signature is not of the kind genuine certificates use.', ...forged },
  UNKNOWN_SIGNER: { meaning: 'The signer is not on the list of trusted issuers.', ...forged },
  BAD_SIGNATURE: { meaning: 'The signed data has been changed.', ...forged },
  ISSUER_MISMATCH: notEntitled,
  QUALIFICATION_NOT_ALLOWED: notEntitled,
  SIGNER_NOT_VALID: {
    meaning: 'The signing certificate was not valid on the day of issue.',
    employer: 'Do not rely on it for hiring or work; contact {body}.',
    holder: 'Ask {body} to issue a new certificate.',
  },
  SIGNER_REVOKED: {
    meaning: 'The issuer has revoked the signing certificate: nothing signed with it can be used.',
    employer: 'Do not rely on it for hiring or work; contact {body}.',
    holder: 'Ask {body} to issue a new certificate.',
  },
  NOT_YET_VALID: {
    meaning: 'The issue date is in the future.',
    employer:
      'Check that this device’s date and time are right, then check again. If they are, contact {body}.',
    holder: 'Contact {body}.',
  },
  EXPIRED: {
    meaning: 'This certificate has passed its expiry date.',
    employer: 'Ask the holder for a newly issued certificate.',
    holder: 'Get a new certificate issued by {body} and show that one.',
  },
  REVOKED: { meaning: 'This qualification has been revoked.', ...notValidNow },
  SUSPENDED: { meaning: 'This qualification has been suspended.', ...notValidNow },
  DELETED: { meaning: 'This registration has been deleted.', ...notValidNow },
  STATUS_UNAVAILABLE: {
    meaning:
      'Whether it was revoked or suspended could not be checked, so the check is not finished (this does not mean it is invalid).',
    ...reconnect,
  },
  TRUST_LIST_EXPIRED: {
    meaning: 'The list of trusted issuers (trust list) stored on this device has expired.',
    employer: 'Connect to the network, reopen the app and check again.',
    holder: reconnect.holder,
  },
  TRUST_LIST_UNAVAILABLE: {
    meaning: 'This device has no list of trusted issuers (trust list), so nothing can be confirmed.',
    employer: 'Connect to the network, reopen the app and check again.',
    holder: reconnect.holder,
  },
  CLOCK_SUSPECT: {
    meaning: 'This device’s clock is wrong, so the check cannot be relied on.',
    employer: 'Set the device’s date and time correctly (turn automatic time on) and check again.',
    holder: 'Ask the person checking to correct their device’s clock and check again.',
  },
  DOCUMENT_MISMATCH: {
    meaning: 'The QR code’s signed data is genuine, but what the PDF prints differs from it.',
    employer:
      'Go by the “correct content (signed data)”, not by the PDF. Ask the holder about the change and for the PDF as issued.',
    holder: 'Send the PDF exactly as it was issued, without editing it.',
  },
  PHOTO_MISMATCH: {
    meaning: 'The photo in the PDF is not the signed photo. It may have been replaced.',
    employer: 'Check an identity document to confirm the person, and ask for the PDF as issued.',
    holder: 'Send the PDF exactly as it was issued, without editing it.',
  },
};

export const en: Catalogue = {
  appName: 'Certificate check',
  appTagline: 'Checks the QR code of a digital qualification certificate',
  privacyLine: (host: string) =>
    `Provided by ${host}. The check runs on this device; nothing from the certificate is sent anywhere.`,
  colon: ': ',
  sentenceJoin: ' ',
  skipToMain: 'Skip to content',
  navSettings: 'Settings',
  language: 'Language',
  scanCamera: 'Scan with camera',
  scanFile: 'Choose image or PDF',
  dropHint: 'You can drop an image or PDF here',
  pasteLabel: 'Paste the verification URL',
  pastePlaceholder: 'https://…/w/?c=…',
  pasteSubmit: 'Check',
  pasteEmpty: 'Please enter a URL',
  pasteNotUrl: 'This does not look like a URL. Paste the verification URL starting with https://.',
  deskMode: 'Reception desk mode',
  deskModeHint:
    'Scans one card after another. A valid result returns to the camera by itself; any other stays until tapped',
  deskExit: 'Leave desk mode',
  deskCount: (n: number) => `${n} checked`,
  deskTapToContinue: 'Tap the screen for the next person',
  returningIn: (s: number) => `Back to the camera in ${s} s`,
  online: 'Online',
  offline: 'Offline',
  statusReady: (age: string, until: string) => `Revocation data: from ${age} (usable until ${until})`,
  statusExpiresSoon: (until: string) =>
    `The revocation data expires soon (${until}). Connect to the network to update it.`,
  statusExpired: (when: string) => `Revocation data: expired (${when}). Connect to the network to update it.`,
  statusMissing: 'Revocation data: not fetched yet. Connect to the network.',
  scanning: 'Hold the QR code inside the frame',
  sameCodeIgnored: 'Already checked. Hold the next QR code to the camera',
  cameraStarting: 'Starting the camera…',
  cameraDenied: 'The camera cannot be used. Allow camera access in the browser, or choose an image or PDF.',
  cameraNone: 'No camera found on this device. Choose an image or PDF instead.',
  cameraHelp: 'Not reading? Bring the code closer so it fills the frame, avoid glare, and flatten the paper.',
  cameraStop: 'Stop scanning',
  cameraSwitch: 'Switch camera',
  torchOn: 'Light on',
  torchOff: 'Light off',
  zoom: 'Zoom',
  cameraNotCertificate:
    'This is not a certificate’s QR code. Hold a qualification certificate’s code to the camera',
  decoding: 'Looking for a QR code…',
  noCodeFound:
    'No QR code was found in the image. Choose an image showing the whole certificate QR code, or the PDF as issued.',
  notCertificateUrl:
    'This is not a certificate verification URL. Copy the whole URL the QR code gives, to the very end, and paste it.',
  notCertificateImage:
    'The QR code in this image is not a certificate’s. Choose an image of the certificate’s QR code, or the PDF as issued.',
  notCertificatePdf: 'The QR code in this PDF is not a certificate’s. Choose the certificate PDF as issued.',
  notCertificateText:
    'This file holds no certificate verification URL. Choose the certificate PDF as issued.',
  fileTooLarge: 'The file is too large (20 MB at most). Choose the certificate PDF as issued.',
  fileUnsupported:
    'This kind of file cannot be read. Choose the certificate PDF as issued, or a picture of its QR code (PNG, JPEG, WebP, GIF).',
  fileUnreadable: 'The image could not be read (the file is damaged or not PNG, JPEG, WebP or GIF)',
  imageTooManyPixels: 'The image has too many pixels (40 megapixels at most)',
  svgUnsupported: 'SVG images cannot be read (choose the PNG or .url of the same name, or the PDF)',
  textNoUrl: 'No URL in this text (write one verification URL starting with https:// per line)',
  pdfTooMuchWork:
    'Checking stopped: this PDF needs too much work to read. Choose the certificate PDF as issued.',
  pdfEncrypted: 'Password-protected PDFs cannot be read. Choose the certificate PDF as issued.',
  pdfTooManyPages: 'Too many pages (50 at most)',
  pdfCorrupt: 'The PDF is damaged and cannot be read. Choose the certificate PDF as issued.',
  pdfTimeout: 'Reading the PDF took too long and was stopped',
  noCodeInPdf: 'No QR code was found in the PDF. Choose the digital qualification certificate PDF as issued.',
  fileEmpty: 'The file is empty (0 bytes)',
  pdfPages: (done: number, all: number) => `Reading the PDF (page ${done} of ${all})`,
  pdfSearching: (done: number, all: number) =>
    `Searching the PDF closely for a QR code (page ${done} of ${all})`,
  verifying: 'Checking…',
  verdictWord: { valid: 'Valid', invalid: 'Invalid', indeterminate: 'Cannot be confirmed' },
  wrapReason: (reason: string) => ` (${reason})`,
  reason: Object.fromEntries(REASON_CODES.map((c) => [c, REASONS[c].en])) as Record<ReasonCode, string>,
  advice,
  bodyNamed: (name: string) => `the issuing body (${name})`,
  bodyUnknown: 'the body that issued the certificate',
  forEmployer: 'If you are checking',
  forHolder: 'If this is your certificate',
  validMeaning: 'The certificate data is genuine and valid now.',
  identityReminder:
    'Always check an identity document (e.g. a residence card or driving licence) to confirm the person is the holder.',
  pdfSendOk: 'You can send this PDF as it is.',
  pdfDoNotSend: 'This PDF cannot be used.',
  pdfNotYet: 'The check of this PDF is not finished yet.',
  documentTitle: 'Where the PDF differs from the signed data',
  pdfPrinted: 'The PDF says',
  pdfSigned: 'Correct content (signed data)',
  pdfPrintedUnknown: '(something other than the signed data)',
  photoDiffers: 'The photo in the PDF is not the signed photo',
  checksTitle: 'Checks',
  checksMore: 'Details (checks not made)',
  checkCode: 'QR code',
  checkIssuer: 'Issuer',
  checkSignature: 'Signature (tampering)',
  checkTime: 'Validity period',
  checkStatus: 'Revoked / suspended',
  checkTrust: 'Trust list and device clock',
  checkDocument: 'What the PDF prints',
  checkPass: 'OK',
  checkFail: 'Problem',
  checkSkipped: 'Not checked',
  itemsTitle: 'Registered data',
  itemQualification: '① Qualification',
  itemName: '② Name',
  itemKana: 'Name (kana)',
  itemBirth: '③ Date of birth',
  itemNumber: '④ Registration number',
  itemRegDate: '⑤ Registration date',
  itemBody: '⑦ Issuing body',
  itemPhoto: '⑧ Photo',
  photoSigned:
    'The photo is signed too: checking the certificate PDF as issued shows whether its photo was replaced.',
  photoMatches: 'The photo in the PDF is the signed photo. Compare it with the person’s face.',
  itemOther: '⑨ Other items',
  aboutTitle: 'About this certificate',
  itemIssuedAt: 'Issued on',
  itemGrantDate: 'Licence granted on',
  verifiedIssuer: 'Issuer (signer)',
  noItemSix: 'Item ⑥ is this QR code itself.',
  registrationNumber: (n: string) => `No. ${n}`,
  statusAsOf: (when: string) => `Status as of ${when}`,
  statusAge: (age: string) => ` (${age})`,
  statusNone: 'Status: not fetched',
  ageMinutes: (m: number) =>
    m < 1
      ? 'just now'
      : m < 60
        ? `${m} min ago`
        : m < 1440
          ? `${Math.floor(m / 60)} h ago`
          : `${Math.floor(m / 1440)} days ago`,
  offlineNote: 'Offline: checked with the stored trust list and status lists.',
  offlineNoteNoStatus:
    'Offline: checked with the stored trust list. No usable status list is stored for this certificate, so revocation and suspension were not checked.',
  offlineNoteTrustOnly: 'Offline: checked with the stored trust list.',
  offlineNoteBare: 'Offline.',
  unansweredNote: 'The network is not answering: checked with the stored status list.',
  clockWarning: 'This device’s clock may be wrong. Please check the time settings.',
  printRecord: 'Print or save a record',
  recordTitle: 'Qualification certificate check record',
  recordCheckedAt: 'Checked at',
  recordApp: (name: string, host: string) => `Checked with: ${name} (${host})`,
  scanAnother: 'Check another',
  backHome: 'Back to start',
  codesFound: (n: number) => `${n} QR codes found`,
  updateAvailable: 'A new version is available',
  updateApply: 'Update',
  settingsTitle: 'Settings',
  trustTitle: 'Trust list (the trusted issuers)',
  trustVersion: 'Edition',
  trustFetchedAt: 'Fetched at',
  trustExpires: 'Expires',
  trustSource: 'Source',
  trustSourceNetwork: 'Network',
  trustSourceBundled: 'Built into the app',
  trustNone: 'No trust list',
  statusTitle: 'Revocation data (revoked and suspended certificates)',
  statusListUri: 'List',
  statusListIssued: 'As of',
  statusListFetched: 'Fetched at',
  statusListExpires: 'Expires',
  prepareOffline: 'Prepare for offline use',
  preparing: 'Fetching…',
  prepared: (ok: number, all: number) => `Fetched ${ok} of ${all} status lists`,
  prepareWhy: {
    offline: 'This device is offline, so nothing could be fetched. Connect to the network.',
    noAnswer: 'The server did not answer. Please try again in a while.',
    rejected: 'What was received could not be verified, so it was not used.',
    noList: 'There is no trust list, so nothing can be fetched.',
  },
  deskSettings: 'Desk mode',
  deskReturnAfter: 'Seconds a valid result stays before the camera returns',
  deskSound: 'Sound',
  deskVibrate: 'Vibration',
  logTitle: 'Check log (this device only)',
  logEnable: 'Keep a check log (time, verdict and a hash of the identifier only)',
  logRetention: 'Days kept',
  logCount: (n: number) => `${n} entries`,
  logClear: 'Delete log',
  logClearConfirm: (n: number) => `Delete all ${n} log entries?`,
  logClearYes: 'Delete',
  logClearNo: 'Cancel',
  logCleared: 'The log was deleted',
  logExport: 'Save as CSV',
  clockTitle: 'Device clock',
  clockOk: 'In sync',
  clockSkew: (s: number) => `Differs from the server by ${s} s`,
  clockUnknown: 'Not checked (no server time received yet)',
  never: '—',
  close: 'Close',
  csvHeader: ['Date', 'Time (JST)', 'Result', 'Reason', 'Reason code', 'Identifier hash'],
  csvVerdict: { valid: 'Valid', invalid: 'Invalid', indeterminate: 'Cannot be confirmed' },
  printQuality: 'Will it scan when printed?',
  printModule: (mm: string, min: number) => `Size of the code’s dots ${mm} mm (aim for ${min} mm or more)`,
  printQuiet: (n: number, min: number) => `Blank margin around the code: ${n} dots (${min} or more needed)`,
  printContrast: (pct: number) => `Black–white contrast ${pct}%`,
  printOk: 'It should scan when printed (print at 100 %, not scaled).',
  printNotOk: 'It may not scan when printed. Print at 100 % and in high quality.',
  /** The wallet presentation's texts (PROFILE §8), from i18n/wallet/. */
  wallet: walletEn,
  /** The verification record's texts (PROFILE §9, §8.9), from i18n/records/. */
  record: recordEn,
};
