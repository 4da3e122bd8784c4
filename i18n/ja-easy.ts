// やさしい日本語: every text for a reader still learning Japanese (many holders of these
// certificates are foreign care workers). Short sentences, few kanji, spaces between phrases
// (分かち書き). Keys and argument types follow ja.ts. PROFILE's exact headlines are ja/en only; here
// the verdict is said plainly (つかえます / つかえません / まだ わかりません).
import type { ReasonCode } from '../core/reasons';
import type { Advice, Catalogue } from './ja';
import { recordJaEasy } from './records/ja-easy';
import { walletJaEasy } from './wallet/ja-easy';

const broken = 'QRコードの 中身が 正しく ありません';
const wrongIssuer = '出した ところが 正しく ありません';

const reason: Record<ReasonCode, string> = {
  MALFORMED_URL: broken,
  MALFORMED_ENCODING: broken,
  MALFORMED_COSE: broken,
  MALFORMED_CLAIMS: broken,
  UNTRUSTED_HOST: 'URLが 正しい ページでは ありません',
  UNSUPPORTED_ALG: 'しょめいの しかたが ちがいます',
  UNKNOWN_SIGNER: '出した ところが わかりません',
  BAD_SIGNATURE: 'データが 書きかえられて います',
  ISSUER_MISMATCH: wrongIssuer,
  QUALIFICATION_NOT_ALLOWED: wrongIssuer,
  SIGNER_NOT_VALID: 'しょめいの 証明書の 期間が ちがいます',
  SIGNER_REVOKED: 'しょめいの 証明書が 使えなく なりました',
  NOT_YET_VALID: '発行日が 未来の 日に なって います',
  EXPIRED: '使える 期間が おわりました',
  REVOKED: 'しかくが とりけされました',
  SUSPENDED: 'しかくが 一時 とまって います',
  DELETED: 'しかくの 登録が けされました',
  STATUS_UNAVAILABLE: 'とりけしの 情報を しらべられません',
  TRUST_LIST_EXPIRED: '信頼リストの 期間が おわりました',
  TRUST_LIST_UNAVAILABLE: '信頼リストが ありません',
  CLOCK_SUSPECT: 'この 機械の 時計が ずれて います',
  DOCUMENT_MISMATCH: 'PDFの 文字が しょめいデータと ちがいます',
  PHOTO_MISMATCH: 'PDFの 写真が しょめいデータと ちがいます',
};

const notNow = {
  employer:
    'この しかくは 今 使えません。 仕事や 採用の 判断に 使わないで ください。 {body}に 聞いて ください。',
  holder: 'わからない ときは {body}に 聞いて ください。',
};
const fake = {
  employer: 'にせもの かもしれません。 判断に 使わないで ください。 本人に もとの PDFを もらって ください。',
  holder: 'もらった PDFを そのまま 見せて ください。 PDFを なおしたり 保存しなおしたり しないで ください。',
};
const brokenAdvice: Advice = {
  meaning: 'QRコードから データを 読めませんでした。 コードが かけて いるか、 ちがう コードかも しれません。',
  employer: 'もう一度 読んで ください。 同じ ときは、 本人に もとの PDFか URL ぜんぶを もらって ください。',
  holder:
    'もらった PDFを そのまま 見せて ください。 URLを おくる ときは、 さいごまで ぜんぶ コピーして ください。',
};
const issuerAdvice: Advice = {
  meaning: 'この しかくを 出せない ところが しょめいして います。',
  employer: '判断に 使わないで ください。 {body}に 聞いて ください。',
  holder: '{body}に 聞いて ください。',
};
const network = {
  employer: 'インターネットに つないで、 もう一度 しらべて ください。',
  holder: 'しらべる 人の 機械が インターネットに つながってから、 もう一度 しらべて もらって ください。',
};

