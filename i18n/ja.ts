// Every text of the app in Japanese, the first language: its keys and argument types are the
// `Catalogue` every other language must fill (tsc refuses a catalogue with a key missing). The
// verdict reasons are the core's (PROFILE §6, §6.1) so they cannot drift; the meaning and the next
// step of each reason, for the employer and for the holder, are here. `{body}` in a next step is
// replaced by the issuing body (⑦) when the certificate names it (advice.ts).
import { REASON_CODES, REASONS, type ReasonCode } from '../core/reasons';
import { recordJa } from './records/ja';
import { walletJa } from './wallet/ja';

/** What a reason means and what to do next: for the person checking and for the holder. */
export interface Advice {
  meaning: string;
  employer: string;
  holder: string;
}

const notValidNow = {
  employer: 'この資格は現在有効ではありません。採用・業務の判断に使わず、{body}に確認してください。',
  holder: '心当たりがない場合は、{body}に問い合わせてください。',
};
const forged = {
  employer:
    '偽造のおそれがあります。採用・業務の判断に使わず、交付された元のファイル（PDF）を本人に求めてください。',
  holder: '交付された元のPDFを、編集や再保存をせずにそのまま提示してください。',
};
const malformed: Advice = {
  meaning:
    '二次元コードから資格者証のデータを読み取れませんでした。コードが欠けているか、別のコードか、作り変えられた可能性があります。',
  employer:
    'もう一度読み取ってください。同じ結果なら、交付された元のPDFか、二次元コードのURL全体を本人に求めてください。',
  holder: '交付された元のPDFをそのまま提示してください。URLを送るときは、最後まで全部コピーしてください。',
};
const notEntitled: Advice = {
  meaning: 'この資格を発行する権限のない発行元が署名しています。',
  employer: '採用・業務の判断に使わず、{body}に確認してください。',
  holder: '{body}に問い合わせてください。',
};
const reconnect = {
  employer: 'ネットワークにつないでから、もう一度確認してください。',
  holder: '確認する方の端末がネットワークにつながってから、もう一度確認してもらってください。',
};

