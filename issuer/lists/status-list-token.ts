// Building and signing a status list token (PROFILE §5; Token Status List §4, §5.2).
import { deflateSync } from 'node:zlib';
import type { Encodable } from '../../core/cbor/encode';
import { TYP_STATUS_LIST } from '../../core/cose/dqc-header';
import type { KeyPair } from '../folder/keys';
import { signSign1 } from '../issuing/sign';
import { packStatuses } from './status-pack';

export const MAX_STATUS_TTL_WINDOW = 7 * 24 * 3600; // exp ≤ iat + 7 days (PROFILE §5)

export interface StatusListSpec {
  uri: string;
  iat: number;
  exp: number;
  ttl: number;
  size: number;
  statuses: ReadonlyMap<number, number>;
}

export async function signStatusList(spec: StatusListSpec, key: KeyPair): Promise<Uint8Array> {
  if (spec.exp > spec.iat + MAX_STATUS_TTL_WINDOW)
    throw new RangeError('status list exp must be ≤ iat + 7 days');
  const lst = new Uint8Array(deflateSync(packStatuses(spec.size, spec.statuses), { level: 9 }));
  const claims = new Map<number, Encodable>([
    [2, spec.uri],
    [6, spec.iat],
    [4, spec.exp],
    [65534, spec.ttl],
    [65533, { bits: 2, lst }],
  ]);
  return signSign1(claims, key, { typ: TYP_STATUS_LIST });
}
