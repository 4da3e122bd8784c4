// One wallet call of the CLI (PROFILE §8.8): its files read, then the core's §8.6 verification —
// plaintext (`--mdoc`, steps 1–2 skipped) or the DC API answer (`--dcapi-response`, with the
// SessionTranscript built from `--encryption-info` and `--origin`, opened with `--recipient-key`).
// Text files lose one trailing LF or CRLF, nothing else. A file that cannot be read, or a
// `--request`/JWK file that is not one, is the caller's usage error (exit 2); what the wallet
// sent is never that: a malformed response is a result with its code.
import { open } from 'node:fs/promises';
import { readDeviceRequest } from '../core/mdoc/device-request';
import { MAX_DEVICE_RESPONSE_BYTES } from '../core/mdoc/device-response';
import { defaultRequests } from '../core/mdoc/doctypes';
import type { DocRequest, WalletContext, WalletResult } from '../core/mdoc/types';
import { verifyDeviceResponse, verifyWalletResponse } from '../core/mdoc/verify-wallet';
import { callFromJwk } from '../core/mdoc/wallet-request';
import { type WalletGroup, WalletInputError } from './wallet-args';

/** PROFILE §8.5: `data.response` ≤ 3 MiB of text. Files are read one byte past a limit, so the core sees them over it. */
const MAX_RESPONSE_TEXT = 3 * 1024 * 1024;
const MAX_SMALL_FILE = 64 * 1024;

export interface WalletCall {
  results: WalletResult[];
  /** The doctypes its `--request` names; null without one (PROFILE §8.8, identity). */
  requested: string[] | null;
}

/** The first `cap` bytes of a file (what lies beyond is never needed to refuse it). */
async function readCapped(path: string, cap: number): Promise<Uint8Array> {
  let handle: Awaited<ReturnType<typeof open>> | undefined;
  try {
    handle = await open(path, 'r');
    const buffer = new Uint8Array(cap);
    let filled = 0;
    while (filled < cap) {
      const { bytesRead } = await handle.read(buffer, filled, cap - filled, null);
      if (bytesRead === 0) break;
      filled += bytesRead;
    }
    return buffer.subarray(0, filled);
  } catch (e) {
    throw new WalletInputError(
      `${path} を読めません（${(e as NodeJS.ErrnoException).code ?? (e as Error).message}）`,
    );
  } finally {
    await handle?.close();
  }
}

/** A text file's text with one trailing LF or CRLF removed (PROFILE §8.8). */
async function readText(path: string, cap: number): Promise<string> {
  const bytes = await readCapped(path, cap);
  return new TextDecoder().decode(bytes).replace(/\r?\n$/, '');
}

async function readJwk(path: string, flag: string): Promise<JsonWebKey> {
  try {
    const value = JSON.parse(await readText(path, MAX_SMALL_FILE)) as unknown;
    if (typeof value === 'object' && value !== null && !Array.isArray(value)) return value as JsonWebKey;
  } catch (e) {
    if (e instanceof WalletInputError) throw e;
  }
  throw new WalletInputError(`${flag}: ${path} は JWK（JSON）ではありません`);
}

async function readRequest(path: string | undefined): Promise<DocRequest[] | undefined> {
  if (path === undefined) return undefined;
  const requests = readDeviceRequest(await readCapped(path, MAX_SMALL_FILE));
  if (!requests) throw new WalletInputError(`--request: ${path} は DeviceRequest ではありません`);
  return requests;
}

export async function runWalletGroup(group: WalletGroup, ctx: WalletContext): Promise<WalletCall> {
  const requests = await readRequest(group.request);
  const requested = requests ? requests.map((r) => r.docType) : null;
  if (group.kind === 'mdoc') {
    const deviceResponse = await readCapped(group.mdoc, MAX_DEVICE_RESPONSE_BYTES + 1);
    const sessionTranscript = await readCapped(group.sessionTranscript, MAX_SMALL_FILE);
    const readerKey = group.readerKey ? await readJwk(group.readerKey, '--reader-key') : undefined;
    const results = await verifyDeviceResponse(deviceResponse, sessionTranscript, ctx, {
      ...(requests && { requests }),
      ...(readerKey && { readerKey }),
    });
    return { results, requested };
  }
  const response = await readText(group.response, MAX_RESPONSE_TEXT + 1);
  const encryptionInfo = await readText(group.encryptionInfo, MAX_SMALL_FILE);
  const jwk = await readJwk(group.recipientKey, '--recipient-key');
  const call = await callFromJwk(jwk, encryptionInfo, group.origin, requests ?? defaultRequests());
  if (!call)
    throw new WalletInputError(
      `--recipient-key: ${group.recipientKey} は d を含む P-256 の JWK ではありません`,
    );
  return { results: await verifyWalletResponse(response, call, ctx), requested };
}