const advice: Record<ReasonCode, Advice> = {
  MALFORMED_URL: brokenAdvice,
  MALFORMED_ENCODING: brokenAdvice,
  MALFORMED_COSE: brokenAdvice,
  MALFORMED_CLAIMS: brokenAdvice,
  UNTRUSTED_HOST: {
    meaning: 'この URLは 正しい 確認ページでは ありません。 にせの ページかも しれません。',
    employer: 'この ページを ひらかないで ください。 本人に もとの PDFを もらって ください。',
    holder: 'もらった PDFを 使って ください。 作りなおした QRコードは 使えません。',
  },
  UNSUPPORTED_ALG: { meaning: 'しょめいの しかたが 正しい 資格者証と ちがいます。', ...fake },
  UNKNOWN_SIGNER: { meaning: 'しょめいした ところが、 信頼できる ところの リストに ありません。', ...fake },
  BAD_SIGNATURE: { meaning: 'しょめいした データが 書きかえられて います。', ...fake },
  ISSUER_MISMATCH: issuerAdvice,
  QUALIFICATION_NOT_ALLOWED: issuerAdvice,
  SIGNER_NOT_VALID: {
    meaning: '発行日に、 しょめいの 証明書が 使える 期間では ありませんでした。',
    employer: '判断に 使わないで ください。 {body}に 聞いて ください。',
    holder: '{body}に あたらしい 資格者証を たのんで ください。',
  },
  SIGNER_REVOKED: {
    meaning:
      'しょめいに 使った 証明書が 使えなく なりました。 この 証明書で しょめいした 資格者証は 使えません。',
    employer: '判断に 使わないで ください。 {body}に 聞いて ください。',
    holder: '{body}に あたらしい 資格者証を たのんで ください。',
  },
  NOT_YET_VALID: {
    meaning: '発行日が 未来の 日に なって います。',
    employer:
      'この 機械の 日にちと 時間が 正しいか 見て、 もう一度 しらべて ください。 正しい ときは {body}に 聞いて ください。',
    holder: '{body}に 聞いて ください。',
  },
  EXPIRED: {
    meaning: 'この 資格者証の 使える 期間が おわりました。',
    employer: '本人に あたらしい 資格者証を もらって ください。',
    holder: '{body}で あたらしい 資格者証を もらって、 それを 見せて ください。',
  },
  REVOKED: { meaning: 'この しかくは とりけされました。', ...notNow },
  SUSPENDED: { meaning: 'この しかくは 一時 とまって います。', ...notNow },
  DELETED: { meaning: 'この しかくの 登録は けされました。', ...notNow },
  STATUS_UNAVAILABLE: {
    meaning:
      'とりけされて いないか しらべる 情報が とれませんでした。 まだ しらべおわって いません（使えない という 意味では ありません）。',
    ...network,
  },
  TRUST_LIST_EXPIRED: {
    meaning: 'この 機械の 信頼リスト（信頼できる ところの リスト）の 期間が おわりました。',
    employer: 'インターネットに つないで アプリを ひらきなおし、 もう一度 しらべて ください。',
    holder: network.holder,
  },
  TRUST_LIST_UNAVAILABLE: {
    meaning: 'この 機械に 信頼リスト（信頼できる ところの リスト）が ないので、 しらべられません。',
    employer: 'インターネットに つないで アプリを ひらきなおし、 もう一度 しらべて ください。',
    holder: network.holder,
  },
  CLOCK_SUSPECT: {
    meaning: 'この 機械の 時計が ずれて いるので、 正しく しらべられません。',
    employer: '機械の 日にちと 時間を 正しく して（自動に して）、 もう一度 しらべて ください。',
    holder: 'しらべる 人に、 機械の 時計を なおして もう一度 しらべて もらって ください。',
  },
  DOCUMENT_MISMATCH: {
    meaning: 'QRコードの データは 本物です。 でも、 PDFに 書いて ある ことが データと ちがいます。',
    employer:
      'PDFの 文字では なく、 「正しい 内容」で 判断して ください。 本人に 聞いて、 もとの PDFを もらって ください。',
    holder: 'もらった PDFを なおさないで、 そのまま おくって ください。',
  },
  PHOTO_MISMATCH: {
    meaning: 'PDFの 写真が、 しょめいした 写真と ちがいます。 写真が かえられたかも しれません。',
    employer: '本人確認書類で 本人か どうか 見て、 もとの PDFを もらって ください。',
    holder: 'もらった PDFを なおさないで、 そのまま おくって ください。',
  },
};

