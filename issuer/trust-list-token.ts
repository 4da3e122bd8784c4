// Building and signing the trust list (PROFILE §4).
import type { Encodable } from '../core/cbor/encode';
import { TYP_TRUST_LIST } from '../core/cose/dqc-header';
import { coseKeyMap } from '../core/cose-key';
import type { SignerTerms } from '../core/types';
import type { KeyPair } from './keys';
import { signSign1 } from './sign';

export interface SignerSpec extends SignerTerms {
  key: KeyPair;
}

export interface StatusSignerSpec {
  key: KeyPair;
  uris: string[];
}

export interface TrustListSpec {
  iss: string;
  iat: number;
  exp: number;
  seq: number;
  hosts: string[];
  signers: SignerSpec[];
  statusSigners: StatusSignerSpec[];
  statusLists: string[];
}

export async function signTrustList(spec: TrustListSpec, anchor: KeyPair): Promise<Uint8Array> {
  const signers = spec.signers.map((s) => {
    const entry: Record<string, Encodable> = {
      kid: s.key.kid,
      key: coseKeyMap(s.key.x, s.key.y),
      iss: s.iss,
      name: s.name,
      nbf: s.nbf,
      exp: s.exp,
    };
    if (s.quals) entry.quals = s.quals;
    if (s.revoked !== undefined) entry.revoked = s.revoked;
    return entry;
  });
  const statusSigners = spec.statusSigners.map((s) => ({
    kid: s.key.kid,
    key: coseKeyMap(s.key.x, s.key.y),
    uris: s.uris,
  }));
  const claims = new Map<number, Encodable>([
    [1, spec.iss],
    [6, spec.iat],
    [4, spec.exp],
    [-65538, { seq: spec.seq, hosts: spec.hosts, signers, statusSigners, statusLists: spec.statusLists }],
  ]);
  return signSign1(claims, anchor, { typ: TYP_TRUST_LIST });
}
