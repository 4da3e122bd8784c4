// The visible wording of the certificate. A verifier parses these exact labels and formats
// (README-layout.md), so change them only together with that document.
import type { CertificatePdfInput } from './types';

export const LABELS = {
  holderName: '氏名',
  holderNameKana: '氏名（カナ）',
  birthDate: '生年月日',
  qualificationName: '資格名称',
  registrationNumber: '登録番号',
  registrationDate: '登録日',
  grantDate: '交付日',
  issuedAt: '発行日',
  issuingBody: '交付機関',
} as const;

export const HEADER = 'デジタル資格者証';
export const PHOTO_CAPTION = '本人写真';
export const BACK_TITLE = 'その他の項目（裏面）';
/** The back page's title when it holds the QR code alone (no ⑨ items). */
export const BACK_QR_TITLE = '二次元コード（裏面）';
export const QR_NOTE = [
  '二次元コードを読み取ると資格情報を確認できます',
  '記載事項は二次元コードの電子署名で確認されます',
];
export const QR_ON_BACK_NOTE = '二次元コードは裏面にあります';
/** Shown on continuation pages of the back page. */
export const CONTINUED = '（続き）';

export const certificateTitle = (qualificationName: string) => `${qualificationName}資格証`;

/** 'YYYY-MM-DD' → 'YYYY/MM/DD'. */
export function formatDate(isoDate: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(isoDate)) throw new Error('dates must be YYYY-MM-DD');
  return isoDate.replaceAll('-', '/');
}

const JST_OFFSET_SECONDS = 9 * 3600;

/** Seconds since the epoch → the calendar date in Japan (UTC+9, no DST) as 'YYYY/MM/DD'. */
export function formatJstDate(epochSeconds: number): string {
  const d = new Date((epochSeconds + JST_OFFSET_SECONDS) * 1000);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getUTCFullYear()}/${pad(d.getUTCMonth() + 1)}/${pad(d.getUTCDate())}`;
}

export const formatRegistrationNumber = (n: string) => `第${n}号`;

export interface Row {
  label: string;
  value: string;
  /** The holder's name is set larger. */
  emphasis?: boolean;
}

/** The front page's rows, top to bottom, with values formatted as shown. */
export function frontRows(input: CertificatePdfInput): Row[] {
  const rows: (Row | false)[] = [
    { label: LABELS.holderName, value: input.holderName, emphasis: true },
    input.holderNameKana !== undefined && { label: LABELS.holderNameKana, value: input.holderNameKana },
    { label: LABELS.birthDate, value: formatDate(input.birthDate) },
    { label: LABELS.qualificationName, value: input.qualificationName },
    { label: LABELS.registrationNumber, value: formatRegistrationNumber(input.registrationNumber) },
    { label: LABELS.registrationDate, value: formatDate(input.registrationDate) },
    input.grantDate !== undefined && { label: LABELS.grantDate, value: formatDate(input.grantDate) },
    { label: LABELS.issuedAt, value: formatJstDate(input.issuedAt) },
    { label: LABELS.issuingBody, value: input.issuingBody },
  ];
  return rows.filter((r): r is Row => r !== false);
}

export function backRows(input: CertificatePdfInput): Row[] {
  return Object.entries(input.otherItems ?? {}).map(([label, value]) => ({ label, value }));
}

/**
 * Text set in the bold face: fixed wording, the title and the back page's labels — few distinct
 * sets across a batch, so the bold subset is nearly always a cache hit.
 */
export function boldText(input: CertificatePdfInput): string {
  const backLabels = backRows(input).map((r) => r.label);
  return [
    certificateTitle(input.qualificationName),
    HEADER,
    BACK_TITLE,
    BACK_QR_TITLE,
    CONTINUED,
    ...Object.values(LABELS),
    ...backLabels,
  ].join('');
}

/** Text set in the regular face: every value and the notes. */
export function regularText(input: CertificatePdfInput): string {
  const rows = [...frontRows(input), ...backRows(input)];
  return [
    ...rows.map((r) => r.value),
    ...QR_NOTE,
    QR_ON_BACK_NOTE,
    PHOTO_CAPTION,
    '0123456789/', // page numbers and spare digits
  ].join('');
}
