// The record feature's words, Japanese first. Kept beside the feature until the lead moves them
// into the catalogues (i18n/): every language other than Japanese gets the English ones for now.
// The record PDF itself is always Japanese (record/record-text.ts): it is filed in Japan.

export const recordTextsJa = {
  saveRecord: '確認記録を保存',
  formTitle: '確認記録（PDF）',
  formIntro:
    '確認の結果と、確認に使った証拠（二次元コードの内容・信頼リスト・失効情報）を入れたPDFを、この端末で作ります。どこにも送信せず、アプリも控えを残しません。',
  checker: '確認者（任意）',
  office: '事業所（任意）',
  note: 'メモ（任意）',
  retention: '保存期間（任意、例：5年）',
  minimal: '最小限の記録にする（生年月日・氏名を含めません。後から再確認はできません）',
  remember: '確認者・事業所・保存期間をこの端末に記憶する',
  make: 'PDFを作成して保存',
  cancel: '閉じる',
  making: '確認記録を作成しています…',
  savedDownload: '確認記録を保存しました（ダウンロード）',
  savedFolder: (folder: string) => `確認記録を「${folder}」に保存しました`,
  failed: '確認記録を作成できませんでした。もう一度お試しください。',
  tooLong: (max: number) => `${max}文字以内で入力してください`,
  deskRecords: '受付モードで、確認ごとに確認記録を保存する',
  deskPickFolder: '保存先のフォルダを選ぶ',
  deskFolder: (folder: string) => `保存先：${folder}`,
  deskNoFolder: '保存先：ダウンロード',
};

export type RecordTexts = typeof recordTextsJa;

export const recordTextsEn: RecordTexts = {
  saveRecord: 'Save verification record',
  formTitle: 'Verification record (PDF)',
  formIntro:
    'Makes a PDF on this device with the result and the evidence the check used (the QR content, the trust list, the status list). Nothing is sent anywhere and the app keeps no copy.',
  checker: 'Checked by (optional)',
  office: 'Office (optional)',
  note: 'Note (optional)',
  retention: 'Keep for (optional, e.g. 5 years)',
  minimal: 'Minimal record (no birth date or name; it cannot be re-checked later)',
  remember: 'Remember checker, office and retention on this device',
  make: 'Make and save the PDF',
  cancel: 'Close',
  making: 'Making the record…',
  savedDownload: 'Record saved (download)',
  savedFolder: (folder: string) => `Record saved in "${folder}"`,
  failed: 'The record could not be made. Please try again.',
  tooLong: (max: number) => `At most ${max} characters`,
  deskRecords: 'Desk mode: save a record after every check',
  deskPickFolder: 'Choose a folder',
  deskFolder: (folder: string) => `Saving to: ${folder}`,
  deskNoFolder: 'Saving to: downloads',
};

export const recordTexts = (lang: string): RecordTexts =>
  lang === 'ja' || lang.startsWith('ja-') ? recordTextsJa : recordTextsEn;
