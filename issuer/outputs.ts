// Files written per credential: <name>.url, <name>.png (QR, 4-module quiet zone) and optionally
// <name>.svg. The PDF renderer adds <name>.pdf. A large batch hands these to worker threads
// (credential-file-pool.ts); both paths write through writeCredentialFilesAt.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { qrPng, qrSvg } from './qr-image';

export interface OutputOptions {
  png?: boolean;
  svg?: boolean;
}

/** A safe file base name: letters, digits, `_`, `-`, `.`; no path separators. */
export function safeName(name: string): string {
  if (!/^[\p{L}\p{N}_.-]{1,100}$/u.test(name) || name.startsWith('.')) {
    throw new Error(`「${name}」はファイル名に使えません（文字・数字・_ . - のみ。空白は使えません）`);
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
 * queueing for libuv's thread pool than writing. All or none: when one file fails, the ones
 * already written for this credential are removed, so a batch's list can say which are there.
 */
export function writeCredentialFilesAt(
  base: string,
  url: string,
  options: OutputOptions = { png: true },
): void {
  const written: string[] = [];
  const put = (path: string, data: string | Uint8Array) => {
    try {
      writeFileSync(path, data);
    } catch (e) {
      throw new Error(
        `ファイルを書けません: ${path}（${(e as NodeJS.ErrnoException).code ?? (e as Error).message}）`,
      );
    }
    written.push(path);
  };
  try {
    put(`${base}.url`, `${url}\n`);
    if (options.png !== false) put(`${base}.png`, qrPng(url, { moduleSize: 4 }));
    if (options.svg) put(`${base}.svg`, qrSvg(url));
  } catch (e) {
    for (const path of written) rmSync(path, { force: true });
    throw e;
  }
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
