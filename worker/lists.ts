// GET and PUT of signed tokens (PROFILE §7).

import { concatBytes } from '../core/bytes';
import { TYP_STATUS_LIST, TYP_TRUST_LIST } from '../core/cose/dqc-header';
import { readStatusList } from '../core/status-list';
import { readTrustList } from '../core/trust-list';
import type { TrustList } from '../core/types';
import type { Env } from './env';
import { HttpError } from './errors';
import { notModified, parseIfNoneMatch } from './if-none-match';
import { putIfNewer, statusKey, TRUST_LIST_KEY } from './store';
import { anchor, currentTrustList } from './trust';
import { refuseUnusable } from './usable';

/** PROFILE §7: the content types are the tokens' `typ` (§4, §5). */
export const TRUST_LIST_TYPE = TYP_TRUST_LIST;
export const STATUS_LIST_TYPE = TYP_STATUS_LIST;
export const MAX_BODY_BYTES = 1024 * 1024;
/** At most MAX_BODY_BYTES / 1024 groups then, and 1024 chunks per call: far below the limit. */
const CHUNKS_PER_GROUP = 1024;
const TRUST_LIST_MAX_AGE = 300;

/** 400 for tokens that are not well-formed, 403 for tokens not signed by whom they must be. */
const FORBIDDEN_CODES = new Set(['UNKNOWN_SIGNER', 'BAD_SIGNATURE']);

function rejectToken(code: string): never {
  throw new HttpError(FORBIDDEN_CODES.has(code) ? 403 : 400, code);
}

/** Stands in for a missing trust list: names no status signer, so only well-formedness is judged. */
const NO_TRUST_LIST: TrustList = {
  iss: '',
  iat: 0,
  exp: 0,
  seq: 0,
  hosts: [],
  signers: [],
  statusSigners: [],
  statusLists: [],
  iacas: [],
  bytes: new Uint8Array(0),
};

const clamp = (n: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, n));

/** GET/HEAD: the stored token with ETag / 304 and a max-age from its ttl (clamped to 60–3600). */
export async function getToken(
  request: Request,
  env: Env,
  key: string,
  contentType: string,
): Promise<Response> {
  // Only If-None-Match is a condition here (PROFILE §7), and the Worker evaluates it itself
  // (if-none-match.ts): R2 throws on a malformed value, and would honour If-Match and the rest.
  const header = request.headers.get('if-none-match');
  const condition = header === null ? null : parseIfNoneMatch(header);
  // HEAD and a conditional GET look at the metadata first: a body opened only to be cancelled
  // costs a read and makes workerd log "reader canceled" for every 304 and HEAD.
  const meta = request.method === 'HEAD' || condition ? await env.LISTS.head(key) : null;
  if ((request.method === 'HEAD' || condition) && !meta) throw new HttpError(404, 'NOT_FOUND');
  if (meta && (request.method === 'HEAD' || notModified(condition, meta.httpEtag))) {
    const headers = listHeaders(meta, contentType);
    if (request.method === 'HEAD' && !notModified(condition, meta.httpEtag)) {
      // As GET without the body (PROFILE §7): the length is the body's.
      headers.set('content-length', String(meta.size));
      return new Response(null, { headers });
    }
    return new Response(null, { status: 304, headers });
  }
  const object = await env.LISTS.get(key);
  if (!object) throw new HttpError(404, 'NOT_FOUND');
  return new Response(object.body, { headers: listHeaders(object, contentType) });
}

/** The headers of a list answer (PROFILE §7): ETag, max-age from the ttl, CORS, the server's time. */
function listHeaders(object: R2Object, contentType: string): Headers {
  const ttl = Number(object.customMetadata?.ttl ?? TRUST_LIST_MAX_AGE);
  return new Headers({
    'content-type': contentType,
    etag: object.httpEtag,
    'cache-control': `public, max-age=${clamp(Number.isFinite(ttl) ? ttl : 60, 60, 3600)}`,
    'access-control-allow-origin': '*',
    'access-control-expose-headers': 'etag, date',
    'x-content-type-options': 'nosniff',
    // The app compares its clock with this (web/features/trust/clock.ts); the platform adds it
    // too, but the local runtime did not, so the app never saw a server time.
    date: new Date().toUTCString(),
  });
}

/** Checks content type (415) and size (413) in that order, then reads the body. */
async function readBody(request: Request, expectedType: string): Promise<Uint8Array> {
  const type = (request.headers.get('content-type') ?? '').split(';')[0]?.trim().toLowerCase();
  if (type !== expectedType) throw new HttpError(415, 'UNSUPPORTED_MEDIA_TYPE');
  const declared = Number(request.headers.get('content-length') ?? '0');
  if (declared > MAX_BODY_BYTES) throw new HttpError(413, 'TOO_LARGE');
  const reader = request.body?.getReader();
  // concatBytes takes its parts as arguments, and an engine takes only so many (workerd: fewer
  // than 130 000): a body sent in tiny pieces is joined per group first, each byte copied twice.
  const groups: Uint8Array[] = [];
  let chunks: Uint8Array[] = [];
  let size = 0;
  while (reader) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.length;
    if (size > MAX_BODY_BYTES) {
      await reader.cancel();
      throw new HttpError(413, 'TOO_LARGE');
    }
    chunks.push(value);
    if (chunks.length === CHUNKS_PER_GROUP) {
      groups.push(concatBytes(...chunks));
      chunks = [];
    }
  }
  return concatBytes(...groups, ...chunks);
}

export async function putTrustList(request: Request, env: Env): Promise<Response> {
  const body = await readBody(request, TRUST_LIST_TYPE);
  const reading = await readTrustList(body, await anchor(env));
  if (!reading.ok) rejectToken(reading.code);
  refuseUnusable(reading.value, 'TRUST_LIST_EXPIRED');
  await putIfNewer(env.LISTS, TRUST_LIST_KEY, body, reading.value.seq, TRUST_LIST_TYPE, {});
  return new Response(null, { status: 204 });
}

export async function putStatusList(request: Request, env: Env, id: string): Promise<Response> {
  const body = await readBody(request, STATUS_LIST_TYPE);
  const trustList = await currentTrustList(env);
  // Well-formedness first (400) even with no trust list stored; then, with none, no status
  // signer can be authorised and the list has to wait for one (409).
  const reading = await readStatusList(body, trustList ?? NO_TRUST_LIST);
  if (!reading.ok) {
    if (!trustList && FORBIDDEN_CODES.has(reading.code)) throw new HttpError(409, 'NO_TRUST_LIST');
    rejectToken(reading.code);
  }
  if (!trustList) throw new HttpError(409, 'NO_TRUST_LIST');
  const { uri, iat, ttl } = reading.value;
  refuseUnusable(reading.value, 'EXPIRED');
  // The list must be one the trust list names, and be this path's list (PROFILE §7).
  if (!trustList.statusLists.includes(uri) || !uri.endsWith(`/status/${id}`))
    throw new HttpError(400, 'WRONG_LIST');
  await putIfNewer(env.LISTS, statusKey(id), body, iat, STATUS_LIST_TYPE, { ttl: String(ttl) });
  return new Response(null, { status: 204 });
}
