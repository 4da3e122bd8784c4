// Tiếng Việt: every text of the app for Vietnamese readers (many holders are care workers from
// Viet Nam). Plain, polite sentences. Keys and argument types follow ja.ts; PROFILE's exact
// headlines are ja/en, translated here.
import type { ReasonCode } from '../core/reasons';
import type { Advice, Catalogue } from './ja';
import { recordVi } from './records/vi';
import { walletVi } from './wallet/vi';

const malformed = 'nội dung mã QR không đúng';
const notEntitled = 'nơi cấp không có quyền cấp chứng chỉ này';

const reason: Record<ReasonCode, string> = {
  MALFORMED_URL: malformed,
  MALFORMED_ENCODING: malformed,
  MALFORMED_COSE: malformed,
  MALFORMED_CLAIMS: malformed,
  UNTRUSTED_HOST: 'URL không phải trang xác minh chính thức',
  UNSUPPORTED_ALG: 'kiểu chữ ký không được hỗ trợ',
  UNKNOWN_SIGNER: 'không xác định được nơi cấp',
  BAD_SIGNATURE: 'dữ liệu đã bị sửa đổi',
  ISSUER_MISMATCH: notEntitled,
  QUALIFICATION_NOT_ALLOWED: notEntitled,
  SIGNER_NOT_VALID: 'chứng thư ký không còn hiệu lực khi cấp',
  SIGNER_REVOKED: 'chứng thư ký đã bị thu hồi',
  NOT_YET_VALID: 'ngày cấp ở tương lai',
  EXPIRED: 'đã hết hạn',
  REVOKED: 'đã bị hủy bỏ',
  SUSPENDED: 'đang bị đình chỉ',
  DELETED: 'đã bị xóa',
  STATUS_UNAVAILABLE: 'không kiểm tra được thông tin thu hồi',
  TRUST_LIST_EXPIRED: 'danh sách tin cậy đã hết hạn',
  TRUST_LIST_UNAVAILABLE: 'không có danh sách tin cậy',
  CLOCK_SUSPECT: 'đồng hồ của thiết bị bị sai',
  DOCUMENT_MISMATCH: 'nội dung in trên PDF khác với dữ liệu đã ký',
  PHOTO_MISMATCH: 'ảnh trong PDF khác với dữ liệu đã ký',
};

const notValidNow = {
  employer:
    'Chứng chỉ này hiện không còn hiệu lực. Xin đừng dùng nó để quyết định tuyển dụng hay công việc; hãy liên hệ {body}.',
  holder: 'Nếu bạn không rõ lý do, xin hãy liên hệ {body}.',
};
const forged = {
  employer:
    'Có thể là giả mạo. Xin đừng dùng để quyết định; hãy yêu cầu người sở hữu đưa tệp gốc (tệp PDF đã được cấp).',
  holder: 'Xin hãy xuất trình tệp PDF đúng như khi được cấp, không chỉnh sửa hay lưu lại.',
};
const malformedAdvice: Advice = {
  meaning:
    'Không đọc được dữ liệu giấy chứng nhận từ mã QR. Mã có thể bị thiếu, là mã khác, hoặc đã bị làm lại.',
  employer: 'Xin quét lại. Nếu kết quả vẫn vậy, hãy yêu cầu tệp PDF gốc hoặc toàn bộ URL của mã QR.',
  holder: 'Xin hãy xuất trình tệp PDF đúng như khi được cấp. Khi gửi URL, hãy sao chép toàn bộ đến hết.',
};
const entitledAdvice: Advice = {
  meaning: 'Chứng chỉ này được ký bởi nơi không có quyền cấp.',
  employer: 'Xin đừng dùng để quyết định; hãy liên hệ {body}.',
  holder: 'Xin hãy liên hệ {body}.',
};
const reconnect = {
  employer: 'Xin kết nối mạng rồi kiểm tra lại.',
  holder: 'Xin nhờ người kiểm tra kết nối thiết bị với mạng rồi kiểm tra lại.',
};

