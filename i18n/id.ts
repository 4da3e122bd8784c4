// Bahasa Indonesia: every text of the app for Indonesian readers (many holders are care workers
// from Indonesia). Plain, polite sentences. Keys and argument types follow ja.ts; PROFILE's exact
// headlines are ja/en, translated here.
import type { ReasonCode } from '../core/reasons';
import type { Advice, Catalogue } from './ja';
import { recordId } from './records/id';
import { walletId } from './wallet/id';

const malformed = 'isi kode QR tidak benar';
const notEntitled = 'penerbit tidak berwenang menerbitkan ini';

const reason: Record<ReasonCode, string> = {
  MALFORMED_URL: malformed,
  MALFORMED_ENCODING: malformed,
  MALFORMED_COSE: malformed,
  MALFORMED_CLAIMS: malformed,
  UNTRUSTED_HOST: 'URL bukan situs verifikasi resmi',
  UNSUPPORTED_ALG: 'jenis tanda tangan tidak didukung',
  UNKNOWN_SIGNER: 'penerbit tidak dikenal',
  BAD_SIGNATURE: 'data telah diubah',
  ISSUER_MISMATCH: notEntitled,
  QUALIFICATION_NOT_ALLOWED: notEntitled,
  SIGNER_NOT_VALID: 'sertifikat penanda tangan tidak berlaku saat diterbitkan',
  SIGNER_REVOKED: 'sertifikat penanda tangan telah dicabut',
  NOT_YET_VALID: 'tanggal terbit di masa depan',
  EXPIRED: 'sudah kedaluwarsa',
  REVOKED: 'telah dicabut',
  SUSPENDED: 'sedang ditangguhkan',
  DELETED: 'telah dihapus',
  STATUS_UNAVAILABLE: 'status pencabutan tidak dapat diperiksa',
  TRUST_LIST_EXPIRED: 'daftar tepercaya kedaluwarsa',
  TRUST_LIST_UNAVAILABLE: 'daftar tepercaya tidak tersedia',
  CLOCK_SUSPECT: 'jam perangkat salah',
  DOCUMENT_MISMATCH: 'isi cetakan PDF berbeda dari data yang ditandatangani',
  PHOTO_MISMATCH: 'foto di PDF berbeda dari data yang ditandatangani',
};

const notValidNow = {
  employer:
    'Kualifikasi ini tidak berlaku saat ini. Jangan gunakan untuk keputusan perekrutan atau pekerjaan; hubungi {body}.',
  holder: 'Jika Anda tidak tahu alasannya, silakan hubungi {body}.',
};
const forged = {
  employer:
    'Mungkin dipalsukan. Jangan gunakan untuk keputusan; mintalah berkas asli (PDF sebagaimana diterbitkan) kepada pemegangnya.',
  holder: 'Tunjukkan PDF persis seperti saat diterbitkan, tanpa diedit atau disimpan ulang.',
};
const malformedAdvice: Advice = {
  meaning:
    'Data sertifikat tidak dapat dibaca dari kode QR. Kode mungkin tidak lengkap, kode lain, atau dibuat ulang.',
  employer: 'Pindai sekali lagi. Jika hasilnya sama, mintalah PDF asli atau seluruh URL dari kode QR.',
  holder: 'Tunjukkan PDF sebagaimana diterbitkan. Saat mengirim URL, salin seluruhnya sampai akhir.',
};
const entitledAdvice: Advice = {
  meaning: 'Ditandatangani oleh penerbit yang tidak berwenang menerbitkan kualifikasi ini.',
  employer: 'Jangan gunakan untuk keputusan; hubungi {body}.',
  holder: 'Silakan hubungi {body}.',
};
const reconnect = {
  employer: 'Sambungkan ke jaringan, lalu periksa lagi.',
  holder: 'Mintalah pemeriksa menyambungkan perangkatnya ke jaringan, lalu memeriksa lagi.',
};

