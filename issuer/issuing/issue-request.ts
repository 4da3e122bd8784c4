// What one credential is issued from: the `issue` flags, a batch row, or the demo's samples.

export interface IssueRequest {
  /** 1-based signer number (signer-<n>.pem); default 1. */
  signer?: number;
  code: number;
  /** Defaults to the `ja` name of codes 1–84. */
  qualificationName?: string;
  holderName: string;
  holderNameKana?: string;
  birthDate: string;
  registrationNumber: string;
  registrationDate: string;
  /** ⑦ 交付機関; defaults to the signer's name. */
  issuingBody?: string;
  grantDate?: string;
  otherItems?: Record<string, string>;
  /** JPEG bytes of the photo; its SHA-256 is signed as item 10. */
  photoJpeg?: Uint8Array;
  exp?: number;
  /** Default: now. */
  iat?: number;
}
