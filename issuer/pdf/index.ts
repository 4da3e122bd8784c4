// Certificate PDFs for the test issuer.
export { certificateTitle, formatDate, formatJstDate, formatRegistrationNumber, LABELS } from './labels';
export { PRODUCER, renderCertificatePdf } from './render';
export type { CertificatePdfInput, RenderOptions } from './types';