const advice: Record<ReasonCode, Advice> = {
  MALFORMED_URL: malformedAdvice,
  MALFORMED_ENCODING: malformedAdvice,
  MALFORMED_COSE: malformedAdvice,
  MALFORMED_CLAIMS: malformedAdvice,
  UNTRUSTED_HOST: {
    meaning: 'URL dalam kode ini bukan situs verifikasi resmi. Mungkin mengarah ke halaman palsu.',
    employer: 'Jangan buka halaman itu dan jangan gunakan untuk keputusan; mintalah PDF asli.',
    holder: 'Gunakan PDF sebagaimana diterbitkan. Kode QR yang dibuat ulang tidak dapat dipakai.',
  },
  UNSUPPORTED_ALG: { meaning: 'Jenis tanda tangan bukan jenis yang dipakai sertifikat asli.', ...forged },
  UNKNOWN_SIGNER: { meaning: 'Penanda tangan tidak ada dalam daftar penerbit tepercaya.', ...forged },
  BAD_SIGNATURE: { meaning: 'Data yang ditandatangani telah diubah.', ...forged },
  ISSUER_MISMATCH: entitledAdvice,
  QUALIFICATION_NOT_ALLOWED: entitledAdvice,
  SIGNER_NOT_VALID: {
    meaning: 'Pada tanggal terbit, sertifikat penanda tangan tidak berlaku.',
    employer: 'Jangan gunakan untuk keputusan; hubungi {body}.',
    holder: 'Mintalah {body} menerbitkan sertifikat baru.',
  },
  SIGNER_REVOKED: {
    meaning:
      'Penerbit telah mencabut sertifikat penanda tangan; semua yang ditandatangani dengannya tidak dapat dipakai.',
    employer: 'Jangan gunakan untuk keputusan; hubungi {body}.',
    holder: 'Mintalah {body} menerbitkan sertifikat baru.',
  },
  NOT_YET_VALID: {
    meaning: 'Tanggal terbitnya ada di masa depan.',
    employer:
      'Periksa apakah tanggal dan jam perangkat ini benar, lalu periksa lagi. Jika benar, hubungi {body}.',
    holder: 'Silakan hubungi {body}.',
  },
  EXPIRED: {
    meaning: 'Sertifikat ini sudah melewati tanggal kedaluwarsa.',
    employer: 'Mintalah sertifikat yang baru diterbitkan kepada pemegangnya.',
    holder: 'Dapatkan sertifikat baru dari {body}, lalu tunjukkan sertifikat itu.',
  },
  REVOKED: { meaning: 'Kualifikasi ini telah dicabut.', ...notValidNow },
  SUSPENDED: { meaning: 'Kualifikasi ini sedang ditangguhkan.', ...notValidNow },
  DELETED: { meaning: 'Pendaftaran kualifikasi ini telah dihapus.', ...notValidNow },
  STATUS_UNAVAILABLE: {
    meaning:
      'Belum dapat diperiksa apakah dicabut atau ditangguhkan, jadi pemeriksaan belum selesai (bukan berarti tidak sah).',
    ...reconnect,
  },
  TRUST_LIST_EXPIRED: {
    meaning: 'Daftar penerbit tepercaya (daftar tepercaya) di perangkat ini sudah kedaluwarsa.',
    employer: 'Sambungkan ke jaringan, buka ulang aplikasi, lalu periksa lagi.',
    holder: reconnect.holder,
  },
  TRUST_LIST_UNAVAILABLE: {
    meaning:
      'Perangkat ini tidak memiliki daftar penerbit tepercaya (daftar tepercaya), jadi tidak dapat memastikan.',
    employer: 'Sambungkan ke jaringan, buka ulang aplikasi, lalu periksa lagi.',
    holder: reconnect.holder,
  },
  CLOCK_SUSPECT: {
    meaning: 'Jam perangkat ini salah, jadi pemeriksaan tidak dapat diandalkan.',
    employer: 'Atur tanggal dan jam perangkat dengan benar (aktifkan waktu otomatis), lalu periksa lagi.',
    holder: 'Mintalah pemeriksa membetulkan jam perangkatnya, lalu memeriksa lagi.',
  },
  DOCUMENT_MISMATCH: {
    meaning: 'Data bertanda tangan di kode QR asli, tetapi isi cetakan PDF berbeda darinya.',
    employer:
      'Gunakan “isi yang benar (data bertanda tangan)”, bukan PDF. Tanyakan perubahan itu kepada pemegang dan mintalah PDF asli.',
    holder: 'Kirimkan PDF persis seperti saat diterbitkan, tanpa diedit.',
  },
  PHOTO_MISMATCH: {
    meaning: 'Foto di PDF bukan foto yang ditandatangani. Foto mungkin telah diganti.',
    employer: 'Periksa dokumen identitas untuk memastikan orangnya, dan mintalah PDF asli.',
    holder: 'Kirimkan PDF persis seperti saat diterbitkan, tanpa diedit.',
  },
};

