// Input that holds no certificate at all — a QR code of some web page, a photo of another code, a
// URL that is not a verification page — is an input error said on the first screen with advice
// that fits where it came from, not a red verdict page. A verification URL (`…/w/?c=…`) that
// breaks a rule is a certificate gone wrong and keeps its verdict (PROFILE §2, §6).
import type { VerifyResult } from '../../../core/types';

const VERIFY_PAGE_URL = /^[a-z][a-z0-9+.-]*:\/\/[^?#]*\/w\/?\?(?:[^#]*&)?c=/i;

/** A URL that is no verification page fails on its host or its path (§2: UNTRUSTED_HOST is
 * checked first, then MALFORMED_URL); text that is no URL fails as MALFORMED_URL. */
const NOT_A_PAGE = new Set(['MALFORMED_URL', 'UNTRUSTED_HOST']);

export function holdsNoCertificate(text: string, result: VerifyResult): boolean {
  const first = result.reasons[0];
  return (
    result.verdict === 'invalid' &&
    first !== undefined &&
    NOT_A_PAGE.has(first) &&
    !VERIFY_PAGE_URL.test(text)
  );
}

/** Where an input came from, for the advice that fits it. */
export type InputSource = 'camera' | 'paste' | 'link' | 'image' | 'pdf' | 'text';

/** The catalogue key of the advice for input without a certificate. */
export function notCertificateMessage(
  source: InputSource,
):
  | 'notCertificateUrl'
  | 'notCertificateImage'
  | 'notCertificatePdf'
  | 'notCertificateText'
  | 'cameraNotCertificate' {
  if (source === 'camera') return 'cameraNotCertificate';
  if (source === 'image') return 'notCertificateImage';
  if (source === 'pdf') return 'notCertificatePdf';
  if (source === 'text') return 'notCertificateText';
  return 'notCertificateUrl';
}
