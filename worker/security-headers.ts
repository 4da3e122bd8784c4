// Security headers for the app's pages and assets (issue: strict CSP, no referrer).
import type { TrustList } from '../core/types';

/** connect-src: self plus the origins of the trust list's status lists (PROFILE §4). */
export function contentSecurityPolicy(trustList: TrustList | null): string {
  const statusOrigins = new Set<string>();
  for (const uri of trustList?.statusLists ?? []) {
    try {
      statusOrigins.add(new URL(uri).origin);
    } catch {
      // a list URI that is not a URL cannot be fetched anyway
    }
  }
  return [
    "default-src 'self'",
    // WebAssembly (the QR decoder) needs wasm-unsafe-eval; JavaScript eval stays forbidden.
    "script-src 'self' 'wasm-unsafe-eval'",
    "style-src 'self'",
    "img-src 'self' blob: data:",
    "font-src 'self'",
    `connect-src 'self' ${[...statusOrigins].join(' ')}`.trim(),
    "worker-src 'self' blob:",
    "manifest-src 'self'",
    "media-src 'self' blob:",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
    "frame-ancestors 'none'",
  ].join('; ');
}

export function withSecurityHeaders(response: Response, trustList: TrustList | null, url: string): Response {
  const out = new Response(response.body, response);
  out.headers.set('content-security-policy', contentSecurityPolicy(trustList));
  out.headers.set('referrer-policy', 'no-referrer');
  out.headers.set('x-content-type-options', 'nosniff');
  out.headers.set('cross-origin-opener-policy', 'same-origin');
  // HTTPS only where it is served so (a local http://localhost must stay reachable).
  if (new URL(url).protocol === 'https:') out.headers.set('strict-transport-security', 'max-age=31536000');
  out.headers.set('permissions-policy', 'camera=(self), microphone=(), geolocation=(), interest-cohort=()');
  return out;
}
