// The element values of the two wallet doctypes (PROFILE §8.1), from what the issuer was given:
// a qualification certificate (`jp.go.nqs.dqc.1`) from the same IssueRequest as `issue` (flags or
// a batch row, issuer/request-fields.ts), and a test My Number Card (`org.iso.23220.1.jp.mnc`) in
// either or both name forms, its birth date as full-date or the ISO/IEC 23220-2 map.
import type { Encodable } from '../../core/cbor/encode';
import { DQC_NAMESPACE, NS_ISO_23220, NS_ISO_23220_JP } from '../../core/mdoc/doctypes';
import { QUALIFICATION_JA } from '../../core/qualifications';
import type { IssueRequest } from '../issuing/issue-request';
import { UsageError } from '../issuing/request-fields';
import { type Elements, fullDate } from './mdoc';

/** §8.1 (ii): `portrait` ≤ 128 KiB. */
export const MAX_PORTRAIT_BYTES = 128 * 1024;

/** §8.1 (ii) and §3: codes 1–84 carry the table's name; an issuer's own code (≥ 1000) brings one. */
function qualificationName(request: IssueRequest): string {
  const listed = request.code <= 84 ? QUALIFICATION_JA[request.code - 1] : undefined;
  if (listed !== undefined && request.qualificationName !== undefined && request.qualificationName !== listed)
    throw new UsageError(`--qual-name: コード ${request.code} の資格名称は「${listed}」です`);
  const name = listed ?? request.qualificationName;
  if (name === undefined) throw new UsageError(`--qual-name: コード ${request.code} には資格名称が必要です`);
  return name;
}

/** One JPEG file (FF D8 … FF D9) of at most 128 KiB (§8.1 (ii) `portrait`). */
function portrait(jpeg: Uint8Array): Uint8Array {
  const ends = jpeg.at(-2) === 0xff && jpeg.at(-1) === 0xd9;
  if (jpeg.length > MAX_PORTRAIT_BYTES || !ends)
    throw new UsageError('--photo: ウォレットの資格者証の写真は 128 KiB までの JPEG（FF D9 で終わるもの）');
  return jpeg;
}

/** The `jp.go.nqs.dqc.1` elements (§8.1 (ii)), every required one and the optional ones given. */
export function dqcElements(request: IssueRequest, issuingBody: string): Elements {
  const values: Record<string, Encodable> = {
    qualification_code: request.code,
    qualification_name: qualificationName(request),
    name: request.holderName,
    birth_date: fullDate(request.birthDate),
    registration_number: request.registrationNumber,
    registration_date: fullDate(request.registrationDate),
    issuing_body: request.issuingBody ?? issuingBody,
  };
  if (request.holderNameKana) values.name_kana = request.holderNameKana;
  if (request.grantDate) values.grant_date = fullDate(request.grantDate);
  if (request.otherItems) values.other_items = new Map(Object.entries(request.otherItems));
  if (request.photoJpeg) values.portrait = portrait(request.photoJpeg);
  return { [DQC_NAMESPACE]: values };
}

export interface MncHolder {
  /** `full_name_unicode` (org.iso.23220.1.jp) — the form multipaz's MyNumberCard uses. */
  fullName?: string;
  /** `family_name_unicode` / `given_name_unicode` (org.iso.23220.1). */
  family?: string;
  given?: string;
  /** YYYY-MM-DD. */
  birthDate: string;
  /** ISO/IEC 23220-2 `approximate_mask` (8 × 0/1 over YYYYMMDD): birth_date becomes the map form. */
  approximateMask?: string;
}

/**
 * The `org.iso.23220.1.jp.mnc` elements the verifier asks for (§8.1 (i)) in the forms given, plus
 * `issuing_country`, which it never asks for (a wallet that sends everything it holds sends it).
 */
export function mncElements(holder: MncHolder): Elements {
  const date = fullDate(holder.birthDate);
  const iso: Record<string, Encodable> = {};
  if (holder.family !== undefined) iso.family_name_unicode = holder.family;
  if (holder.given !== undefined) iso.given_name_unicode = holder.given;
  iso.birth_date =
    holder.approximateMask === undefined
      ? date
      : new Map<string, Encodable>([
          ['birth_date', date],
          ['approximate_mask', holder.approximateMask],
        ]);
  iso.issuing_country = 'JP';
  const elements: Elements = { [NS_ISO_23220]: iso };
  if (holder.fullName !== undefined) elements[NS_ISO_23220_JP] = { full_name_unicode: holder.fullName };
  return elements;
}