export const id: Catalogue = {
  appName: 'Cek sertifikat',
  appTagline: 'Memeriksa kode QR sertifikat kualifikasi digital',
  privacyLine: (host: string) =>
    `Disediakan oleh ${host}. Pemeriksaan berjalan di perangkat ini; isi sertifikat tidak dikirim ke mana pun.`,
  colon: ': ',
  sentenceJoin: ' ',
  skipToMain: 'Langsung ke isi',
  navSettings: 'Pengaturan',
  language: 'Bahasa',
  scanCamera: 'Pindai dengan kamera',
  scanFile: 'Pilih gambar atau PDF',
  dropHint: 'Anda dapat meletakkan gambar atau PDF di sini',
  pasteLabel: 'Tempel URL verifikasi',
  pastePlaceholder: 'https://…/w/?c=…',
  pasteSubmit: 'Periksa',
  pasteEmpty: 'Silakan masukkan URL',
  pasteNotUrl: 'Ini sepertinya bukan URL. Tempel URL verifikasi yang diawali https://.',
  deskMode: 'Mode meja resepsionis',
  deskModeHint:
    'Memindai terus-menerus. Hasil sah kembali ke kamera sendiri; hasil lain tetap tampil sampai layar disentuh',
  deskExit: 'Keluar dari mode meja',
  deskCount: (n: number) => `${n} diperiksa`,
  deskTapToContinue: 'Sentuh layar untuk orang berikutnya',
  returningIn: (s: number) => `Kembali ke kamera dalam ${s} detik`,
  online: 'Daring',
  offline: 'Luring',
  statusReady: (age: string, until: string) => `Data pencabutan: dari ${age} (dapat dipakai sampai ${until})`,
  statusExpiresSoon: (until: string) =>
    `Data pencabutan segera kedaluwarsa (${until}). Sambungkan ke jaringan untuk memperbarui.`,
  statusExpired: (when: string) =>
    `Data pencabutan: kedaluwarsa (${when}). Sambungkan ke jaringan untuk memperbarui.`,
  statusMissing: 'Data pencabutan: belum diambil. Sambungkan ke jaringan.',
  scanning: 'Arahkan kode QR ke dalam bingkai',
  sameCodeIgnored: 'Sudah diperiksa. Arahkan kode QR orang berikutnya',
  cameraStarting: 'Menyalakan kamera…',
  cameraDenied: 'Kamera tidak dapat dipakai. Izinkan kamera di peramban, atau pilih gambar atau PDF.',
  cameraNone: 'Tidak ada kamera di perangkat ini. Pilih gambar atau PDF.',
  cameraHelp:
    'Tidak terbaca? Dekatkan kode sampai memenuhi bingkai, hindari pantulan cahaya, dan ratakan kertasnya.',
  cameraStop: 'Berhenti memindai',
  cameraSwitch: 'Ganti kamera',
  torchOn: 'Nyalakan lampu',
  torchOff: 'Matikan lampu',
  zoom: 'Zoom',
  cameraNotCertificate: 'Ini bukan kode QR sertifikat. Arahkan kode QR sertifikat kualifikasi',
  decoding: 'Mencari kode QR…',
  noCodeFound:
    'Tidak ada kode QR di gambar. Pilih gambar yang memuat seluruh kode QR, atau PDF sebagaimana diterbitkan.',
  notCertificateUrl:
    'Ini bukan URL verifikasi sertifikat. Salin seluruh URL dari kode QR sampai akhir, lalu tempel.',
  notCertificateImage:
    'Kode QR di gambar ini bukan milik sertifikat. Pilih gambar kode QR sertifikat, atau PDF sebagaimana diterbitkan.',
  notCertificatePdf:
    'Kode QR di PDF ini bukan milik sertifikat. Pilih PDF sertifikat sebagaimana diterbitkan.',
  notCertificateText: 'Berkas ini tidak memuat URL verifikasi. Pilih PDF sertifikat sebagaimana diterbitkan.',
  fileTooLarge: 'Berkas terlalu besar (maksimal 20 MB). Pilih PDF sertifikat sebagaimana diterbitkan.',
  fileUnsupported:
    'Jenis berkas ini tidak dapat dibaca. Pilih PDF sertifikat, atau gambar kode QR (PNG, JPEG, WebP, GIF).',
  fileUnreadable: 'Gambar tidak dapat dibaca (berkas rusak atau bukan PNG, JPEG, WebP, GIF)',
  imageTooManyPixels: 'Gambar terlalu banyak piksel (maksimal 40 megapiksel)',
  svgUnsupported: 'Gambar SVG tidak dapat dibaca (pilih PNG atau PDF)',
  textNoUrl: 'Tidak ada URL dalam teks ini (satu URL yang diawali https:// per baris)',
  pdfTooMuchWork: 'Dihentikan: PDF ini terlalu berat dibaca. Pilih PDF sertifikat sebagaimana diterbitkan.',
  pdfEncrypted: 'PDF berkata sandi tidak dapat dibaca. Pilih PDF sertifikat sebagaimana diterbitkan.',
  pdfTooManyPages: 'Terlalu banyak halaman (maksimal 50)',
  pdfCorrupt: 'PDF rusak dan tidak dapat dibaca. Pilih PDF sertifikat sebagaimana diterbitkan.',
  pdfTimeout: 'Membaca PDF terlalu lama sehingga dihentikan',
  noCodeInPdf: 'Tidak ada kode QR di PDF. Pilih PDF sertifikat kualifikasi digital sebagaimana diterbitkan.',
  fileEmpty: 'Berkas kosong (0 bita)',
  pdfPages: (done: number, all: number) => `Membaca PDF (halaman ${done} dari ${all})`,
  pdfSearching: (done: number, all: number) => `Mencari kode QR dengan teliti (halaman ${done} dari ${all})`,
  verifying: 'Memeriksa…',
  verdictWord: { valid: 'Sah', invalid: 'Tidak sah', indeterminate: 'Belum dapat dipastikan' },
  wrapReason: (r: string) => ` (${r})`,
  reason,
  advice,
  bodyNamed: (name: string) => `instansi penerbit (${name})`,
  bodyUnknown: 'instansi yang menerbitkan sertifikat',
  forEmployer: 'Untuk pemeriksa',
  forHolder: 'Untuk pemegang sertifikat',
  validMeaning: 'Data sertifikat asli dan berlaku saat ini.',
  identityReminder:
    'Selalu periksa dokumen identitas (kartu izin tinggal, SIM, dll.) untuk memastikan orang itu adalah pemegangnya.',
  pdfSendOk: 'PDF ini dapat dikirim apa adanya.',
  pdfDoNotSend: 'PDF ini tidak dapat dipakai.',
  pdfNotYet: 'Pemeriksaan PDF ini belum selesai.',
  documentTitle: 'Bagian PDF yang berbeda dari data bertanda tangan',
  pdfPrinted: 'Tertulis di PDF',
  pdfSigned: 'Isi yang benar (data bertanda tangan)',
  pdfPrintedUnknown: '(berbeda dari data bertanda tangan)',
  photoDiffers: 'Foto di PDF bukan foto yang ditandatangani',
  checksTitle: 'Pemeriksaan',
  checksMore: 'Detail (yang tidak diperiksa)',
  checkCode: 'Kode QR',
  checkIssuer: 'Penerbit',
  checkSignature: 'Tanda tangan (perubahan)',
  checkTime: 'Masa berlaku',
  checkStatus: 'Dicabut / ditangguhkan',
  checkTrust: 'Daftar tepercaya, jam',
  checkDocument: 'Isi cetakan PDF',
  checkPass: 'Tidak ada masalah',
  checkFail: 'Ada masalah',
  checkSkipped: 'Tidak diperiksa',
  itemsTitle: 'Data terdaftar',
  itemQualification: '① Nama kualifikasi',
  itemName: '② Nama',
  itemKana: 'Nama (kana)',
  itemBirth: '③ Tanggal lahir',
  itemNumber: '④ Nomor registrasi',
  itemRegDate: '⑤ Tanggal registrasi',
  itemBody: '⑦ Instansi penerbit',
  itemPhoto: '⑧ Foto',
  photoSigned: 'Foto juga ditandatangani: memeriksa PDF asli menunjukkan apakah fotonya diganti.',
  photoMatches: 'Foto di PDF adalah foto yang ditandatangani. Bandingkan dengan wajah orangnya.',
  itemOther: '⑨ Data lain',
  aboutTitle: 'Tentang sertifikat ini',
  itemIssuedAt: 'Tanggal terbit',
  itemGrantDate: 'Tanggal pemberian kualifikasi',
  verifiedIssuer: 'Penerbit (penanda tangan)',
  noItemSix: 'Butir ⑥ adalah kode QR ini sendiri.',
  registrationNumber: (n: string) => `No. ${n}`,
  statusAsOf: (when: string) => `Status per ${when}`,
  statusAge: (age: string) => ` (${age})`,
  statusNone: 'Status: belum diambil',
  ageMinutes: (m: number) =>
    m < 1
      ? 'baru saja'
      : m < 60
        ? `${m} menit lalu`
        : m < 1440
          ? `${Math.floor(m / 60)} jam lalu`
          : `${Math.floor(m / 1440)} hari lalu`,
  offlineNote: 'Luring: diperiksa dengan daftar tepercaya dan data pencabutan yang tersimpan.',
  offlineNoteNoStatus:
    'Luring: diperiksa dengan daftar tepercaya yang tersimpan. Tidak ada data pencabutan yang dapat dipakai untuk sertifikat ini, jadi pencabutan dan penangguhan belum diperiksa.',
  offlineNoteTrustOnly: 'Luring: diperiksa dengan daftar tepercaya yang tersimpan.',
  offlineNoteBare: 'Luring.',
  unansweredNote: 'Jaringan tidak menjawab: diperiksa dengan data pencabutan yang tersimpan.',
  clockWarning: 'Jam perangkat ini mungkin salah. Periksa pengaturan waktu.',
  printRecord: 'Cetak atau simpan catatan',
  recordTitle: 'Catatan pemeriksaan sertifikat kualifikasi',
  recordCheckedAt: 'Waktu pemeriksaan',
  recordApp: (name: string, host: string) => `Diperiksa dengan: ${name} (${host})`,
  scanAnother: 'Periksa yang lain',
  backHome: 'Kembali ke awal',
  codesFound: (n: number) => `${n} kode QR ditemukan`,
  updateAvailable: 'Versi baru tersedia',
  updateApply: 'Perbarui',
  settingsTitle: 'Pengaturan',
  trustTitle: 'Daftar tepercaya (penerbit yang tepercaya)',
  trustVersion: 'Edisi',
  trustFetchedAt: 'Diambil pada',
  trustExpires: 'Kedaluwarsa',
  trustSource: 'Sumber',
  trustSourceNetwork: 'Jaringan',
  trustSourceBundled: 'Bawaan aplikasi',
  trustNone: 'Tidak ada daftar tepercaya',
  statusTitle: 'Data pencabutan (sertifikat dicabut dan ditangguhkan)',
  statusListUri: 'Daftar',
  statusListIssued: 'Per',
  statusListFetched: 'Diambil pada',
  statusListExpires: 'Kedaluwarsa',
  prepareOffline: 'Siapkan untuk luring',
  preparing: 'Mengambil…',
  prepared: (ok: number, all: number) => `${ok} dari ${all} daftar pencabutan berhasil diambil`,
  prepareWhy: {
    offline: 'Perangkat sedang luring, jadi tidak ada yang diambil. Sambungkan ke jaringan.',
    noAnswer: 'Server tidak menjawab. Silakan coba lagi nanti.',
    rejected: 'Data yang diterima tidak dapat diverifikasi, jadi tidak dipakai.',
    noList: 'Tidak ada daftar tepercaya, jadi tidak ada yang dapat diambil.',
  },
  deskSettings: 'Mode meja',
  deskReturnAfter: 'Detik hasil sah tampil sebelum kembali ke kamera',
  deskSound: 'Suara',
  deskVibrate: 'Getar',
  logTitle: 'Log pemeriksaan (hanya di perangkat ini)',
  logEnable: 'Simpan log pemeriksaan (hanya waktu, hasil, dan hash pengenal)',
  logRetention: 'Hari disimpan',
  logCount: (n: number) => `${n} entri`,
  logClear: 'Hapus log',
  logClearConfirm: (n: number) => `Hapus semua ${n} entri log?`,
  logClearYes: 'Hapus',
  logClearNo: 'Batal',
  logCleared: 'Log telah dihapus',
  logExport: 'Simpan sebagai CSV',
  clockTitle: 'Jam perangkat',
  clockOk: 'Sesuai',
  clockSkew: (s: number) => `Selisih dengan server ${s} detik`,
  clockUnknown: 'Belum diperiksa (belum menerima waktu server)',
  never: '—',
  close: 'Tutup',
  csvHeader: ['Tanggal', 'Waktu (JST)', 'Hasil', 'Alasan', 'Kode alasan', 'Hash pengenal'],
  csvVerdict: { valid: 'Sah', invalid: 'Tidak sah', indeterminate: 'Belum dapat dipastikan' },
  printQuality: 'Apakah terbaca jika dicetak?',
  printModule: (mm: string, min: number) => `Ukuran titik kode ${mm} mm (sebaiknya ${min} mm atau lebih)`,
  printQuiet: (n: number, min: number) =>
    `Margin kosong di sekitar kode: ${n} titik (perlu ${min} atau lebih)`,
  printContrast: (pct: number) => `Kontras hitam-putih ${pct}%`,
  printOk: 'Seharusnya terbaca jika dicetak (cetak 100 %, tanpa diperbesar/diperkecil).',
  printNotOk: 'Mungkin tidak terbaca jika dicetak. Cetak 100 % dengan kualitas tinggi.',
  /** The wallet presentation's texts (PROFILE §8), from i18n/wallet/. */
  wallet: walletId,
  /** The verification record's texts (PROFILE §9, §8.9), from i18n/records/. */
  record: recordId,
};
