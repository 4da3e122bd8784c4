// The certificate extensions PROFILE §8.2 checks (RFC 5280 §4.2.1.3, §4.2.1.9, §4.2.1.12), read
// from their DER with asn1js. The readers of basicConstraints and extKeyUsage answer `undefined`
// when the extension is absent and null when it is present but malformed.
import * as asn1js from 'asn1js';
import { type Certificate, children, integerValue, oid, parseDer } from './x509';

const KEY_USAGE = '2.5.29.15';
const BASIC_CONSTRAINTS = '2.5.29.19';
const EXT_KEY_USAGE = '2.5.29.37';

/** keyUsage bits (RFC 5280 §4.2.1.3): bit 0 is the first byte's most significant bit. */
export const KEY_USAGE_BITS = { digitalSignature: 0, keyCertSign: 5, cRLSign: 6 } as const;

export interface BasicConstraints {
  critical: boolean;
  cA: boolean;
  pathLenConstraint?: number;
}

/** Whether keyUsage is present, well-formed and asserts `bit`. */
export function hasKeyUsage(cert: Certificate, bit: number): boolean {
  const ext = cert.extensions.get(KEY_USAGE);
  if (!ext) return false;
  const root = parseDer(ext.value);
  if (!(root instanceof asn1js.BitString) || root.idBlock.isConstructed) return false;
  const bits = root.valueBlock.valueHexView;
  const byte = bits[bit >> 3];
  return byte !== undefined && (byte & (0x80 >> (bit & 7))) !== 0;
}

/** basicConstraints (RFC 5280 §4.2.1.9): undefined when absent, null when malformed. */
export function basicConstraints(cert: Certificate): BasicConstraints | null | undefined {
  const ext = cert.extensions.get(BASIC_CONSTRAINTS);
  if (!ext) return undefined;
  const parts = children(parseDer(ext.value) ?? undefined, asn1js.Sequence);
  if (!parts || parts.length > 2) return null;
  let index = 0;
  let cA = false;
  const first = parts[0];
  if (first instanceof asn1js.Boolean) {
    cA = first.valueBlock.value;
    index = 1;
  }
  const result: BasicConstraints = { critical: ext.critical, cA };
  if (index < parts.length) {
    const pathLen = integerValue(parts[index]);
    if (pathLen === null || pathLen < 0 || index + 1 !== parts.length) return null;
    result.pathLenConstraint = pathLen;
  }
  return result;
}

/** extKeyUsage's purposes (RFC 5280 §4.2.1.12): undefined when absent, null when malformed. */
export function extendedKeyUsage(cert: Certificate): string[] | null | undefined {
  const ext = cert.extensions.get(EXT_KEY_USAGE);
  if (!ext) return undefined;
  const parts = children(parseDer(ext.value) ?? undefined, asn1js.Sequence);
  const ids = parts?.map(oid);
  if (!ids || ids.length === 0 || ids.some((id) => id === null)) return null;
  return ids as string[];
}