const advice: Record<ReasonCode, Advice> = {
  MALFORMED_URL: malformed,
  MALFORMED_ENCODING: malformed,
  MALFORMED_COSE: malformed,
  MALFORMED_CLAIMS: malformed,
  UNTRUSTED_HOST: {
    meaning:
      'このコードのURLは公式の確認ページのものではありません。偽の確認ページに誘導するおそれがあります。',
    employer:
      'このURLのページは開かず、採用・業務の判断に使わないでください。交付された元のPDFを本人に求めてください。',
    holder: '交付された元のPDFを使ってください。作り直した二次元コードは使えません。',
  },
  UNSUPPORTED_ALG: {
    meaning: '署名の方式が正規の資格者証のものではありません。',
    ...forged,
  },
  UNKNOWN_SIGNER: {
    meaning: '署名した発行元が、信頼できる発行元の一覧にありません。',
    ...forged,
  },
  BAD_SIGNATURE: {
    meaning: '署名されたデータが書き換えられています。',
    ...forged,
  },
  ISSUER_MISMATCH: notEntitled,
  QUALIFICATION_NOT_ALLOWED: notEntitled,
  SIGNER_NOT_VALID: {
    meaning: '発行日の時点で、署名に使われた証明書が有効ではありませんでした。',
    employer: '採用・業務の判断に使わず、{body}に確認してください。',
    holder: '{body}に新しい資格者証の発行を依頼してください。',
  },
  SIGNER_REVOKED: {
    meaning:
      '署名に使われた証明書が、発行元によって失効されています。この証明書で署名された資格者証はすべて使えません。',
    employer: '採用・業務の判断に使わず、{body}に確認してください。',
    holder: '{body}に新しい資格者証の発行を依頼してください。',
  },
  NOT_YET_VALID: {
    meaning: '発行日が未来の日付になっています。',
    employer:
      'この端末の日付と時刻が正しいか確かめてから、もう一度確認してください。正しければ{body}に確認してください。',
    holder: '{body}に問い合わせてください。',
  },
  EXPIRED: {
    meaning: 'この資格者証の有効期限が過ぎています。',
    employer: '新しく発行された資格者証を本人に求めてください。',
    holder: '{body}で新しい資格者証の発行を受けて、それを提示してください。',
  },
  REVOKED: { meaning: 'この資格は取り消されています。', ...notValidNow },
  SUSPENDED: { meaning: 'この資格は一時停止されています。', ...notValidNow },
  DELETED: { meaning: 'この資格の登録は削除されています。', ...notValidNow },
  STATUS_UNAVAILABLE: {
    meaning:
      '取消・停止されていないかを確かめる失効情報を取得できず、確認が終わっていません（無効という意味ではありません）。',
    ...reconnect,
  },
  TRUST_LIST_EXPIRED: {
    meaning: 'この端末に保存されている、信頼できる発行元の一覧（信頼リスト）の期限が切れています。',
    employer: 'ネットワークにつないでアプリを開き直してから、もう一度確認してください。',
    holder: reconnect.holder,
  },
  TRUST_LIST_UNAVAILABLE: {
    meaning: '信頼できる発行元の一覧（信頼リスト）がこの端末にないため、確認できません。',
    employer: 'ネットワークにつないでアプリを開き直してから、もう一度確認してください。',
    holder: reconnect.holder,
  },
  CLOCK_SUSPECT: {
    meaning: 'この端末の時計が実際の時刻とずれているため、正しく確認できません。',
    employer: '端末の日付と時刻を正しく設定して（自動設定をオン）、もう一度確認してください。',
    holder: '確認する方に、端末の時刻を直してからもう一度確認してもらってください。',
  },
  DOCUMENT_MISMATCH: {
    meaning: '二次元コードの署名データは本物ですが、PDFに書かれた内容が署名データと違います。',
    employer:
      'PDFの記載ではなく「正しい内容（署名データ）」で判断してください。書き換えについて本人に確認し、交付された元のPDFを求めてください。',
    holder: '交付された元のPDFを、編集せずにそのまま送ってください。',
  },
  PHOTO_MISMATCH: {
    meaning: 'PDFの写真が、署名された写真と違います。写真が差し替えられた可能性があります。',
    employer: '本人確認書類で本人であることを必ず確かめ、交付された元のPDFを本人に求めてください。',
    holder: '交付された元のPDFを、編集せずにそのまま送ってください。',
  },
};

