// Public shapes of the verification core (PROFILE §4–§6).
import type { Iaca } from './mdoc/iaca';
import type { ReasonCode, Verdict } from './reasons';
import type { Check, StepName } from './steps';

export type { Check, StepName };

/** `dqc` items keyed by decimal strings (PROFILE §6); byte strings as unpadded base64url. */
export interface CredentialItems {
  '1': number;
  '2': string;
  '3': string;
  '4': string;
  '5': string;
  '6': string;
  '7': string;
  '8'?: string;
  '9'?: Record<string, string>;
  '10'?: string;
  '11'?: string;
}

export interface CredentialView {
  iss: string;
  iat: number;
  exp?: number;
  cti: string;
  status: { idx: number; uri: string };
  dqc: CredentialItems;
  /** Signer.name from the trust list: the verified issuer. */
  signer: string;
}

/** PROFILE §6 result object. */
export interface VerifyResult {
  verdict: Verdict;
  reasons: ReasonCode[];
  checks: Check[];
  credential?: CredentialView;
  /** RFC 3339 UTC: the `iat` of the status list that decided step 10. */
  statusCheckedAt?: string;
  trustListSeq: number | null;
}

/** An EC P-256 public key as used throughout the profile. */
export interface PublicKey {
  kid: Uint8Array;
  /** Uncompressed point coordinates, 32 bytes each. */
  x: Uint8Array;
  y: Uint8Array;
  /** The key ready for WebCrypto (or the noble fallback), imported once per trust list. */
  handle: VerifyKey;
}

/** Opaque verification handle produced by the crypto layer. */
export interface VerifyKey {
  verify(signature: Uint8Array, data: Uint8Array): Promise<boolean>;
}

/** What the trust list says of a credential signer besides its key (PROFILE §4). */
export interface SignerTerms {
  iss: string;
  name: string;
  /** undefined = any code; [] = none. */
  quals?: number[];
  nbf: number;
  exp: number;
  revoked?: number;
}

export interface Signer extends SignerTerms {
  kid: Uint8Array;
  key: PublicKey;
}

export interface StatusSigner {
  kid: Uint8Array;
  key: PublicKey;
  uris: string[];
}

/** A trust list whose signature verified with the anchor and whose content follows PROFILE §4. */
export interface TrustList {
  iss: string;
  iat: number;
  exp: number;
  seq: number;
  hosts: string[];
  signers: Signer[];
  statusSigners: StatusSigner[];
  statusLists: string[];
  /** IACA roots for wallet documents (PROFILE §8.2); [] when none is listed. */
  iacas: Iaca[];
  /** The signed bytes as received, for caching. */
  bytes: Uint8Array;
}

/** A status list token whose signature verified with a status signer covering its `sub` (PROFILE §5). */
export interface StatusList {
  uri: string;
  iat: number;
  exp: number;
  ttl: number;
  bits: 2;
  /** Inflated entries, 2 bits each, least significant bit first. */
  entries: Uint8Array;
  /** kid of the status signer that signed it (re-checked against the current trust list). */
  signerKid: Uint8Array;
  bytes: Uint8Array;
}

export interface VerifyContext {
  /** Current time, seconds since the epoch (like jose's `currentDate`). */
  now: number;
  /** The verified trust list, or null when none is available. */
  trustList: TrustList | null;
  /** Status lists held for a URI (any age; verify picks the newest usable one). A pure lookup. */
  statusLists?: (uri: string) => readonly StatusList[];
  /**
   * The largest `iat` of any trust list or verified status list seen before (PROFILE §6 step 11).
   * The trust list in the context and the status lists returned above are counted as well.
   */
  seenIat?: number;
}
