// The DQC status service (PROFILE §7): trust list and status lists over HTTP, and the verifier
// app as static assets. One small module; errors become responses in one place.
import type { Env } from './env';
import { errorResponse, HttpError } from './errors';
import {
  getToken,
  MAX_BODY_BYTES,
  putStatusList,
  putTrustList,
  STATUS_LIST_TYPE,
  TRUST_LIST_TYPE,
} from './lists';
import { withSecurityHeaders } from './security-headers';
import { statusKey, TRUST_LIST_KEY } from './store';
import { currentTrustList } from './trust';

const STATUS_PATH = /^\/status\/([A-Za-z0-9_-]{1,64})$/;
const API_METHODS = 'GET, HEAD, PUT';

function allow(method: string, allowed: string[]): void {
  if (!allowed.includes(method))
    throw new HttpError(405, 'METHOD_NOT_ALLOWED', { allow: allowed.join(', ') });
}

async function route(request: Request, env: Env): Promise<Response> {
  const { pathname } = new URL(request.url);
  const method = request.method;
  if (pathname === '/healthz') {
    allow(method, ['GET', 'HEAD']);
    return new Response(method === 'HEAD' ? null : 'ok\n', { headers: { 'cache-control': 'no-store' } });
  }
  if (pathname === '/trust-list') {
    allow(method, API_METHODS.split(', '));
    return method === 'PUT'
      ? putTrustList(request, env)
      : getToken(request, env, TRUST_LIST_KEY, TRUST_LIST_TYPE);
  }
  const status = STATUS_PATH.exec(pathname);
  if (status?.[1]) {
    allow(method, API_METHODS.split(', '));
    const id = status[1];
    return method === 'PUT'
      ? putStatusList(request, env, id)
      : getToken(request, env, statusKey(id), STATUS_LIST_TYPE);
  }
  if (pathname.startsWith('/status/')) throw new HttpError(404, 'NOT_FOUND');
  allow(method, ['GET', 'HEAD']);
  // Everything else is the app; /w/ and /w are its verify page (single-page fallback).
  // The app's files never depend on the query, and /w/?c= holds a whole credential: the asset
  // fetch (a subrequest, which the platform and wrangler log with its URL) gets the path alone.
  const assetUrl = new URL(request.url);
  assetUrl.search = '';
  const asset = await env.ASSETS.fetch(new Request(assetUrl, request));
  // Only the page's policy needs the status lists' origins: the page fetches them, and a CSP
  // governs only the document (or worker) it comes with. Every other file (scripts, styles,
  // pdf.js's ~180 data files) gets connect-src 'self' and costs no storage read.
  const isPage = (asset.headers.get('content-type') ?? '').startsWith('text/html');
  const trustList = isPage ? await currentTrustList(env).catch(() => null) : null;
  const answer = withSecurityHeaders(asset, trustList, request.url);
  // A browser's HTTP cache keeps a stored answer under its whole URL, so a cached /w/?c= page
  // leaves the credential (signed name, birth date) on the verifying device (issue 14). The
  // verify page is never stored, nor any answer to a URL with a query (the app shell under any
  // path, a redirect such as /index.html's): a query is where a credential can be. The app's
  // files are never fetched with one, and keep the assets' caching.
  if (pathname === '/w/' || pathname === '/w' || request.url.includes('?'))
    answer.headers.set('cache-control', 'no-store');
  return answer;
}

/**
 * A request body refused unread (415, 405, a 413 on its declared length) is read to the end, up to
 * the upload limit, before the answer: left unread, the runtime cancels it and workerd logs a
 * "reader canceled" stack for every such request.
 */
async function drain(request: Request): Promise<void> {
  if (!request.body || request.bodyUsed) return;
  const reader = request.body.getReader();
  let size = 0;
  try {
    for (let r = await reader.read(); !r.done; r = await reader.read()) {
      size += r.value.length;
      if (size > MAX_BODY_BYTES) return void (await reader.cancel());
    }
  } catch {
    // a body that fails to arrive changes nothing about the answer
  }
}

export default {
  async fetch(request, env): Promise<Response> {
    try {
      return await route(request, env);
    } catch (error) {
      await drain(request);
      return errorResponse(error);
    }
  },
} satisfies ExportedHandler<Env>;