const advice: Record<ReasonCode, Advice> = {
  MALFORMED_URL: malformedAdvice,
  MALFORMED_ENCODING: malformedAdvice,
  MALFORMED_COSE: malformedAdvice,
  MALFORMED_CLAIMS: malformedAdvice,
  UNTRUSTED_HOST: {
    meaning: 'URL trong mã này không phải trang xác minh chính thức. Có thể dẫn đến trang giả.',
    employer: 'Xin đừng mở trang đó và đừng dùng để quyết định; hãy yêu cầu tệp PDF gốc.',
    holder: 'Xin hãy dùng tệp PDF đã được cấp. Mã QR làm lại không dùng được.',
  },
  UNSUPPORTED_ALG: { meaning: 'Kiểu chữ ký không phải loại của giấy chứng nhận thật.', ...forged },
  UNKNOWN_SIGNER: { meaning: 'Nơi ký không có trong danh sách nơi cấp đáng tin cậy.', ...forged },
  BAD_SIGNATURE: { meaning: 'Dữ liệu đã ký đã bị thay đổi.', ...forged },
  ISSUER_MISMATCH: entitledAdvice,
  QUALIFICATION_NOT_ALLOWED: entitledAdvice,
  SIGNER_NOT_VALID: {
    meaning: 'Vào ngày cấp, chứng thư dùng để ký không còn hiệu lực.',
    employer: 'Xin đừng dùng để quyết định; hãy liên hệ {body}.',
    holder: 'Xin hãy đề nghị {body} cấp giấy chứng nhận mới.',
  },
  SIGNER_REVOKED: {
    meaning:
      'Chứng thư dùng để ký đã bị nơi cấp thu hồi; mọi giấy chứng nhận ký bằng nó đều không dùng được.',
    employer: 'Xin đừng dùng để quyết định; hãy liên hệ {body}.',
    holder: 'Xin hãy đề nghị {body} cấp giấy chứng nhận mới.',
  },
  NOT_YET_VALID: {
    meaning: 'Ngày cấp là một ngày trong tương lai.',
    employer: 'Xin kiểm tra ngày giờ của thiết bị rồi kiểm tra lại. Nếu đúng, hãy liên hệ {body}.',
    holder: 'Xin hãy liên hệ {body}.',
  },
  EXPIRED: {
    meaning: 'Giấy chứng nhận này đã quá hạn sử dụng.',
    employer: 'Xin yêu cầu người sở hữu đưa giấy chứng nhận mới được cấp.',
    holder: 'Xin hãy nhận giấy chứng nhận mới từ {body} và xuất trình giấy đó.',
  },
  REVOKED: { meaning: 'Chứng chỉ này đã bị hủy bỏ.', ...notValidNow },
  SUSPENDED: { meaning: 'Chứng chỉ này đang bị đình chỉ.', ...notValidNow },
  DELETED: { meaning: 'Đăng ký của chứng chỉ này đã bị xóa.', ...notValidNow },
  STATUS_UNAVAILABLE: {
    meaning:
      'Chưa kiểm tra được chứng chỉ có bị hủy hay đình chỉ không, nên việc kiểm tra chưa xong (không có nghĩa là không hợp lệ).',
    ...reconnect,
  },
  TRUST_LIST_EXPIRED: {
    meaning: 'Danh sách nơi cấp đáng tin cậy (danh sách tin cậy) lưu trên thiết bị này đã hết hạn.',
    employer: 'Xin kết nối mạng, mở lại ứng dụng rồi kiểm tra lại.',
    holder: reconnect.holder,
  },
  TRUST_LIST_UNAVAILABLE: {
    meaning:
      'Thiết bị này không có danh sách nơi cấp đáng tin cậy (danh sách tin cậy) nên không thể xác nhận.',
    employer: 'Xin kết nối mạng, mở lại ứng dụng rồi kiểm tra lại.',
    holder: reconnect.holder,
  },
  CLOCK_SUSPECT: {
    meaning: 'Đồng hồ của thiết bị này bị sai nên không thể kiểm tra chính xác.',
    employer: 'Xin chỉnh đúng ngày giờ của thiết bị (bật chế độ tự động) rồi kiểm tra lại.',
    holder: 'Xin nhờ người kiểm tra chỉnh lại đồng hồ thiết bị rồi kiểm tra lại.',
  },
  DOCUMENT_MISMATCH: {
    meaning: 'Dữ liệu đã ký trong mã QR là thật, nhưng nội dung in trên PDF khác với dữ liệu đó.',
    employer:
      'Xin dựa vào “nội dung đúng (dữ liệu đã ký)”, không dựa vào PDF. Hãy hỏi người sở hữu về thay đổi và yêu cầu tệp PDF gốc.',
    holder: 'Xin hãy gửi tệp PDF đúng như khi được cấp, không chỉnh sửa.',
  },
  PHOTO_MISMATCH: {
    meaning: 'Ảnh trong PDF không phải ảnh đã ký. Ảnh có thể đã bị thay.',
    employer: 'Xin kiểm tra giấy tờ tùy thân để xác nhận đúng người, và yêu cầu tệp PDF gốc.',
    holder: 'Xin hãy gửi tệp PDF đúng như khi được cấp, không chỉnh sửa.',
  },
};

