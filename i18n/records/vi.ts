// The verification record's texts (PROFILE §9, §8.9) in Tiếng Việt; keys follow ./ja.ts.
import type { RecordTexts } from './ja';

export const recordVi: RecordTexts = {
  saveRecord: 'Lưu biên bản kiểm tra',
  formTitle: 'Biên bản kiểm tra (PDF)',
  formIntro:
    'Tạo trên thiết bị này một tệp PDF gồm kết quả và bằng chứng đã dùng để kiểm tra (nội dung mã QR, danh sách tin cậy, thông tin thu hồi). Không gửi đi đâu cả và ứng dụng không giữ bản sao.',
  checker: 'Người kiểm tra (không bắt buộc)',
  office: 'Cơ sở (không bắt buộc)',
  note: 'Ghi chú (không bắt buộc)',
  retention: 'Thời hạn lưu (không bắt buộc, ví dụ: 5 năm)',
  minimal: 'Biên bản tối giản (không có ngày sinh và họ tên; sau này không thể kiểm tra lại)',
  remember: 'Ghi nhớ người kiểm tra, cơ sở và thời hạn lưu trên thiết bị này',
  make: 'Tạo và lưu PDF',
  cancel: 'Đóng',
  making: 'Đang tạo biên bản…',
  savedDownload: 'Đã lưu biên bản (tải xuống)',
  savedFolder: (folder: string) => `Đã lưu biên bản vào "${folder}"`,
  failed: 'Không thể tạo biên bản. Vui lòng thử lại.',
  tooLong: (max: number) => `Tối đa ${max} ký tự`,
  deskRecords: 'Chế độ quầy lễ tân: lưu biên bản sau mỗi lần kiểm tra',
  deskPickFolder: 'Chọn thư mục lưu',
  deskFolder: (folder: string) => `Nơi lưu: ${folder}`,
  deskNoFolder: 'Nơi lưu: thư mục tải xuống',
  walletChoice: 'Lưu biên bản kiểm tra',
  walletChoiceNote:
    'Trước khi đọc, ứng dụng báo cho ví điện tử của người sở hữu rằng tên chứng chỉ, họ tên, số đăng ký và cơ quan cấp sẽ được lưu trong biên bản.',
  walletFormIntro:
    'Tạo trên thiết bị này một tệp PDF về kết quả kiểm tra bằng ví điện tử. Chỉ lưu tên chứng chỉ, họ tên, số đăng ký, cơ quan cấp và kết quả xác minh danh tính. Phản hồi của ví không được lưu, nên sau này không thể kiểm tra lại. Không gửi đi đâu cả và ứng dụng không giữ bản sao.',
  walletMinimal: 'Biên bản tối giản (cũng không có họ tên)',
  walletAskAgain:
    'Lần kiểm tra này đã báo cho ví điện tử rằng sẽ không lưu gì. Để lưu biên bản, cần kiểm tra lại bằng ví và báo trước các mục sẽ được lưu (tên chứng chỉ, họ tên, số đăng ký, cơ quan cấp). Cũng phải xác minh danh tính lại.',
  walletAskAgainButton: 'Kiểm tra lại bằng ví để lưu biên bản',
};
