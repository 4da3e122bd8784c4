// A card of the simulated wallet: one mdoc as the test issuer hands it out in a "wallet file"
// (`npm run issuer -- wallet …`, JSON): the IssuerSigned bytes (b64u) and the holder's device
// private key (JWK). Simulation only — a real wallet keeps the device key in secure hardware and
// never in a file. readWalletCard checks the shape and never throws.
import { decodeBase64Strict } from '../core/bytes';

/** The `format` of a wallet file. */
export const WALLET_FILE_FORMAT = 'dqc-test-wallet/1';

export interface WalletCard {
  /** What the person picking a card sees (e.g. 「マイナンバーカード（山田 花子）」). */
  label: string;
  docType: string;
  /** IssuerSigned = {"nameSpaces", "issuerAuth"}, CBOR as issued. */
  issuerSigned: Uint8Array;
  /** The device key's private JWK (P-256, with `d`): signs DeviceAuthentication. */
  deviceKey: JsonWebKey;
}

const isText = (v: unknown): v is string => typeof v === 'string' && v.length > 0;

/** A wallet file's JSON value as a card, or null when it is not one. */
export function readWalletCard(value: unknown): WalletCard | null {
  if (typeof value !== 'object' || value === null) return null;
  const file = value as Record<string, unknown>;
  if (file.format !== WALLET_FILE_FORMAT || !isText(file.label) || !isText(file.docType)) return null;
  const issuerSigned = isText(file.issuerSigned) ? fromB64u(file.issuerSigned) : null;
  const key = file.deviceKey as JsonWebKey | undefined;
  if (!issuerSigned || typeof key !== 'object' || key === null) return null;
  if (key.kty !== 'EC' || !isText(key.crv) || !isText(key.d) || !isText(key.x) || !isText(key.y)) return null;
  return { label: file.label, docType: file.docType, issuerSigned, deviceKey: key };
}

/** base64url without padding (PROFILE §8), or null. */
export function fromB64u(text: string): Uint8Array | null {
  return /^[A-Za-z0-9_-]*$/.test(text) ? decodeBase64Strict(text, true) : null;
}
