// The verification record's texts (PROFILE §9, §8.9) in Bahasa Indonesia; keys follow ./ja.ts.
import type { RecordTexts } from './ja';

export const recordId: RecordTexts = {
  saveRecord: 'Simpan catatan pemeriksaan',
  formTitle: 'Catatan pemeriksaan (PDF)',
  formIntro:
    'Membuat PDF di perangkat ini berisi hasil dan bukti yang dipakai untuk pemeriksaan (isi kode QR, daftar tepercaya, informasi pencabutan). Tidak ada yang dikirim ke mana pun dan aplikasi tidak menyimpan salinannya.',
  checker: 'Pemeriksa (opsional)',
  office: 'Kantor/fasilitas (opsional)',
  note: 'Catatan (opsional)',
  retention: 'Masa simpan (opsional, misalnya 5 tahun)',
  minimal: 'Catatan minimal (tanpa tanggal lahir dan nama; tidak dapat diperiksa ulang nanti)',
  remember: 'Ingat pemeriksa, kantor/fasilitas, dan masa simpan di perangkat ini',
  make: 'Buat dan simpan PDF',
  cancel: 'Tutup',
  making: 'Sedang membuat catatan…',
  savedDownload: 'Catatan disimpan (unduhan)',
  savedFolder: (folder: string) => `Catatan disimpan di "${folder}"`,
  failed: 'Catatan tidak dapat dibuat. Silakan coba lagi.',
  tooLong: (max: number) => `Maksimal ${max} karakter`,
  deskRecords: 'Mode meja: simpan catatan setiap selesai memeriksa',
  deskPickFolder: 'Pilih folder',
  deskFolder: (folder: string) => `Disimpan ke: ${folder}`,
  deskNoFolder: 'Disimpan ke: unduhan',
  walletChoice: 'Simpan catatan pemeriksaan',
  walletChoiceNote:
    'Sebelum membaca, aplikasi memberi tahu dompet digital pemegang bahwa nama kualifikasi, nama, nomor registrasi, dan instansi penerbit akan disimpan dalam catatan.',
  walletFormIntro:
    'Membuat PDF di perangkat ini tentang hasil pemeriksaan dengan dompet digital. Yang disimpan hanya nama kualifikasi, nama, nomor registrasi, instansi penerbit, dan hasil pemeriksaan identitas. Respons dompet tidak disimpan, jadi catatan ini tidak dapat diperiksa ulang nanti. Tidak ada yang dikirim ke mana pun dan aplikasi tidak menyimpan salinannya.',
  walletMinimal: 'Catatan minimal (tanpa nama juga)',
  walletAskAgain:
    'Pada pemeriksaan ini, dompet digital diberi tahu bahwa tidak ada yang akan disimpan. Untuk menyimpan catatan, periksa lagi dengan dompet digital sambil memberi tahu data yang akan disimpan (nama kualifikasi, nama, nomor registrasi, instansi penerbit). Pemeriksaan identitas juga perlu diulang.',
  walletAskAgainButton: 'Periksa lagi dengan dompet digital untuk catatan',
};
