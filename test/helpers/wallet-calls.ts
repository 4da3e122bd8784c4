// Wallet calls for the CLI tests (PROFILE §8.8): the verifier's request (DeviceRequest and
// EncryptionInfo, with a recipient key the test keeps as a JWK), the simulated wallet's answer to
// it for a demo card, and the files `npm run verify` takes — plaintext (`--mdoc` group) or the
// encrypted DC API answer (`--dcapi-response` group).
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { encodeBase64Url } from '../../core/bytes';
import { DQC_DOCTYPE, dqcRequest, mncRequest } from '../../core/mdoc/doctypes';
import { deviceRequestBytes, encryptionInfoBytes, sessionTranscriptBytes } from '../../core/mdoc/encodings';
import type { WalletSample } from '../../issuer/wallet/demo-wallet';
import { answerRequest, type ElementChoice, presentCard } from '../../wallet-sim/answer';
import { readWalletCard, type WalletCard } from '../../wallet-sim/card';

export const ORIGIN = 'http://localhost:8787';

export function walletSamples(demo: string): WalletSample[] {
  return JSON.parse(readFileSync(join(demo, 'wallet', 'manifest.json'), 'utf8')) as WalletSample[];
}

export function cardOf(demo: string, sample: WalletSample): WalletCard {
  const card = readWalletCard(JSON.parse(readFileSync(join(demo, sample.file), 'utf8')));
  if (!card) throw new Error(`${sample.file} is not a wallet file`);
  return card;
}

export interface CallOptions {
  /** What the verifier asks for (default: the card's doctype, PROFILE §8.1). */
  docType?: string;
  /** The origin the verifier binds (default ORIGIN). */
  origin?: string;
  /** The origin the wallet takes from "its browser" (default: the verifier's). */
  walletOrigin?: string;
  elements?: ElementChoice;
}

/** A fresh request as the page makes one, with the recipient key exported for `--recipient-key`. */
async function request(docType: string) {
  const pair = (await crypto.subtle.generateKey({ name: 'ECDH', namedCurve: 'P-256' }, true, [
    'deriveBits',
  ])) as CryptoKeyPair;
  const point = new Uint8Array(await crypto.subtle.exportKey('raw', pair.publicKey));
  const nonce = crypto.getRandomValues(new Uint8Array(16));
  const encryptionInfo = encodeBase64Url(
    encryptionInfoBytes(nonce, point.subarray(1, 33), point.subarray(33)),
  );
  const deviceRequest = deviceRequestBytes(docType === DQC_DOCTYPE ? dqcRequest() : mncRequest());
  const jwk = await crypto.subtle.exportKey('jwk', pair.privateKey);
  return { deviceRequest, encryptionInfo, jwk };
}

const scratch = () => mkdtempSync(join(tmpdir(), 'dqc-wallet-call-'));

/** `--mdoc DR --session-transcript ST --request REQ` for one call answered with `card`. */
export async function plaintextGroup(card: WalletCard, options: CallOptions = {}): Promise<string[]> {
  const r = await request(options.docType ?? card.docType);
  const data = { deviceRequest: encodeBase64Url(r.deviceRequest), encryptionInfo: r.encryptionInfo };
  const answer = await presentCard(data, options.walletOrigin ?? options.origin ?? ORIGIN, card, {
    elements: options.elements ?? 'requested',
  });
  const dir = scratch();
  writeFileSync(join(dir, 'response.cbor'), answer.deviceResponse);
  // The verifier's own SessionTranscript for its call (the wallet built its own from its origin).
  writeFileSync(
    join(dir, 'transcript.cbor'),
    await sessionTranscriptBytes(r.encryptionInfo, options.origin ?? ORIGIN),
  );
  writeFileSync(join(dir, 'request.cbor'), r.deviceRequest);
  const at = (f: string) => join(dir, f);
  return [
    '--mdoc',
    at('response.cbor'),
    '--session-transcript',
    at('transcript.cbor'),
    '--request',
    at('request.cbor'),
  ];
}

/** `--dcapi-response … --encryption-info … --origin … --recipient-key … --request …` for one call. */
export async function encryptedGroup(card: WalletCard, options: CallOptions = {}): Promise<string[]> {
  const r = await request(options.docType ?? card.docType);
  const origin = options.origin ?? ORIGIN;
  const data = { deviceRequest: encodeBase64Url(r.deviceRequest), encryptionInfo: r.encryptionInfo };
  const answer = await answerRequest(data, options.walletOrigin ?? origin, card, {
    elements: options.elements ?? 'requested',
  });
  const dir = scratch();
  // Text files end with a newline as an editor leaves them (PROFILE §8.8: one LF is removed).
  writeFileSync(join(dir, 'response.txt'), `${answer.data.response}\n`);
  writeFileSync(join(dir, 'info.txt'), `${r.encryptionInfo}\r\n`);
  writeFileSync(join(dir, 'key.json'), JSON.stringify(r.jwk));
  writeFileSync(join(dir, 'request.cbor'), r.deviceRequest);
  const at = (f: string) => join(dir, f);
  return [
    '--dcapi-response',
    at('response.txt'),
    '--encryption-info',
    at('info.txt'),
    '--origin',
    origin,
    '--recipient-key',
    at('key.json'),
    '--request',
    at('request.cbor'),
  ];
}