export const ja = {
  appName: '資格者証の確認',
  appTagline: 'デジタル資格者証の二次元コードを確認します',
  privacyLine: (host: string) =>
    `${host} が提供しています。確認はこの端末の中で行い、資格者証の内容はどこにも送信しません。`,
  /** Between a label and its value (「PDFの記載：…」). */
  colon: '：',
  /** Between two sentences (none in Japanese, a space in English). */
  sentenceJoin: '',
  skipToMain: '本文へ移動',
  navSettings: '設定',
  language: '言語',
  scanCamera: 'カメラで読み取る',
  scanFile: '画像・PDFを選ぶ',
  dropHint: 'ここに画像やPDFをドロップできます',
  pasteLabel: '確認ページのURLを貼り付け',
  pastePlaceholder: 'https://…/w/?c=…',
  pasteSubmit: '確認する',
  pasteEmpty: 'URLを入力してください',
  pasteNotUrl: 'URLではないようです。https:// で始まる確認ページのURLを貼り付けてください。',
  deskMode: '受付モード',
  deskModeHint: '連続して読み取ります。有効なら自動でカメラに戻り、それ以外は画面をタップするまで表示します',
  deskExit: '受付モードを終了',
  deskCount: (n: number) => `確認 ${n} 件`,
  deskTapToContinue: '画面をタップして次の方へ',
  returningIn: (s: number) => `${s}秒後にカメラに戻ります`,
  // Readiness: what the device holds before a scan.
  online: 'オンライン',
  offline: 'オフライン',
  statusReady: (age: string, until: string) => `失効情報：${age}の情報（${until}まで使えます）`,
  statusExpiresSoon: (until: string) =>
    `失効情報の期限がもうすぐ切れます（${until}）。ネットワークにつないで更新してください。`,
  statusExpired: (when: string) => `失効情報：期限切れ（${when}）。ネットワークにつないで更新してください。`,
  statusMissing: '失効情報：未取得。ネットワークにつないでください。',
  // Camera.
  scanning: '二次元コードを枠の中に写してください',
  sameCodeIgnored: '確認済みのコードです。次の方の二次元コードを写してください',
  cameraStarting: 'カメラを起動しています…',
  cameraDenied: 'カメラを使えません。ブラウザの設定でカメラを許可するか、画像・PDFを選んでください。',
  cameraNone: 'この端末ではカメラが見つかりません。画像・PDFを選んでください。',
  cameraHelp:
    '読み取れない場合：コードを枠いっぱいに近づけ、光の反射を避けてください。紙が曲がっていれば平らにしてください。',
  cameraStop: '読み取りをやめる',
  cameraSwitch: 'カメラを切り替え',
  torchOn: 'ライトをつける',
  torchOff: 'ライトを消す',
  zoom: 'ズーム',
  cameraNotCertificate: '資格者証の二次元コードではありません。資格者証の二次元コードを写してください',
  // Reading files and pasted text: input that holds no certificate is said here, not as a verdict.
  decoding: '二次元コードを探しています…',
  noCodeFound:
    '画像の中に二次元コードが見つかりませんでした。資格者証の二次元コード全体が写った画像か、交付されたPDFを選んでください。',
  notCertificateUrl:
    '資格者証の確認ページのURLではありません。二次元コードを読み取って表示されたURLを、最後まで全部コピーして貼り付けてください。',
  notCertificateImage:
    'この画像の二次元コードは資格者証のものではありません。資格者証の二次元コードが写った画像か、交付されたPDFを選んでください。',
  notCertificatePdf:
    'このPDFの二次元コードは資格者証のものではありません。交付されたPDFをそのまま選んでください。',
  notCertificateText:
    'このファイルには資格者証の確認ページのURLがありません。交付されたPDFをそのまま選んでください。',
  fileTooLarge: 'ファイルが大きすぎます（20 MB まで）。交付されたPDFをそのまま選んでください。',
  fileUnsupported:
    'この形式のファイルは読み込めません。交付されたPDFか、二次元コードを写した画像（PNG・JPEG・WebP・GIF）を選んでください。',
  fileUnreadable: '画像を読み込めませんでした（ファイルが壊れているか、PNG・JPEG・WebP・GIF 以外の形式です）',
  imageTooManyPixels: '画像の画素数が多すぎます（40 メガピクセルまで）',
  svgUnsupported: 'SVG の画像は読めません（同じ名前の PNG か .url、PDF を選んでください）',
  textNoUrl: 'URL が書かれていません（1 行に 1 つ、https:// から始まる確認ページの URL を書いてください）',
  pdfTooMuchWork:
    'このPDFは処理量が大きすぎるため確認を中止しました。交付されたPDFをそのまま選んでください。',
  pdfEncrypted: 'パスワード付きのPDFは読み込めません。交付されたPDFをそのまま選んでください。',
  pdfTooManyPages: 'ページ数が多すぎます（50ページまで）',
  pdfCorrupt: 'PDFが壊れているため読み込めません。交付されたPDFをそのまま選んでください。',
  pdfTimeout: 'PDFの読み込みに時間がかかりすぎたため中止しました',
  noCodeInPdf:
    'PDFの中に二次元コードが見つかりませんでした。交付されたデジタル資格者証のPDFを選んでください。',
  fileEmpty: 'ファイルが空です（0 バイト）',
  pdfPages: (done: number, all: number) => `PDFを読み込んでいます（${done}/${all} ページ）`,
  pdfSearching: (done: number, all: number) => `二次元コードを詳しく探しています（${done}/${all} ページ）`,
  // The verdict (PROFILE §6 headline: the word, then the first reason in brackets).
  verifying: '確認しています…',
  verdictWord: { valid: '有効です', invalid: '無効です', indeterminate: '確認できません' },
  wrapReason: (reason: string) => `（${reason}）`,
  reason: Object.fromEntries(REASON_CODES.map((c) => [c, REASONS[c].ja])) as Record<ReasonCode, string>,
  advice,
  bodyNamed: (name: string) => `交付機関（${name}）`,
  bodyUnknown: '資格者証を交付した機関',
  forEmployer: '確認する方へ',
  forHolder: '資格者証をお持ちの方へ',
  validMeaning: '資格者証のデータは本物で、現在有効です。',
  identityReminder: '本人確認書類（運転免許証など）で、提示した方がご本人であることを必ず確認してください。',
  // The holder's self-check of a PDF: one summary line first.
  pdfSendOk: 'このPDFはそのまま送って大丈夫です。',
  pdfDoNotSend: 'このPDFは使えません。',
  pdfNotYet: 'このPDFの確認はまだ終わっていません。',
  // Document check (PROFILE §6.1).
  documentTitle: 'PDFの記載と署名データの違い',
  pdfPrinted: 'PDFの記載',
  pdfSigned: '正しい内容（署名データ）',
  pdfPrintedUnknown: '（署名データと違う内容）',
  photoDiffers: 'PDFの写真は署名された写真と違います',
  // Check list.
  checksTitle: '確認項目',
  checksMore: '詳細（確認しなかった項目）',
  checkCode: '二次元コード',
  checkIssuer: '発行元',
  checkSignature: '署名（改ざん）',
  checkTime: '有効期間',
  checkStatus: '取消・停止',
  checkTrust: '信頼リスト・端末の時刻',
  checkDocument: 'PDFの記載',
  checkPass: '問題なし',
  checkFail: '問題あり',
  checkSkipped: '未確認',
  // Registration items (登録事項) and the certificate itself.
  itemsTitle: '登録事項',
  itemQualification: '① 資格名称',
  itemName: '② 氏名',
  itemKana: '氏名（カナ）',
  itemBirth: '③ 生年月日',
  itemNumber: '④ 登録番号',
  itemRegDate: '⑤ 登録日',
  itemBody: '⑦ 交付機関',
  itemPhoto: '⑧ 写真',
  photoSigned: '写真も署名されています。交付されたPDFを確認すると、写真が差し替えられていないか分かります。',
  photoMatches: 'PDFの写真は署名された写真と一致しています。本人の顔と見比べてください。',
  itemOther: '⑨ その他項目',
  aboutTitle: 'この資格者証について',
  itemIssuedAt: '発行日',
  itemGrantDate: '交付日',
  verifiedIssuer: '発行元（署名者）',
  noItemSix: '⑥ はこの二次元コードそのものです。',
  registrationNumber: (n: string) => `第${n}号`,
  // Notes on how the result was reached.
  statusAsOf: (when: string) => `失効情報：${when} 時点`,
  statusAge: (age: string) => `（${age}）`,
  statusNone: '失効情報：未取得',
  ageMinutes: (m: number) =>
    m < 1
      ? '1分以内'
      : m < 60
        ? `${m}分前`
        : m < 1440
          ? `${Math.floor(m / 60)}時間前`
          : `${Math.floor(m / 1440)}日前`,
  offlineNote: 'オフラインです。保存済みの信頼リストと失効情報で確認しました。',
  offlineNoteNoStatus:
    'オフラインです。保存済みの信頼リストで確認しました。この資格者証の失効情報は保存されていないか期限切れのため、失効・停止は確認できていません。',
  offlineNoteTrustOnly: 'オフラインです。保存済みの信頼リストで確認しました。',
  offlineNoteBare: 'オフラインです。',
  unansweredNote: 'ネットワークが応答しないため、保存済みの失効情報で確認しました。',
  clockWarning: 'この端末の時刻がずれている可能性があります。時刻設定を確認してください。',
  // Actions and the printed record.
  printRecord: '記録を印刷・保存',
  recordTitle: '資格者証 確認記録',
  recordCheckedAt: '確認日時',
  recordApp: (name: string, host: string) => `確認に使ったアプリ：${name}（${host}）`,
  scanAnother: '続けて確認する',
  backHome: '最初の画面へ',
  codesFound: (n: number) => `${n} 個の二次元コードが見つかりました`,
  updateAvailable: '新しいバージョンがあります',
  updateApply: '更新する',
  // Settings.
  settingsTitle: '設定',
  trustTitle: '信頼リスト（信頼できる発行元の一覧）',
  trustVersion: '版',
  trustFetchedAt: '取得日時',
  trustExpires: '有効期限',
  trustSource: '入手元',
  trustSourceNetwork: 'ネットワーク',
  trustSourceBundled: 'アプリ内蔵',
  trustNone: '信頼リストがありません',
  statusTitle: '失効情報（取消・停止の一覧）',
  statusListUri: 'リスト',
  statusListIssued: '情報の時点',
  statusListFetched: '取得日時',
  statusListExpires: '有効期限',
  prepareOffline: 'オフラインに備える',
  preparing: '取得しています…',
  prepared: (ok: number, all: number) => `${all} 件中 ${ok} 件の失効情報を取得しました`,
  prepareWhy: {
    offline: 'この端末がオフラインのため取得できませんでした。ネットワークにつないでください。',
    noAnswer: 'サーバーが応答しませんでした。しばらくしてからもう一度お試しください。',
    rejected: '受け取った失効情報を検証できなかったため、使いませんでした。',
    noList: '信頼リストがないため取得できません。',
  },
  deskSettings: '受付モード',
  deskReturnAfter: '有効のとき、カメラに戻るまで（秒）',
  deskSound: '音で知らせる',
  deskVibrate: '振動で知らせる',
  logTitle: '確認ログ（この端末のみ）',
  logEnable: '確認ログを記録する（日時・結果・識別子のハッシュ値のみ）',
  logRetention: '保存日数',
  logCount: (n: number) => `${n} 件`,
  logClear: 'ログを削除',
  logClearConfirm: (n: number) => `確認ログ ${n} 件をすべて削除します。よろしいですか？`,
  logClearYes: '削除する',
  logClearNo: 'やめる',
  logCleared: '確認ログを削除しました',
  logExport: 'CSVで保存',
  clockTitle: '端末の時刻',
  clockOk: 'ずれはありません',
  clockSkew: (s: number) => `サーバーとの差 ${s} 秒`,
  clockUnknown: '未確認（サーバーの時刻をまだ受け取っていません）',
  never: '—',
  close: '閉じる',
  csvHeader: ['日付', '時刻（日本時間）', '結果', '理由', '理由コード', '識別子のハッシュ値'],
  csvVerdict: { valid: '有効', invalid: '無効', indeterminate: '確認できません' },
  // Print quality: the holder's advice before printing (no 「モジュール」).
  printQuality: '印刷しても読み取れるか',
  printModule: (mm: string, min: number) => `コードの点の大きさ ${mm} mm（${min} mm 以上が目安）`,
  printQuiet: (n: number, min: number) => `コードの周りの余白 点 ${n} 個分（${min} 個分以上が必要）`,
  printContrast: (pct: number) => `白と黒の差 ${pct}%`,
  printOk: 'このまま印刷しても読み取れる見込みです（拡大・縮小せず100%で印刷してください）。',
  printNotOk: '印刷すると読み取れないおそれがあります。拡大・縮小せずに高品質で印刷してください。',
  /** The wallet presentation's texts (PROFILE §8), from i18n/wallet/. */
  wallet: walletJa,
  /** The verification record's texts (PROFILE §9, §8.9), from i18n/records/. */
  record: recordJa,
};

export type Catalogue = typeof ja;