export const jaEasy: Catalogue = {
  appName: '資格者証の 確認',
  appTagline: 'デジタル資格者証の QRコードを しらべます',
  privacyLine: (host: string) =>
    `${host} が 作って います。 この 機械の 中で しらべます。 資格者証の 中身は どこにも おくりません。`,
  colon: '：',
  sentenceJoin: ' ',
  skipToMain: '本文へ',
  navSettings: '設定',
  language: 'ことば',
  scanCamera: 'カメラで 読む',
  scanFile: '画像・PDFを えらぶ',
  dropHint: 'ここに 画像や PDFを おけます',
  pasteLabel: '確認ページの URLを はる',
  pastePlaceholder: 'https://…/w/?c=…',
  pasteSubmit: 'しらべる',
  pasteEmpty: 'URLを 入れて ください',
  pasteNotUrl: 'URLでは ないようです。 https:// から はじまる URLを はって ください。',
  deskMode: '受付モード',
  deskModeHint:
    'つづけて 読みます。 使える ときは 自動で カメラに もどります。 ほかの ときは 画面を さわるまで 出ます',
  deskExit: '受付モードを おわる',
  deskCount: (n: number) => `しらべた 数 ${n}`,
  deskTapToContinue: '画面を さわると つぎの 人へ',
  returningIn: (s: number) => `あと ${s}びょうで カメラに もどります`,
  online: 'オンライン',
  offline: 'オフライン',
  statusReady: (age: string, until: string) => `とりけしの 情報：${age}の 情報（${until}まで 使えます）`,
  statusExpiresSoon: (until: string) =>
    `とりけしの 情報が もうすぐ 使えなく なります（${until}）。 インターネットに つないで ください。`,
  statusExpired: (when: string) =>
    `とりけしの 情報：期間が おわりました（${when}）。 インターネットに つないで ください。`,
  statusMissing: 'とりけしの 情報：まだ ありません。 インターネットに つないで ください。',
  scanning: 'QRコードを わくの 中に うつして ください',
  sameCodeIgnored: 'もう しらべた コードです。 つぎの 人の QRコードを うつして ください',
  cameraStarting: 'カメラを 用意して います…',
  cameraDenied:
    'カメラが 使えません。 ブラウザで カメラを 使えるように するか、 画像・PDFを えらんで ください。',
  cameraNone: 'カメラが ありません。 画像・PDFを えらんで ください。',
  cameraHelp:
    '読めない ときは：コードを わく いっぱいに ちかづけて ください。 光が うつらないように して、 紙を まっすぐに して ください。',
  cameraStop: 'やめる',
  cameraSwitch: 'カメラを かえる',
  torchOn: 'ライトを つける',
  torchOff: 'ライトを けす',
  zoom: 'ズーム',
  cameraNotCertificate: '資格者証の QRコードでは ありません。 資格者証の QRコードを うつして ください',
  decoding: 'QRコードを さがして います…',
  noCodeFound:
    '画像の 中に QRコードが ありません。 QRコード ぜんぶが うつった 画像か、 もらった PDFを えらんで ください。',
  notCertificateUrl:
    '資格者証の 確認ページの URLでは ありません。 QRコードの URLを さいごまで ぜんぶ コピーして はって ください。',
  notCertificateImage:
    'この 画像の QRコードは 資格者証の ものでは ありません。 資格者証の QRコードの 画像か、 もらった PDFを えらんで ください。',
  notCertificatePdf:
    'この PDFの QRコードは 資格者証の ものでは ありません。 もらった PDFを そのまま えらんで ください。',
  notCertificateText:
    'この ファイルには 確認ページの URLが ありません。 もらった PDFを そのまま えらんで ください。',
  fileTooLarge: 'ファイルが 大きすぎます（20 MBまで）。 もらった PDFを そのまま えらんで ください。',
  fileUnsupported:
    'この ファイルは 読めません。 もらった PDFか、 QRコードの 画像（PNG・JPEG・WebP・GIF）を えらんで ください。',
  fileUnreadable:
    '画像が 読めませんでした（ファイルが こわれて いるか、 PNG・JPEG・WebP・GIF では ありません）',
  imageTooManyPixels: '画像が 大きすぎます（40 メガピクセルまで）',
  svgUnsupported: 'SVGの 画像は 読めません（PNGか PDFを えらんで ください）',
  textNoUrl: 'URLが 書いて ありません（1行に 1つ、 https:// から はじまる URLを 書いて ください）',
  pdfTooMuchWork: 'この PDFは 重すぎるので やめました。 もらった PDFを そのまま えらんで ください。',
  pdfEncrypted: 'パスワードの ある PDFは 読めません。 もらった PDFを そのまま えらんで ください。',
  pdfTooManyPages: 'ページが 多すぎます（50ページまで）',
  pdfCorrupt: 'PDFが こわれて いて 読めません。 もらった PDFを そのまま えらんで ください。',
  pdfTimeout: 'PDFを 読むのに 時間が かかりすぎたので やめました',
  noCodeInPdf: 'PDFの 中に QRコードが ありません。 もらった 資格者証の PDFを えらんで ください。',
  fileEmpty: 'ファイルが からです（0 バイト）',
  pdfPages: (done: number, all: number) => `PDFを 読んで います（${done}/${all} ページ）`,
  pdfSearching: (done: number, all: number) => `QRコードを よく さがして います（${done}/${all} ページ）`,
  verifying: 'しらべて います…',
  verdictWord: { valid: 'つかえます', invalid: 'つかえません', indeterminate: 'まだ わかりません' },
  wrapReason: (r: string) => `（${r}）`,
  reason,
  advice,
  bodyNamed: (name: string) => `交付機関（${name}）`,
  bodyUnknown: '資格者証を 出した ところ',
  forEmployer: 'しらべる 人へ',
  forHolder: '資格者証を もって いる 人へ',
  validMeaning: '資格者証の データは 本物です。 今 使えます。',
  identityReminder: '本人確認書類（在留カード・運転免許証など）で、 本人か どうか かならず 見て ください。',
  pdfSendOk: 'この PDFは そのまま おくって だいじょうぶです。',
  pdfDoNotSend: 'この PDFは 使えません。',
  pdfNotYet: 'この PDFは まだ しらべおわって いません。',
  documentTitle: 'PDFの 文字と データの ちがい',
  pdfPrinted: 'PDFの 文字',
  pdfSigned: '正しい 内容（しょめいデータ）',
  pdfPrintedUnknown: '（データと ちがう 文字）',
  photoDiffers: 'PDFの 写真は しょめいした 写真と ちがいます',
  checksTitle: 'しらべた こと',
  checksMore: 'くわしく（しらべて いない こと）',
  checkCode: 'QRコード',
  checkIssuer: '出した ところ',
  checkSignature: 'しょめい（書きかえ）',
  checkTime: '使える 期間',
  checkStatus: 'とりけし・停止',
  checkTrust: '信頼リスト・時計',
  checkDocument: 'PDFの 文字',
  checkPass: 'だいじょうぶ',
  checkFail: 'もんだい あり',
  checkSkipped: 'しらべて いない',
  itemsTitle: '登録した こと',
  itemQualification: '① しかくの 名前',
  itemName: '② 名前',
  itemKana: '名前（カナ）',
  itemBirth: '③ 生年月日',
  itemNumber: '④ 登録番号',
  itemRegDate: '⑤ 登録日',
  itemBody: '⑦ 交付機関',
  itemPhoto: '⑧ 写真',
  photoSigned:
    '写真も しょめい されて います。 もらった PDFを しらべると、 写真が かえられて いないか わかります。',
  photoMatches: 'PDFの 写真は しょめいした 写真と 同じです。 本人の 顔と くらべて ください。',
  itemOther: '⑨ その他',
  aboutTitle: 'この 資格者証に ついて',
  itemIssuedAt: '発行日',
  itemGrantDate: '交付日',
  verifiedIssuer: '出した ところ（しょめい）',
  noItemSix: '⑥ は この QRコード です。',
  registrationNumber: (n: string) => `第${n}号`,
  statusAsOf: (when: string) => `とりけしの 情報：${when} の もの`,
  statusAge: (age: string) => `（${age}）`,
  statusNone: 'とりけしの 情報：まだ ありません',
  ageMinutes: (m: number) =>
    m < 1
      ? '1分 以内'
      : m < 60
        ? `${m}分 まえ`
        : m < 1440
          ? `${Math.floor(m / 60)}時間 まえ`
          : `${Math.floor(m / 1440)}日 まえ`,
  offlineNote: 'オフラインです。 この 機械に ある 信頼リストと とりけしの 情報で しらべました。',
  offlineNoteNoStatus:
    'オフラインです。 この 機械に ある 信頼リストで しらべました。 とりけしの 情報が ないので、 とりけし・停止は しらべて いません。',
  offlineNoteTrustOnly: 'オフラインです。 この 機械に ある 信頼リストで しらべました。',
  offlineNoteBare: 'オフラインです。',
  unansweredNote: 'インターネットの 返事が ないので、 この 機械に ある とりけしの 情報で しらべました。',
  clockWarning: 'この 機械の 時計が ずれて いるかも しれません。 時計の 設定を 見て ください。',
  printRecord: '記録を 印刷・保存',
  recordTitle: '資格者証 確認の 記録',
  recordCheckedAt: 'しらべた 日時',
  recordApp: (name: string, host: string) => `使った アプリ：${name}（${host}）`,
  scanAnother: 'つづけて しらべる',
  backHome: 'はじめの 画面へ',
  codesFound: (n: number) => `QRコードが ${n}こ ありました`,
  updateAvailable: 'あたらしい バージョンが あります',
  updateApply: 'あたらしく する',
  settingsTitle: '設定',
  trustTitle: '信頼リスト（信頼できる ところの リスト）',
  trustVersion: '版',
  trustFetchedAt: 'とった 日時',
  trustExpires: '使える 期限',
  trustSource: 'どこから',
  trustSourceNetwork: 'インターネット',
  trustSourceBundled: 'アプリの 中',
  trustNone: '信頼リストが ありません',
  statusTitle: 'とりけしの 情報（とりけし・停止の リスト）',
  statusListUri: 'リスト',
  statusListIssued: '情報の 日時',
  statusListFetched: 'とった 日時',
  statusListExpires: '使える 期限',
  prepareOffline: 'オフラインの じゅんび',
  preparing: 'とって います…',
  prepared: (ok: number, all: number) => `${all}こ の うち ${ok}こ の とりけしの 情報を とりました`,
  prepareWhy: {
    offline: 'オフラインなので とれませんでした。 インターネットに つないで ください。',
    noAnswer: 'サーバーの 返事が ありませんでした。 あとで もう一度 して ください。',
    rejected: 'とった 情報が 正しいか わからないので、 使いませんでした。',
    noList: '信頼リストが ないので とれません。',
  },
  deskSettings: '受付モード',
  deskReturnAfter: '使える とき、 カメラに もどるまでの びょう',
  deskSound: '音で しらせる',
  deskVibrate: 'ふるえて しらせる',
  logTitle: '確認の 記録（この 機械だけ）',
  logEnable: '確認の 記録を のこす（日時・結果・番号の ハッシュだけ）',
  logRetention: 'のこす 日数',
  logCount: (n: number) => `${n}こ`,
  logClear: '記録を けす',
  logClearConfirm: (n: number) => `確認の 記録 ${n}こ を ぜんぶ けします。 いいですか？`,
  logClearYes: 'けす',
  logClearNo: 'やめる',
  logCleared: '確認の 記録を けしました',
  logExport: 'CSVで 保存',
  clockTitle: '機械の 時計',
  clockOk: 'ずれて いません',
  clockSkew: (s: number) => `サーバーと ${s}びょう ちがいます`,
  clockUnknown: 'まだ わかりません（サーバーの 時間を まだ もらって いません）',
  never: '—',
  close: 'とじる',
  csvHeader: ['日付', '時刻（日本時間）', '結果', '理由', '理由コード', '識別子のハッシュ値'],
  csvVerdict: { valid: 'つかえます', invalid: 'つかえません', indeterminate: 'まだ わかりません' },
  printQuality: '印刷しても 読めるか',
  printModule: (mm: string, min: number) => `コードの 点の 大きさ ${mm} mm（${min} mm 以上が よい）`,
  printQuiet: (n: number, min: number) => `コードの まわりの 白い ところ 点 ${n}こ（${min}こ 以上 ひつよう）`,
  printContrast: (pct: number) => `白と 黒の ちがい ${pct}%`,
  printOk: 'このまま 印刷しても 読めそうです（大きさを かえずに 100%で 印刷して ください）。',
  printNotOk: '印刷すると 読めないかも しれません。 大きさを かえずに きれいに 印刷して ください。',
  /** The wallet presentation's texts (PROFILE §8), from i18n/wallet/. */
  wallet: walletJaEasy,
  /** The verification record's texts (PROFILE §9, §8.9), from i18n/records/. */
  record: recordJaEasy,
};
