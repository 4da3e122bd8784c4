// Building and signing the trust list (PROFILE §4), with the IACA roots of §8.2 when there are any.
import type { Encodable } from '../../core/cbor/encode';
import { TYP_TRUST_LIST } from '../../core/cose/dqc-header';
import { coseKeyMap } from '../../core/cose-key';
import type { SignerTerms } from '../../core/types';
import type { KeyPair } from '../folder/keys';
import { signSign1 } from '../issuing/sign';

export interface SignerSpec extends SignerTerms {
  key: KeyPair;
}

export interface StatusSignerSpec {
  key: KeyPair;
  uris: string[];
}

/** An `iacas` entry (PROFILE §8.2). */
export interface IacaSpec {
  name: string;
  /** DER. */
  cert: Uint8Array;
  docTypes: string[];
  quals?: number[];
  /** DS serialNumber contents octets. */
  revokedSerials: Uint8Array[];
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
  /** IACA roots for wallet documents (PROFILE §8.2); the key is left out when there are none. */
  iacas?: IacaSpec[];
}

/** The CBOR map of one `iacas` entry (PROFILE §8.2). */
export function iacaEntry(iaca: IacaSpec): Record<string, Encodable> {
  const entry: Record<string, Encodable> = { name: iaca.name, cert: iaca.cert, docTypes: iaca.docTypes };
  if (iaca.quals) entry.quals = iaca.quals;
  if (iaca.revokedSerials.length > 0) entry.revokedSerials = iaca.revokedSerials;
  return entry;
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
  const body: Record<string, Encodable> = {
    seq: spec.seq,
    hosts: spec.hosts,
    signers,
    statusSigners,
    statusLists: spec.statusLists,
  };
  if (spec.iacas && spec.iacas.length > 0) body.iacas = spec.iacas.map(iacaEntry);
  const claims = new Map<number, Encodable>([
    [1, spec.iss],
    [6, spec.iat],
    [4, spec.exp],
    [-65538, body],
  ]);
  return signSign1(claims, anchor, { typ: TYP_TRUST_LIST });
}
