// The MobileSecurityObject (PROFILE §8.4), read at step 5: its field types and the digest lengths
// of its algorithm. Unknown keys are ignored in the MSO and in validityInfo.
import type { CborValue } from '../cbor/decode';
import { readTdate, type Tdate } from './tdate';
import type { EcCurve } from './x509';

export type DigestAlgorithm = 'SHA-256' | 'SHA-384' | 'SHA-512';
const DIGEST_LENGTH: Record<DigestAlgorithm, number> = { 'SHA-256': 32, 'SHA-384': 48, 'SHA-512': 64 };
const DEVICE_CURVES: Record<number, [EcCurve, number]> = { 1: ['P-256', 32], 2: ['P-384', 48] };

export interface DeviceKey {
  curve: EcCurve;
  x: Uint8Array;
  y: Uint8Array;
}

export interface Mso {
  digestAlgorithm: DigestAlgorithm;
  /** Namespace → digestID → digest. */
  valueDigests: Map<string, Map<number, Uint8Array>>;
  deviceKey: DeviceKey;
  docType: string;
  signed: Tdate;
  validFrom: Tdate;
  validUntil: Tdate;
  status?: { idx: number; uri: string };
}

const isTextMap = (v: unknown): v is Map<string, CborValue> =>
  v instanceof Map && [...v.keys()].every((k) => typeof k === 'string');
const isUint = (v: unknown): v is number => typeof v === 'number' && v >= 0;

/** The MSO map's fields, or null when a type is wrong. */
export function readMso(mso: CborValue): Mso | null {
  if (!(mso instanceof Map)) return null;
  const version = mso.get('version');
  const digestAlgorithm = mso.get('digestAlgorithm');
  const docType = mso.get('docType');
  if (version !== '1.0' && version !== '1.1') return null;
  if (
    typeof digestAlgorithm !== 'string' ||
    !(digestAlgorithm in DIGEST_LENGTH) ||
    typeof docType !== 'string'
  )
    return null;
  const algorithm = digestAlgorithm as DigestAlgorithm;
  const valueDigests = readValueDigests(mso.get('valueDigests'), DIGEST_LENGTH[algorithm]);
  const deviceKey = readDeviceKeyInfo(mso.get('deviceKeyInfo'));
  const validity = readValidity(mso.get('validityInfo'));
  const status = readStatus(mso.get('status'));
  if (!valueDigests || !deviceKey || !validity || status === null) return null;
  const out: Mso = { digestAlgorithm: algorithm, valueDigests, deviceKey, docType, ...validity };
  if (status) out.status = status;
  return out;
}

/** {+ tstr => {+ uint => bstr}}, every digest of the algorithm's length. */
function readValueDigests(value: CborValue | undefined, length: number): Mso['valueDigests'] | null {
  if (!isTextMap(value) || value.size === 0) return null;
  const out: Mso['valueDigests'] = new Map();
  for (const [ns, digests] of value) {
    if (!(digests instanceof Map) || digests.size === 0) return null;
    const byId = new Map<number, Uint8Array>();
    for (const [id, digest] of digests) {
      if (!isUint(id) || !(digest instanceof Uint8Array) || digest.length !== length) return null;
      byId.set(id, digest);
    }
    out.set(ns, byId);
  }
  return out;
}

/** {"deviceKey": {1: 2, -1: 1 / 2, -2: bstr, -3: bstr, * int => any}, * tstr => any}. */
function readDeviceKeyInfo(value: CborValue | undefined): DeviceKey | null {
  if (!isTextMap(value)) return null;
  const key = value.get('deviceKey');
  if (!(key instanceof Map) || ![...key.keys()].every((k) => typeof k === 'number')) return null;
  const curve = DEVICE_CURVES[key.get(-1) as number];
  const x = key.get(-2);
  const y = key.get(-3);
  if (key.get(1) !== 2 || !curve || !(x instanceof Uint8Array) || !(y instanceof Uint8Array)) return null;
  if (x.length !== curve[1] || y.length !== curve[1]) return null;
  return { curve: curve[0], x, y };
}

function readValidity(value: CborValue | undefined): Pick<Mso, 'signed' | 'validFrom' | 'validUntil'> | null {
  if (!(value instanceof Map)) return null;
  const signed = readTdate(value.get('signed'));
  const validFrom = readTdate(value.get('validFrom'));
  const validUntil = readTdate(value.get('validUntil'));
  const expectedUpdate = value.get('expectedUpdate');
  if (!signed || !validFrom || !validUntil) return null;
  if (expectedUpdate !== undefined && !readTdate(expectedUpdate)) return null;
  return { signed, validFrom, validUntil };
}

/** ? "status": {"status_list": {"idx": uint, "uri": tstr, * tstr => any}}; undefined when absent. */
function readStatus(value: CborValue | undefined): Mso['status'] | null | undefined {
  if (value === undefined) return undefined;
  if (!isTextMap(value)) return null;
  const list = value.get('status_list');
  if (!isTextMap(list)) return null;
  const idx = list.get('idx');
  const uri = list.get('uri');
  return isUint(idx) && typeof uri === 'string' ? { idx, uri } : null;
}
