// Reading the QR payload URL: PROFILE §2, steps 1 and 2 of §6.
import { decodeBase64Strict } from './bytes';
import type { ReasonCode } from './reasons';

export const MAX_URL_BYTES = 2331; // capacity of QR version 40-M
export const MAX_CREDENTIAL_BYTES = 1700;

export type UrlReading =
  | {
      ok: true;
      value: string;
      /** The value is base64url characters only (the issuers' form): step 2 need not check them again. */
      base64url?: true;
    }
  | { ok: false; code: ReasonCode };

const utf8 = new TextEncoder();

/**
 * Step 1: the URL rules. Returns the raw (still percent-encoded) value of the single `c`
 * parameter. `hosts` are the trust list's WHATWG-serialised origins.
 */
export function readCredentialUrl(input: string, hosts: readonly string[]): UrlReading {
  // A UTF-16 code unit takes at most 3 UTF-8 bytes: short inputs need no encoding to be measured.
  if (
    input.length > MAX_URL_BYTES ||
    (input.length * 3 > MAX_URL_BYTES && utf8.encode(input).length > MAX_URL_BYTES)
  ) {
    return { ok: false, code: 'MALFORMED_URL' };
  }
  const canonical = canonicalValue(input, hosts);
  return canonical !== null
    ? { ok: true, value: canonical, base64url: true }
    : parseCredentialUrl(input, hosts);
}

/** Step 1 by the WHATWG parser, for any input within the size limit (exported for its tests). */
export function parseCredentialUrl(input: string, hosts: readonly string[]): UrlReading {
  // "No trimming": the WHATWG parser would silently strip these, so the input is not the URL.
  if (wouldBeStripped(input)) return { ok: false, code: 'MALFORMED_URL' };
  let url: URL;
  try {
    url = new URL(input);
  } catch {
    return { ok: false, code: 'MALFORMED_URL' };
  }
  if (url.username !== '' || url.password !== '' || authorityHasAt(input)) {
    return { ok: false, code: 'UNTRUSTED_HOST' };
  }
  if (!hosts.includes(url.origin)) return { ok: false, code: 'UNTRUSTED_HOST' };
  if (url.pathname !== '/w/' && url.pathname !== '/w') return { ok: false, code: 'MALFORMED_URL' };

  const q = input.indexOf('?');
  const hash = input.indexOf('#');
  if (q < 0 || (hash >= 0 && hash < q)) return { ok: false, code: 'MALFORMED_URL' };
  const query = input.slice(q + 1, hash > q ? hash : undefined);
  let value: string | undefined;
  let count = 0;
  for (const part of query.split('&')) {
    const eq = part.indexOf('=');
    const name = eq < 0 ? part : part.slice(0, eq);
    if (name !== 'c') continue;
    count++;
    value = eq < 0 ? '' : part.slice(eq + 1);
  }
  if (count !== 1 || !value) return { ok: false, code: 'MALFORMED_URL' };
  return { ok: true, value };
}

/**
 * The URL exactly as issuers emit it (PROFILE §2): a trusted host, `/w/?c=`, then base64url
 * characters only. The WHATWG parser cannot read such a text otherwise — `hosts` are serialised
 * origins, so its origin is that host, with no userinfo, path `/w/` and one `c` — so the parser
 * (most of this step's time) is skipped. Anything else (null) takes the full path below.
 */
function canonicalValue(input: string, hosts: readonly string[]): string | null {
  for (const host of hosts) {
    const start = host.length + PREFIX.length;
    if (!input.startsWith(host) || !input.startsWith(PREFIX, host.length)) continue;
    BASE64URL_TO_END.lastIndex = start;
    return BASE64URL_TO_END.test(input) ? input.slice(start) : null;
  }
  return null;
}

const PREFIX = '/w/?c=';
/** One or more base64url characters from lastIndex to the end of the text. */
const BASE64URL_TO_END = /[A-Za-z0-9_-]+$/y;

/** WHATWG strips leading/trailing C0 controls and spaces, and every tab or newline. */
function wouldBeStripped(input: string): boolean {
  const c0OrSpace = (c: number) => c <= 0x20;
  if (input.length > 0 && (c0OrSpace(input.charCodeAt(0)) || c0OrSpace(input.charCodeAt(input.length - 1)))) {
    return true;
  }
  return input.includes('\t') || input.includes('\n') || input.includes('\r');
}

/**
 * WHATWG authority: after "scheme:" and its slashes, up to the first "/", "?", "#" or "\". PROFILE §2: an "@" anywhere in it is userinfo, even when the parser drops it.
 */
function authorityHasAt(input: string): boolean {
  let i = input.indexOf(':') + 1;
  // WHATWG skips any run of slashes and backslashes before the authority of special schemes.
  while (input[i] === '/' || input[i] === '\\') i++;
  const rest = input.slice(i);
  const end = rest.search(/[/?#\\]/);
  return (end < 0 ? rest : rest.slice(0, end)).includes('@');
}

/**
 * Step 2: percent-decode once, spaces become "+", strict base64, size limit.
 * Returns the credential bytes or null (MALFORMED_ENCODING). `base64url`: the caller has seen
 * that `raw` is base64url characters only, so there is nothing to percent-decode or replace.
 */
export function decodeCredentialValue(raw: string, base64url = false): Uint8Array | null {
  const text = base64url ? raw : percentDecodeOnce(raw);
  if (text === null) return null;
  const bytes = base64url ? decodeBase64Strict(text, true) : decodeBase64Strict(text.replaceAll(' ', '+'));
  if (bytes === null || bytes.length === 0 || bytes.length > MAX_CREDENTIAL_BYTES) return null;
  return bytes;
}

/** WHATWG percent-decode (invalid sequences stay as they are), then UTF-8 (invalid → null). */
function percentDecodeOnce(raw: string): string | null {
  if (!raw.includes('%')) return raw;
  const bytes: number[] = [];
  const encoded = utf8.encode(raw);
  for (let i = 0; i < encoded.length; i++) {
    const b = encoded[i] as number;
    if (b === 0x25 && i + 2 < encoded.length && isHex(encoded[i + 1]) && isHex(encoded[i + 2])) {
      bytes.push(
        Number.parseInt(String.fromCharCode(encoded[i + 1] as number, encoded[i + 2] as number), 16),
      );
      i += 2;
    } else bytes.push(b);
  }
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(Uint8Array.from(bytes));
  } catch {
    return null;
  }
}

function isHex(b: number | undefined): boolean {
  return (
    b !== undefined && ((b >= 0x30 && b <= 0x39) || (b >= 0x41 && b <= 0x46) || (b >= 0x61 && b <= 0x66))
  );
}
