// The simulated wallet's answer to one DC API request (PROFILE §8.3–§8.4, the holder side):
// read the DeviceRequest, present the card's document with only the requested elements (items as
// issued, bytes untouched), sign DeviceAuthentication with the device key over the
// SessionTranscript built from the request's encryptionInfo text and the calling origin, seal
// the DeviceResponse with HPKE to the request's recipient key, and return what
// navigator.credentials.get resolves to. `elements` gives the test variants of a misbehaving
// wallet: every element held, one missing, or one the issuer never signed.
import { type CborValue, Tagged } from '../core/cbor/decode';
import { type Encodable, encodeCbor } from '../core/cbor/encode';
import { decodeMdoc, EmbeddedCbor } from '../core/mdoc/cbor';
import { readDeviceRequest } from '../core/mdoc/device-request';
import type { DocRequest } from '../core/mdoc/types';
import { fromB64u, type WalletCard } from './card';
import { deviceResponseBytes, deviceSigned, documentOf, transcriptValue } from './device-signed';
import { toEncodable } from './encodable';
import { sealResponse } from './seal';

export const PROTOCOL = 'org-iso-mdoc';

/**
 * requested (a well-behaved wallet) · all: every element held, requested or not · no-birth-date:
 * the requested ones but `birth_date` · unsigned-extra: the requested ones plus an item the MSO
 * does not cover.
 */
export type ElementChoice = 'requested' | 'all' | 'no-birth-date' | 'unsigned-extra';

export interface AnswerOptions {
  elements?: ElementChoice;
}

/** The DC API request data (PROFILE §8.3): b64u texts as the page sent them. */
export interface RequestData {
  deviceRequest: string;
  encryptionInfo: string;
}

/** What navigator.credentials.get resolves to for `org-iso-mdoc` (PROFILE §8.3). */
export interface DigitalCredentialAnswer {
  protocol: typeof PROTOCOL;
  data: { response: string };
}

export class WalletRequestError extends Error {
  override name = 'WalletRequestError';
}

/** The plaintext answer: the DeviceResponse and the SessionTranscript (CBOR) it was signed over. */
export interface PlainAnswer {
  deviceResponse: Uint8Array;
  sessionTranscript: Uint8Array;
}

/** The DeviceResponse for `data` from the page at `origin` (the browser's, never the request's). */
export async function presentCard(
  data: RequestData,
  origin: string,
  card: WalletCard,
  options: AnswerOptions = {},
): Promise<PlainAnswer> {
  const requestBytes = fromB64u(data.deviceRequest);
  const docRequests = requestBytes ? readDeviceRequest(requestBytes) : null;
  if (!docRequests) throw new WalletRequestError('not a DeviceRequest');
  const asked = docRequests.find((r) => r.docType === card.docType);
  const issuerSigned = decodeMdoc(card.issuerSigned);
  if (!(issuerSigned instanceof Map)) throw new WalletRequestError('the card holds no IssuerSigned');
  // A card of a doctype that was not asked for: everything it holds (the verifier refuses it).
  const nameSpaces = presented(issuerSigned.get('nameSpaces'), asked, options.elements ?? 'requested');
  const transcript = await transcriptValue(data.encryptionInfo, origin);
  const document = documentOf(
    {
      docType: card.docType,
      issuerSigned: new Map<string, Encodable>([
        ['nameSpaces', nameSpaces],
        ['issuerAuth', toEncodable(issuerSigned.get('issuerAuth'))],
      ]),
    },
    await deviceSigned(card.docType, { privateKey: await importDeviceKey(card.deviceKey) }, transcript),
  );
  return { deviceResponse: deviceResponseBytes([document]), sessionTranscript: encodeCbor(transcript) };
}

/** The DC API answer: presentCard's DeviceResponse sealed to the request's recipient key. */
export async function answerRequest(
  data: RequestData,
  origin: string,
  card: WalletCard,
  options: AnswerOptions = {},
): Promise<DigitalCredentialAnswer> {
  const plain = await presentCard(data, origin, card, options);
  const response = await sealResponse(plain.deviceResponse, data.encryptionInfo, plain.sessionTranscript);
  return { protocol: PROTOCOL, data: { response } };
}

const elementOf = (item: CborValue): string | undefined => {
  const content = item instanceof EmbeddedCbor ? item.item : undefined;
  const id = content instanceof Map ? content.get('elementIdentifier') : undefined;
  return typeof id === 'string' ? id : undefined;
};

/** The items to present, per namespace, as issued. */
function presented(held: CborValue | undefined, asked: DocRequest | undefined, choice: ElementChoice) {
  const out = new Map<string, Encodable>();
  if (!(held instanceof Map)) return out;
  for (const [ns, items] of held) {
    if (typeof ns !== 'string' || !Array.isArray(items)) continue;
    const wanted = asked?.nameSpaces[ns];
    const kept = items.filter((item) => {
      const id = elementOf(item);
      if (id === undefined) return false;
      if (choice === 'all' || !asked) return true;
      if (choice === 'no-birth-date' && id === 'birth_date') return false;
      return wanted !== undefined && Object.hasOwn(wanted, id);
    });
    if (kept.length > 0) out.set(ns, kept.map(toEncodable));
  }
  if (choice === 'unsigned-extra') addUnsignedItem(out, asked?.nameSpaces ?? {});
  return out;
}

/** An item with a digestID no MSO of this issuer uses: the verifier finds no digest for it. */
function addUnsignedItem(out: Map<string, Encodable>, requested: DocRequest['nameSpaces']): void {
  const ns = Object.keys(requested)[0] ?? 'org.iso.23220.1';
  const item = encodeCbor(
    new Map<string, Encodable>([
      ['digestID', 999_999],
      ['random', globalThis.crypto.getRandomValues(new Uint8Array(16))],
      ['elementIdentifier', 'issuing_country'],
      ['elementValue', 'JP'],
    ]),
  );
  const list = (out.get(ns) as Encodable[] | undefined) ?? [];
  out.set(ns, [...list, new Tagged(24, item)]);
}

async function importDeviceKey(jwk: JsonWebKey): Promise<CryptoKey> {
  const params = { name: 'ECDSA', namedCurve: jwk.crv ?? 'P-256' };
  return globalThis.crypto.subtle.importKey('jwk', jwk, params, false, ['sign']);
}
