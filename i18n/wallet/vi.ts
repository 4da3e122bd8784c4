// The wallet presentation's texts (PROFILE §8) in Tiếng Việt; keys follow ./ja.ts. PROFILE's exact
// §8.6/§8.7 texts are ja/en; this translates them.
import type { WalletTexts } from './ja';

export const walletVi: WalletTexts = {
  dqcButton: 'Kiểm tra giấy chứng nhận trong ví điện tử',
  dqcNotice:
    'Đọc các mục đăng ký của giấy chứng nhận trong ví điện tử trên điện thoại của người sở hữu (không đọc ảnh).',
  identityTitle: 'Xác minh danh tính',
  identityButton: 'Xác minh danh tính bằng thẻ My Number trên điện thoại',
  identityNotice:
    'Các mục được đọc: chỉ họ tên và ngày sinh (không đọc thông tin nào khác trên thẻ My Number)',
  waiting: 'Vui lòng thao tác trong ví điện tử trên điện thoại…',
  cancelled: 'Chưa thực hiện kiểm tra bằng ví điện tử.',
  tryAgain: 'Kiểm tra lại bằng ví điện tử',
  notAvailable: 'Thiết bị hoặc trình duyệt này không hỗ trợ xác minh danh tính bằng ví điện tử.',
  checkByEye: 'Hãy kiểm tra giấy tờ tùy thân bằng mắt.',
  variantKanji: 'Chữ Hán dạng khác (異体字) hoặc họ cũ (旧姓) cũng có thể khiến kết quả không khớp.',
  identityMatch: 'Danh tính: khớp',
  identityName: 'Danh tính: không khớp (họ tên)',
  identityBirthDate: 'Danh tính: không khớp (ngày sinh)',
  identityBoth: 'Danh tính: không khớp (họ tên, ngày sinh)',
  identityCannotTell: (reason: string) => `Danh tính: không thể xác nhận (${reason})`,
  identityReason: {
    DQC_NOT_VALID: 'chưa xác nhận được giấy chứng nhận còn hiệu lực',
    MNC_NOT_VALID: 'không thể xác minh thẻ My Number',
    MNC_ELEMENTS_MISSING: 'không nhận được họ tên hoặc ngày sinh từ thẻ My Number',
    BIRTH_DATE_APPROXIMATE: 'thẻ My Number chỉ có ngày sinh gần đúng',
  },
  reason: {
    MALFORMED_MDOC: 'phản hồi của ví điện tử không đúng định dạng',
    DECRYPT_FAILED: 'không thể giải mã phản hồi của ví điện tử',
    NOT_PRESENTED: 'không có giấy tờ nào được xuất trình',
    DOCTYPE_NOT_REQUESTED: 'loại giấy tờ không được yêu cầu',
    DIGEST_MISMATCH: 'dữ liệu đã bị sửa đổi',
    DEVICE_AUTH_FAILED: 'xác thực thiết bị thất bại (có thể là bản sao)',
    ELEMENT_MISSING: 'các mục cần thiết chưa được xuất trình',
  },
  compareItem: 'Mục',
  compareCertificate: 'Giấy chứng nhận',
  compareCard: 'Thẻ My Number',
  compareName: 'Họ tên',
  compareBirthDate: 'Ngày sinh',
  cardResult: (headline: string) => `Thẻ My Number: ${headline}`,
  fromWallet: 'Được xuất trình từ ví điện tử trên điện thoại của người sở hữu.',
  checkResponse: 'Phản hồi của ví',
  checkDevice: 'Xác thực thiết bị',
  validUntil: 'Có hiệu lực đến',
  issuerCa: 'Nơi cấp (tổ chức chứng thực)',
};
