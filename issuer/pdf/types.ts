// The data shown on a certificate PDF and the rendering switches (demo variants).
import type { PDFRef } from 'pdf-lib';

export interface CertificatePdfInput {
  /** ⑥ The QR content: the credential URL. */
  url: string;
  qualificationCode: number;
  /** ① 資格名称; the title reads 「<資格名称>資格証」. */
  qualificationName: string;
  /** ② 氏名; wraps when long. */
  holderName: string;
  /** 氏名（カナ）. */
  holderNameKana?: string;
  /** ③ 'YYYY-MM-DD'. */
  birthDate: string;
  /** ④ Shown as 第<n>号. */
  registrationNumber: string;
  /** ⑤ 登録日 'YYYY-MM-DD'. */
  registrationDate: string;
  /** 発行日 = iat, seconds since the epoch; shown as the JST date. */
  issuedAt: number;
  /** 交付日 'YYYY-MM-DD'. */
  grantDate?: string;
  /** ⑦ 交付機関. */
  issuingBody: string;
  /** ⑧ Embedded byte for byte as a /DCTDecode image (its SHA-256 is signed). */
  photoJpeg?: Uint8Array;
  /** ⑨ その他項目, shown on the back page (裏面). */
  otherItems?: Record<string, string>;
}

export interface RenderOptions {
  /** Page carrying the QR; default 1. 2 is a demo variant (QR on the back page). */
  qrPage?: 1 | 2;
  /** Demo variant: the QR image drawn rotated by 90°. */
  qrRotation?: 0 | 90;
  /** Metadata creation date; default now. */
  creationDate?: Date;
}

/** The QR code embedded once as an image and drawn where the layout puts it. */
export interface QrImage {
  ref: PDFRef;
  /** Modules per side including the quiet zone. */
  modules: number;
  /** Printed side in points. */
  side: number;
}
