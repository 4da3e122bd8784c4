// The verification record's texts (PROFILE §9, §8.9) in Japanese, the type every language fills:
// one key (`record`) of each catalogue, in its own file so the language chunk carries it. These
// are the app's words around the record (the button, the form, the desk option, the wallet's
// record choice); the record PDF itself is always Japanese (record/record-text.ts): it is filed
// in Japan.

export const recordJa = {
  /** The result screen's button, and the form it opens. */
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
  /** Desk mode's opt-in (Settings). */
  deskRecords: '受付モードで、確認ごとに確認記録を保存する',
  deskPickFolder: '保存先のフォルダを選ぶ',
  deskFolder: (folder: string) => `保存先：${folder}`,
  deskNoFolder: '保存先：ダウンロード',
  /**
   * A wallet check (PROFILE §8.9): the record choice is made before the wallet is asked, because
   * the request tells the holder's wallet which items will be kept (intentToRetain).
   */
  walletChoice: '確認記録を保存する',
  walletChoiceNote:
    '資格名称・氏名・登録番号・交付機関を記録に残すことを、持ち主のウォレットに伝えてから読み取ります。',
  walletFormIntro:
    'ウォレットでの確認の結果を、この端末でPDFにします。残すのは資格名称・氏名・登録番号・交付機関と本人確認の結果だけです。ウォレットの応答は保存しないため、後から再確認はできません。どこにも送信せず、アプリも控えを残しません。',
  walletMinimal: '最小限の記録にする（氏名も含めません）',
  /** The wallet result of a check not started for a record: ask the wallet again. */
  walletAskAgain:
    'この確認では、ウォレットに「記録に残さない」と伝えています。確認記録を保存するには、記録に残す項目（資格名称・氏名・登録番号・交付機関）を伝えて、もう一度ウォレットで確認します。本人確認もやり直しになります。',
  walletAskAgainButton: '記録用にもう一度ウォレットで確認',
};

export type RecordTexts = typeof recordJa;
