// The claim rules of PROFILE §3 read the plain way: over the value tree of the generic strict
// decoder (decodeCbor). This was core/claims.ts's reading before it walked the bytes itself; the
// differential test holds the one-pass reader to it.
import { type CborMap, type CborValue, decodeCbor } from '../../../core/cbor/decode';
import { CLAIM, type Claims, type DqcItems, isProfileDate, type StatusRef } from '../../../core/claims';
import { PAYLOAD } from '../../../core/cose/sign1';
import { isProfileText } from '../../../core/text/text-rules';

const MAX_URI = 2048;

/** readClaims(decodeCbor(payload)), null for any failure. */
export function referenceClaims(payload: Uint8Array): Claims | null {
  let value: CborValue;
  try {
    value = decodeCbor(payload, PAYLOAD);
  } catch {
    return null;
  }
  return readTree(value);
}

const isUint = (v: unknown): v is number => typeof v === 'number' && v >= 0;
/** A map whose keys are all of one JS type (no array is built: this runs on every verification). */
function keysAre(m: unknown, type: 'number' | 'string'): m is CborMap {
  if (!(m instanceof Map)) return false;
  for (const k of m.keys()) if (typeof k !== type) return false;
  return true;
}
const isIntKeyed = (m: unknown): m is CborMap => keysAre(m, 'number');
const isTextKeyed = (m: unknown): m is CborMap => keysAre(m, 'string');

/** Returns the claims, or null when any rule of §3 is broken (MALFORMED_CLAIMS). */
function readTree(payload: CborValue): Claims | null {
  if (!isIntKeyed(payload)) return null;
  const iss = payload.get(CLAIM.iss);
  const iat = payload.get(CLAIM.iat);
  const exp = payload.get(CLAIM.exp);
  const cti = payload.get(CLAIM.cti);
  if (!isProfileText(iss, 1, 64) || !isUint(iat)) return null;
  if (exp !== undefined && !isUint(exp)) return null;
  if (!(cti instanceof Uint8Array) || cti.length !== 16) return null;
  const status = readStatusRef(payload.get(CLAIM.status));
  const dqc = readItems(payload.get(CLAIM.dqc));
  if (!status || !dqc) return null;
  return { iss, iat, ...(exp !== undefined && { exp }), cti, status, dqc };
}

/** `{"status_list": {"idx": uint, "uri": tstr}}`, text keys (Token Status List §6.3). */
function readStatusRef(value: CborValue | undefined): StatusRef | null {
  if (!isTextKeyed(value)) return null;
  const list = value.get('status_list');
  if (!isTextKeyed(list)) return null;
  const idx = list.get('idx');
  const uri = list.get('uri');
  if (!isUint(idx) || !isProfileText(uri, 1, MAX_URI)) return null;
  return { idx, uri };
}

function readItems(value: CborValue | undefined): DqcItems | null {
  if (!isIntKeyed(value)) return null;
  const code = value.get(1);
  if (!isUint(code) || !((code >= 1 && code <= 84) || code >= 1000)) return null;
  const items: DqcItems = {
    code,
    qualificationName: value.get(2) as string,
    holderName: value.get(3) as string,
    birthDate: value.get(4) as string,
    registrationNumber: value.get(5) as string,
    registrationDate: value.get(6) as string,
    issuingBody: value.get(7) as string,
  };
  if (
    !isProfileText(items.qualificationName, 1, 64) ||
    !isProfileText(items.holderName, 1, 64) ||
    !isProfileDate(items.birthDate) ||
    !isProfileText(items.registrationNumber, 1, 32) ||
    !isProfileDate(items.registrationDate) ||
    !isProfileText(items.issuingBody, 1, 64)
  ) {
    return null;
  }
  const grantDate = value.get(8);
  if (grantDate !== undefined) {
    if (!isProfileDate(grantDate)) return null;
    items.grantDate = grantDate;
  }
  const other = value.get(9);
  if (other !== undefined) {
    if (!(other instanceof Map) || other.size < 1 || other.size > 16) return null;
    for (const [k, v] of other) if (!isProfileText(k, 1, 64) || !isProfileText(v, 1, 64)) return null;
    items.otherItems = [...other] as [string, string][];
  }
  const photo = value.get(10);
  if (photo !== undefined) {
    if (!(photo instanceof Uint8Array) || photo.length !== 32) return null;
    items.photoDigest = photo;
  }
  const kana = value.get(11);
  if (kana !== undefined) {
    if (!isProfileText(kana, 1, 64)) return null;
    items.holderNameKana = kana;
  }
  return items;
}
