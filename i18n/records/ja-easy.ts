// The verification record's texts (PROFILE §9, §8.9) in やさしい日本語; keys follow ./ja.ts.
// Short sentences, words a worker learning Japanese knows, a space between phrases.
import type { RecordTexts } from './ja';

export const recordJaEasy: RecordTexts = {
  saveRecord: '確認の 記録を 保存する',
  formTitle: '確認の 記録（PDF）',
  formIntro:
    'この 機械で PDFを 作ります。PDFには、確認の 結果と、確認に 使った データ（QRコードの 中身・信頼リスト・とりけしの 情報）が 入ります。どこにも 送りません。アプリにも のこしません。',
  checker: '確認した 人（書かなくても いいです）',
  office: '事業所（書かなくても いいです）',
  note: 'メモ（書かなくても いいです）',
  retention: '保存する 期間（書かなくても いいです。例：5年）',
  minimal:
    '少しだけの 記録に する（生年月日と 名前を 入れません。あとで もう一度 確認する ことは できません）',
  remember: '確認した 人・事業所・保存する 期間を この 機械に おぼえる',
  make: 'PDFを 作って 保存する',
  cancel: 'とじる',
  making: '記録を 作って います…',
  savedDownload: '記録を 保存しました（ダウンロード）',
  savedFolder: (folder: string) => `記録を 「${folder}」に 保存しました`,
  failed: '記録を 作れませんでした。もう一度 やって ください。',
  tooLong: (max: number) => `${max}文字まで 書けます`,
  deskRecords: '受付モードで、確認する たびに 記録を 保存する',
  deskPickFolder: '保存する フォルダを えらぶ',
  deskFolder: (folder: string) => `保存する ところ：${folder}`,
  deskNoFolder: '保存する ところ：ダウンロード',
  walletChoice: '確認の 記録を 保存する',
  walletChoiceNote:
    '読む 前に、持って いる 人の ウォレットに 伝えます：「しかくの 名前・名前・登録番号・交付機関を 記録に のこします」。',
  walletFormIntro:
    'ウォレットで 確認した 結果を、この 機械で PDFに します。のこすのは、しかくの 名前・名前・登録番号・交付機関と 本人確認の 結果だけです。ウォレットの 答えは 保存しません。だから、あとで もう一度 確認する ことは できません。どこにも 送りません。アプリにも のこしません。',
  walletMinimal: '少しだけの 記録に する（名前も 入れません）',
  walletAskAgain:
    'この 確認では、ウォレットに 「記録に のこしません」と 伝えました。記録を 保存する ときは、のこす こと（しかくの 名前・名前・登録番号・交付機関）を 伝えて、もう一度 ウォレットで 確認します。本人確認も もう一度 します。',
  walletAskAgainButton: '記録の ために もう一度 ウォレットで 確認する',
};
