// Files written per credential: <name>.url, <name>.png (QR, 4-module quiet zone) and optionally
// <name>.svg. The PDF renderer adds <name>.pdf. A large batch hands these to worker threads
// (credential-file-pool.ts); both paths write through writeCredentialFilesAt.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { qrPng, qrSvg } from './qr-image';

export interface OutputOptions {
  png?: boolean;
  svg?: boolean;
}

/** A safe file base name: letters, digits, `_`, `-`, `.`; no path separators. */
export function safeName(name: string): string {
  if (!/^[\p{L}\p{N}_.-]{1,100}$/u.test(name) || name.startsWith('.')) {
    throw new Error(`"${name}" is not a usable file name (letters, digits, _ . - only)`);
  }
  return name;
}

const madeDirs = new Set<string>();

/** The path, without extension, of a credential's files in `dir` (created if missing). */
export function credentialBase(dir: string, name: string): string {
  if (!madeDirs.has(dir)) {
    mkdirSync(dir, { recursive: true });
    madeDirs.add(dir);
  }
  return join(dir, safeName(name));
}

/**
 * Small files written synchronously: in a batch, thousands of tiny async writes spend more time
 * queueing for libuv's thread pool than writing.
 */
export function writeCredentialFilesAt(
  base: string,
  url: string,
  options: OutputOptions = { png: true },
): void {
  writeFileSync(`${base}.url`, `${url}\n`);
  if (options.png !== false) writeFileSync(`${base}.png`, qrPng(url, { moduleSize: 4 }));
  if (options.svg) writeFileSync(`${base}.svg`, qrSvg(url));
}

/** Writes a credential's files in this thread; returns their path without extension. */
export function writeCredentialFiles(
  dir: string,
  name: string,
  url: string,
  options: OutputOptions = { png: true },
): string {
  const base = credentialBase(dir, name);
  writeCredentialFilesAt(base, url, options);
  return base;
}
