// The two entry points of wallet verification (PROFILE §8.6), pure like verify(): time, trust
// list and status lists come in through the context. Never throws: every failure is a code.
// - verifyWalletResponse: the DC API mode — `data.response` text and the call that asked for it
//   (steps 1–14). The call's private key is taken at once: one call, one open.
// - verifyDeviceResponse: the plaintext mode (CLI `--mdoc`) — DeviceResponse bytes and
//   SessionTranscript bytes; steps 1–2 are skipped.
// With no verified trust list nothing is opened: one result, docType null, indeterminate,
// [TRUST_LIST_UNAVAILABLE], all 14 checks skipped, trustListSeq null.
import { clockSuspect } from '../clock';
import { decodeMdoc, EmbeddedCbor } from './cbor';
import { readDeviceResponse } from './device-response';
import { defaultRequests } from './doctypes';
import { sessionTranscriptBytes } from './encodings';
import { readEncryptedResponse } from './encrypted-response';
import { openBase } from './hpke';
import { Steps } from './steps';
import { subtle } from './subtle';
import type { DocRequest, WalletContext, WalletResult } from './types';
import { type DocumentInputs, finish, verifyDocument } from './verify-document';
import type { CallOpening } from './wallet-request';

export interface PlaintextOptions {
  /** The DeviceRequest's DocRequests (`--request`); absent: the requests of §8.1 (PROFILE §8.8). */
  requests?: readonly DocRequest[];
  /** EReaderKey, a P-256 JWK with `d`, for a deviceMac (`--reader-key`, test vectors only). */
  readerKey?: JsonWebKey;
}

function unavailable(): WalletResult[] {
  const steps = new Steps();
  return [
    {
      docType: null,
      verdict: 'indeterminate',
      reasons: ['TRUST_LIST_UNAVAILABLE'],
      checks: steps.checks,
      trustListSeq: null,
    },
  ];
}

/** DC API mode: steps 1–14 for `data.response` of the call. */
export async function verifyWalletResponse(
  responseText: unknown,
  call: CallOpening,
  ctx: WalletContext,
): Promise<WalletResult[]> {
  const privateKey = call.takeKey();
  const trustList = ctx.trustList;
  if (!trustList) return unavailable();
  const steps = new Steps();
  const early = () => [
    finish(steps, null, trustList, ctx.now, clockSuspect(ctx.now, ctx.seenIat, trustList)),
  ];
  try {
    const response = await readEncryptedResponse(responseText);
    steps.record(1, response ? undefined : 'MALFORMED_MDOC');
    if (!response) return early();
    const sessionTranscript = await sessionTranscriptBytes(call.encryptionInfo, call.origin);
    let plaintext: Uint8Array | null = null;
    if (privateKey) {
      plaintext = await openBase(
        privateKey,
        call.publicKey,
        response.enc,
        sessionTranscript,
        response.cipherText,
      ).catch(() => null);
    }
    steps.record(2, plaintext ? undefined : 'DECRYPT_FAILED');
    if (!plaintext) return early();
    return await afterDecryption(plaintext, steps, {
      ctx,
      trustList,
      requests: call.requests,
      sessionTranscript,
    });
  } catch {
    // Not reached by design; a defect still gives a result, never an exception.
    if (steps.passed(1)) steps.record(2, 'DECRYPT_FAILED');
    else steps.record(1, 'MALFORMED_MDOC');
    return early();
  }
}

/** Plaintext mode: steps 3–14 (1 and 2 skipped) for a DeviceResponse and its SessionTranscript. */
export async function verifyDeviceResponse(
  deviceResponse: Uint8Array,
  sessionTranscript: Uint8Array,
  ctx: WalletContext,
  options: PlaintextOptions = {},
): Promise<WalletResult[]> {
  const trustList = ctx.trustList;
  if (!trustList) return unavailable();
  const inputs: DocumentInputs = {
    ctx,
    trustList,
    requests: options.requests ?? defaultRequests(),
    sessionTranscript: unwrapSessionTranscript(sessionTranscript),
  };
  if (options.readerKey) {
    const readerKey = await importReaderKey(options.readerKey);
    if (readerKey) inputs.readerKey = readerKey;
  }
  return afterDecryption(deviceResponse, new Steps(), inputs);
}

/** Step 3, then steps 4–14 per Document (each from a copy of steps 1–3). */
async function afterDecryption(
  plaintext: Uint8Array,
  steps: Steps,
  inputs: DocumentInputs,
): Promise<WalletResult[]> {
  const { ctx, trustList } = inputs;
  const reading = readDeviceResponse(plaintext);
  if (!reading.ok) {
    steps.fail(3, reading.code);
    return [finish(steps, null, trustList, ctx.now, clockSuspect(ctx.now, ctx.seenIat, trustList))];
  }
  steps.pass(3);
  const results: WalletResult[] = [];
  for (const doc of reading.documents) {
    const own = new Steps();
    for (const step of [1, 2, 3]) {
      const check = steps.checks[step - 1];
      if (check?.result === 'pass') own.pass(step);
    }
    results.push(await verifyDocument(doc, own, inputs).catch(() => defect(own, doc.docType, inputs)));
  }
  return results;
}

/** Not reached by design: should a step throw, the first step without an outcome fails, never the call. */
function defect(steps: Steps, docType: string, { ctx, trustList }: DocumentInputs): WalletResult {
  const open = steps.checks.find((c) => c.step >= 4 && c.step <= 13 && c.result === 'skipped');
  if (open) steps.fail(open.step, 'MALFORMED_MDOC');
  return finish(steps, docType, trustList, ctx.now, clockSuspect(ctx.now, ctx.seenIat, trustList));
}

/** `--session-transcript` may hold SessionTranscriptBytes, #6.24(bstr .cbor SessionTranscript): unwrapped (§8.8). */
export function unwrapSessionTranscript(bytes: Uint8Array): Uint8Array {
  try {
    const value = decodeMdoc(bytes);
    return value instanceof EmbeddedCbor ? (value.value as Uint8Array) : bytes;
  } catch {
    return bytes;
  }
}

async function importReaderKey(jwk: JsonWebKey): Promise<CryptoKey | null> {
  try {
    const params = { name: 'ECDH', namedCurve: jwk.crv ?? '' };
    return await subtle().importKey('jwk', jwk, params, false, ['deriveBits']);
  } catch {
    return null;
  }
}
