// Step 12 of PROFILE §8.6: `signed ≤ validFrom < validUntil` (MALFORMED_MDOC); §8.2 check 5 (DS
// notBefore ≤ signed ≤ notAfter: SIGNER_NOT_VALID; DS and IACA notBefore ≤ now + 300 s:
// NOT_YET_VALID, now < notAfter: EXPIRED); `signed` and `validFrom` ≤ now + 300 s (NOT_YET_VALID);
// now < validUntil (EXPIRED). With a suspect clock a NOT_YET_VALID becomes CLOCK_SUSPECT and the
// step goes on: its code is the first failure that is not CLOCK_SUSPECT, else CLOCK_SUSPECT.
import { CLOCK_SKEW } from '../clock';
import type { Iaca } from './iaca';
import type { Mso } from './mso';
import type { WalletReasonCode } from './reasons';
import type { Certificate } from './x509';

/** The step's code; undefined = pass. */
export function checkTime(
  mso: Mso,
  ds: Certificate,
  iaca: Iaca,
  now: number,
  clockSuspect: boolean,
): WalletReasonCode | undefined {
  const signed = mso.signed.seconds;
  const validFrom = mso.validFrom.seconds;
  const validUntil = mso.validUntil.seconds;
  if (!(signed <= validFrom && validFrom < validUntil)) return 'MALFORMED_MDOC';
  if (signed < ds.notBefore || signed > ds.notAfter) return 'SIGNER_NOT_VALID';
  let suspect = false;
  /** A time in the future: NOT_YET_VALID, or noted as CLOCK_SUSPECT when the clock is suspect. */
  const inFuture = (t: number): boolean => {
    if (t <= now + CLOCK_SKEW) return false;
    if (!clockSuspect) return true;
    suspect = true;
    return false;
  };
  if (inFuture(ds.notBefore) || inFuture(iaca.notBefore)) return 'NOT_YET_VALID';
  if (now >= ds.notAfter || now >= iaca.notAfter) return 'EXPIRED';
  if (inFuture(signed) || inFuture(validFrom)) return 'NOT_YET_VALID';
  if (now >= validUntil) return 'EXPIRED';
  return suspect ? 'CLOCK_SUSPECT' : undefined;
}