export const vi: Catalogue = {
  appName: 'Kiểm tra chứng nhận',
  appTagline: 'Kiểm tra mã QR của giấy chứng nhận chứng chỉ điện tử',
  privacyLine: (host: string) =>
    `Dịch vụ do ${host} cung cấp. Việc kiểm tra diễn ra trên thiết bị này; nội dung giấy chứng nhận không được gửi đi đâu.`,
  colon: ': ',
  sentenceJoin: ' ',
  skipToMain: 'Đến nội dung chính',
  navSettings: 'Cài đặt',
  language: 'Ngôn ngữ',
  scanCamera: 'Quét bằng camera',
  scanFile: 'Chọn ảnh hoặc PDF',
  dropHint: 'Bạn có thể thả ảnh hoặc PDF vào đây',
  pasteLabel: 'Dán URL trang xác minh',
  pastePlaceholder: 'https://…/w/?c=…',
  pasteSubmit: 'Kiểm tra',
  pasteEmpty: 'Xin nhập URL',
  pasteNotUrl: 'Đây có vẻ không phải URL. Xin dán URL trang xác minh bắt đầu bằng https://.',
  deskMode: 'Chế độ quầy lễ tân',
  deskModeHint:
    'Quét liên tục. Kết quả hợp lệ tự quay lại camera; kết quả khác giữ nguyên cho đến khi chạm màn hình',
  deskExit: 'Thoát chế độ quầy',
  deskCount: (n: number) => `Đã kiểm tra ${n}`,
  deskTapToContinue: 'Chạm màn hình để sang người tiếp theo',
  returningIn: (s: number) => `Quay lại camera sau ${s} giây`,
  online: 'Trực tuyến',
  offline: 'Ngoại tuyến',
  statusReady: (age: string, until: string) => `Thông tin thu hồi: từ ${age} (dùng được đến ${until})`,
  statusExpiresSoon: (until: string) =>
    `Thông tin thu hồi sắp hết hạn (${until}). Xin kết nối mạng để cập nhật.`,
  statusExpired: (when: string) => `Thông tin thu hồi: đã hết hạn (${when}). Xin kết nối mạng để cập nhật.`,
  statusMissing: 'Thông tin thu hồi: chưa tải. Xin kết nối mạng.',
  scanning: 'Xin đưa mã QR vào trong khung',
  sameCodeIgnored: 'Mã này đã được kiểm tra. Xin đưa mã QR của người tiếp theo',
  cameraStarting: 'Đang mở camera…',
  cameraDenied: 'Không dùng được camera. Xin cho phép camera trong trình duyệt, hoặc chọn ảnh hay PDF.',
  cameraNone: 'Không tìm thấy camera trên thiết bị này. Xin chọn ảnh hoặc PDF.',
  cameraHelp: 'Không đọc được? Xin đưa mã lại gần cho đầy khung, tránh chói sáng và làm phẳng giấy.',
  cameraStop: 'Dừng quét',
  cameraSwitch: 'Đổi camera',
  torchOn: 'Bật đèn',
  torchOff: 'Tắt đèn',
  zoom: 'Thu phóng',
  cameraNotCertificate: 'Đây không phải mã QR của giấy chứng nhận. Xin đưa mã QR của giấy chứng nhận',
  decoding: 'Đang tìm mã QR…',
  noCodeFound: 'Không tìm thấy mã QR trong ảnh. Xin chọn ảnh có toàn bộ mã QR, hoặc tệp PDF đã được cấp.',
  notCertificateUrl:
    'Đây không phải URL xác minh giấy chứng nhận. Xin sao chép toàn bộ URL từ mã QR, đến hết, rồi dán vào.',
  notCertificateImage:
    'Mã QR trong ảnh này không phải của giấy chứng nhận. Xin chọn ảnh mã QR của giấy chứng nhận, hoặc tệp PDF đã được cấp.',
  notCertificatePdf:
    'Mã QR trong PDF này không phải của giấy chứng nhận. Xin chọn tệp PDF đúng như khi được cấp.',
  notCertificateText: 'Tệp này không có URL xác minh. Xin chọn tệp PDF đúng như khi được cấp.',
  fileTooLarge: 'Tệp quá lớn (tối đa 20 MB). Xin chọn tệp PDF đúng như khi được cấp.',
  fileUnsupported:
    'Không đọc được loại tệp này. Xin chọn tệp PDF đã được cấp, hoặc ảnh mã QR (PNG, JPEG, WebP, GIF).',
  fileUnreadable: 'Không đọc được ảnh (tệp bị hỏng hoặc không phải PNG, JPEG, WebP, GIF)',
  imageTooManyPixels: 'Ảnh có quá nhiều điểm ảnh (tối đa 40 megapixel)',
  svgUnsupported: 'Không đọc được ảnh SVG (xin chọn PNG hoặc PDF)',
  textNoUrl: 'Không có URL trong văn bản này (mỗi dòng một URL bắt đầu bằng https://)',
  pdfTooMuchWork: 'Đã dừng: PDF này cần xử lý quá nhiều. Xin chọn tệp PDF đúng như khi được cấp.',
  pdfEncrypted: 'Không đọc được PDF có mật khẩu. Xin chọn tệp PDF đúng như khi được cấp.',
  pdfTooManyPages: 'Quá nhiều trang (tối đa 50 trang)',
  pdfCorrupt: 'PDF bị hỏng, không đọc được. Xin chọn tệp PDF đúng như khi được cấp.',
  pdfTimeout: 'Đọc PDF quá lâu nên đã dừng',
  noCodeInPdf: 'Không tìm thấy mã QR trong PDF. Xin chọn tệp PDF giấy chứng nhận đã được cấp.',
  fileEmpty: 'Tệp trống (0 byte)',
  pdfPages: (done: number, all: number) => `Đang đọc PDF (trang ${done}/${all})`,
  pdfSearching: (done: number, all: number) => `Đang tìm kỹ mã QR (trang ${done}/${all})`,
  verifying: 'Đang kiểm tra…',
  verdictWord: { valid: 'Hợp lệ', invalid: 'Không hợp lệ', indeterminate: 'Chưa thể xác nhận' },
  wrapReason: (r: string) => ` (${r})`,
  reason,
  advice,
  bodyNamed: (name: string) => `cơ quan cấp (${name})`,
  bodyUnknown: 'cơ quan đã cấp giấy chứng nhận',
  forEmployer: 'Dành cho người kiểm tra',
  forHolder: 'Dành cho người sở hữu',
  validMeaning: 'Dữ liệu giấy chứng nhận là thật và hiện đang có hiệu lực.',
  identityReminder:
    'Xin luôn kiểm tra giấy tờ tùy thân (thẻ cư trú, bằng lái xe…) để xác nhận đúng là người sở hữu.',
  pdfSendOk: 'Bạn có thể gửi tệp PDF này như hiện tại.',
  pdfDoNotSend: 'Không dùng được tệp PDF này.',
  pdfNotYet: 'Việc kiểm tra tệp PDF này chưa xong.',
  documentTitle: 'Chỗ PDF khác với dữ liệu đã ký',
  pdfPrinted: 'PDF ghi',
  pdfSigned: 'Nội dung đúng (dữ liệu đã ký)',
  pdfPrintedUnknown: '(nội dung khác với dữ liệu đã ký)',
  photoDiffers: 'Ảnh trong PDF không phải ảnh đã ký',
  checksTitle: 'Các mục kiểm tra',
  checksMore: 'Chi tiết (mục chưa kiểm tra)',
  checkCode: 'Mã QR',
  checkIssuer: 'Nơi cấp',
  checkSignature: 'Chữ ký (sửa đổi)',
  checkTime: 'Thời hạn',
  checkStatus: 'Hủy bỏ / đình chỉ',
  checkTrust: 'Danh sách tin cậy, đồng hồ',
  checkDocument: 'Nội dung in trên PDF',
  checkPass: 'Không có vấn đề',
  checkFail: 'Có vấn đề',
  checkSkipped: 'Chưa kiểm tra',
  itemsTitle: 'Nội dung đăng ký',
  itemQualification: '① Tên chứng chỉ',
  itemName: '② Họ tên',
  itemKana: 'Họ tên (kana)',
  itemBirth: '③ Ngày sinh',
  itemNumber: '④ Số đăng ký',
  itemRegDate: '⑤ Ngày đăng ký',
  itemBody: '⑦ Cơ quan cấp',
  itemPhoto: '⑧ Ảnh',
  photoSigned: 'Ảnh cũng được ký: kiểm tra tệp PDF đã được cấp sẽ biết ảnh có bị thay hay không.',
  photoMatches: 'Ảnh trong PDF đúng là ảnh đã ký. Xin so với khuôn mặt của người đó.',
  itemOther: '⑨ Mục khác',
  aboutTitle: 'Về giấy chứng nhận này',
  itemIssuedAt: 'Ngày phát hành',
  itemGrantDate: 'Ngày cấp chứng chỉ',
  verifiedIssuer: 'Nơi cấp (người ký)',
  noItemSix: 'Mục ⑥ chính là mã QR này.',
  registrationNumber: (n: string) => `Số ${n}`,
  statusAsOf: (when: string) => `Thông tin thu hồi tại thời điểm ${when}`,
  statusAge: (age: string) => ` (${age})`,
  statusNone: 'Thông tin thu hồi: chưa tải',
  ageMinutes: (m: number) =>
    m < 1
      ? 'vừa xong'
      : m < 60
        ? `${m} phút trước`
        : m < 1440
          ? `${Math.floor(m / 60)} giờ trước`
          : `${Math.floor(m / 1440)} ngày trước`,
  offlineNote: 'Ngoại tuyến: đã kiểm tra bằng danh sách tin cậy và thông tin thu hồi đã lưu.',
  offlineNoteNoStatus:
    'Ngoại tuyến: đã kiểm tra bằng danh sách tin cậy đã lưu. Không có thông tin thu hồi dùng được cho giấy chứng nhận này, nên chưa kiểm tra việc hủy bỏ hay đình chỉ.',
  offlineNoteTrustOnly: 'Ngoại tuyến: đã kiểm tra bằng danh sách tin cậy đã lưu.',
  offlineNoteBare: 'Ngoại tuyến.',
  unansweredNote: 'Mạng không phản hồi: đã kiểm tra bằng thông tin thu hồi đã lưu.',
  clockWarning: 'Đồng hồ của thiết bị này có thể bị sai. Xin kiểm tra cài đặt thời gian.',
  printRecord: 'In hoặc lưu biên bản',
  recordTitle: 'Biên bản kiểm tra giấy chứng nhận',
  recordCheckedAt: 'Thời điểm kiểm tra',
  recordApp: (name: string, host: string) => `Ứng dụng đã dùng: ${name} (${host})`,
  scanAnother: 'Kiểm tra tiếp',
  backHome: 'Về màn hình đầu',
  codesFound: (n: number) => `Tìm thấy ${n} mã QR`,
  updateAvailable: 'Có phiên bản mới',
  updateApply: 'Cập nhật',
  settingsTitle: 'Cài đặt',
  trustTitle: 'Danh sách tin cậy (các nơi cấp đáng tin cậy)',
  trustVersion: 'Phiên bản',
  trustFetchedAt: 'Thời điểm tải',
  trustExpires: 'Hết hạn',
  trustSource: 'Nguồn',
  trustSourceNetwork: 'Mạng',
  trustSourceBundled: 'Có sẵn trong ứng dụng',
  trustNone: 'Không có danh sách tin cậy',
  statusTitle: 'Thông tin thu hồi (danh sách hủy bỏ, đình chỉ)',
  statusListUri: 'Danh sách',
  statusListIssued: 'Tại thời điểm',
  statusListFetched: 'Thời điểm tải',
  statusListExpires: 'Hết hạn',
  prepareOffline: 'Chuẩn bị dùng ngoại tuyến',
  preparing: 'Đang tải…',
  prepared: (ok: number, all: number) => `Đã tải ${ok}/${all} danh sách thông tin thu hồi`,
  prepareWhy: {
    offline: 'Thiết bị đang ngoại tuyến nên không tải được. Xin kết nối mạng.',
    noAnswer: 'Máy chủ không phản hồi. Xin thử lại sau.',
    rejected: 'Không xác minh được dữ liệu nhận về nên đã không dùng.',
    noList: 'Không có danh sách tin cậy nên không tải được.',
  },
  deskSettings: 'Chế độ quầy lễ tân',
  deskReturnAfter: 'Số giây hiển thị kết quả hợp lệ trước khi quay lại camera',
  deskSound: 'Báo bằng âm thanh',
  deskVibrate: 'Báo bằng rung',
  logTitle: 'Nhật ký kiểm tra (chỉ trên thiết bị này)',
  logEnable: 'Ghi nhật ký kiểm tra (chỉ thời gian, kết quả và mã băm của mã định danh)',
  logRetention: 'Số ngày lưu',
  logCount: (n: number) => `${n} mục`,
  logClear: 'Xóa nhật ký',
  logClearConfirm: (n: number) => `Xóa toàn bộ ${n} mục nhật ký?`,
  logClearYes: 'Xóa',
  logClearNo: 'Hủy',
  logCleared: 'Đã xóa nhật ký',
  logExport: 'Lưu dạng CSV',
  clockTitle: 'Đồng hồ thiết bị',
  clockOk: 'Không bị lệch',
  clockSkew: (s: number) => `Lệch so với máy chủ ${s} giây`,
  clockUnknown: 'Chưa kiểm tra (chưa nhận được giờ của máy chủ)',
  never: '—',
  close: 'Đóng',
  csvHeader: ['Ngày', 'Giờ (giờ Nhật)', 'Kết quả', 'Lý do', 'Mã lý do', 'Mã băm định danh'],
  csvVerdict: { valid: 'Hợp lệ', invalid: 'Không hợp lệ', indeterminate: 'Chưa thể xác nhận' },
  printQuality: 'In ra có đọc được không?',
  printModule: (mm: string, min: number) => `Kích thước chấm của mã ${mm} mm (nên từ ${min} mm trở lên)`,
  printQuiet: (n: number, min: number) => `Lề trắng quanh mã: ${n} chấm (cần từ ${min} trở lên)`,
  printContrast: (pct: number) => `Độ tương phản đen trắng ${pct}%`,
  printOk: 'Khi in ra có thể đọc được (in ở 100 %, không phóng to thu nhỏ).',
  printNotOk: 'Khi in ra có thể không đọc được. Xin in ở 100 % với chất lượng cao.',
  /** The wallet presentation's texts (PROFILE §8), from i18n/wallet/. */
  wallet: walletVi,
  /** The verification record's texts (PROFILE §9, §8.9), from i18n/records/. */
  record: recordVi,
};
