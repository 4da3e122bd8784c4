// The verification record's texts (PROFILE §9, §8.9) in 简体中文; keys follow ./ja.ts.
import type { RecordTexts } from './ja';

export const recordZhHans: RecordTexts = {
  saveRecord: '保存确认记录',
  formTitle: '确认记录（PDF）',
  formIntro:
    '在本设备上生成一份PDF，包含确认结果以及确认时使用的证据（二维码内容、信任列表、吊销信息）。不会发送到任何地方，应用也不保留副本。',
  checker: '确认人（选填）',
  office: '所属机构（选填）',
  note: '备注（选填）',
  retention: '保存期限（选填，例如：5年）',
  minimal: '最简记录（不含出生日期和姓名；以后无法再次核验）',
  remember: '在本设备上记住确认人、所属机构和保存期限',
  make: '生成并保存PDF',
  cancel: '关闭',
  making: '正在生成确认记录…',
  savedDownload: '确认记录已保存（下载）',
  savedFolder: (folder: string) => `确认记录已保存到“${folder}”`,
  failed: '无法生成确认记录。请重试。',
  tooLong: (max: number) => `最多${max}个字符`,
  deskRecords: '前台模式下，每次确认后保存确认记录',
  deskPickFolder: '选择保存文件夹',
  deskFolder: (folder: string) => `保存位置：${folder}`,
  deskNoFolder: '保存位置：下载',
  walletChoice: '保存确认记录',
  walletChoiceNote: '读取前，会告知持有人的钱包：资格名称、姓名、登记号码和发证机关将保存在记录中。',
  walletFormIntro:
    '在本设备上将钱包确认的结果生成PDF。只保存资格名称、姓名、登记号码、发证机关和本人确认的结果。钱包的应答不会保存，因此以后无法再次核验。不会发送到任何地方，应用也不保留副本。',
  walletMinimal: '最简记录（也不含姓名）',
  walletAskAgain:
    '本次确认已告知钱包“不保存任何内容”。如需保存确认记录，需要告知将保存的项目（资格名称、姓名、登记号码、发证机关），再次用钱包确认。本人确认也需要重新进行。',
  walletAskAgainButton: '为保存记录再次用钱包确认',
};
