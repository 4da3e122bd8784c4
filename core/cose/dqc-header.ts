// Header rules shared by every DQC token (PROFILE §3, and §4/§5 for `typ`).
import type { CborValue } from '../cbor/decode';
import { CoseError, type Sign1 } from './sign1';

const ALG = 1;
const KID = 4;
const TYP = 16;

export const TYP_CREDENTIAL = 'application/dqc+cwt';
export const TYP_TRUST_LIST = 'application/dqc-trustlist+cwt';
export const TYP_STATUS_LIST = 'application/statuslist+cwt';

export interface DqcHeader {
  /** The `alg` value as found; the caller checks it against the algorithm table (step 4). */
  alg: CborValue;
  kid: Uint8Array;
}

/**
 * Labels only 1, 4 and 16; 1 and 4 present; kid a bstr of 8 bytes; typ, when present (or when
 * `typRequired`), exactly `typ`; unprotected map empty; signature exactly 64 bytes.
 * Throws CoseError on the first rule broken (MALFORMED_COSE).
 */
export function checkDqcHeader(sign1: Sign1, typ: string, typRequired: boolean): DqcHeader {
  const header = sign1.protectedHeader;
  for (const label of header.keys()) {
    if (label !== ALG && label !== KID && label !== TYP)
      throw new CoseError('unexpected protected header label');
  }
  const alg = header.get(ALG);
  const kid = header.get(KID);
  if (alg === undefined) throw new CoseError('alg missing');
  if (!(kid instanceof Uint8Array) || kid.length !== 8) throw new CoseError('kid must be a bstr of 8 bytes');
  const typValue = header.get(TYP);
  if (typValue === undefined ? typRequired : typValue !== typ) throw new CoseError('wrong typ');
  if (sign1.unprotected.size !== 0) throw new CoseError('unprotected header must be empty');
  if (sign1.signature.length !== 64) throw new CoseError('signature must be 64 bytes');
  return { alg, kid };
}
