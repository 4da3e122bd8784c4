// Files written per credential: <name>.url, <name>.png (QR, 4-module quiet zone) and optionally
// <name>.svg. The PDF renderer adds <name>.pdf. A large batch hands these to worker threads
// (credential-file-pool.ts); both paths write through writeCredentialFilesAt.
import { randomBytes } from 'node:crypto';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { link, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { qrPng, qrSvg } from '../qr/qr-image';

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

/** The one wording for a file that could not be written, with the system's code. */
export function cannotWrite(path: string, e: unknown): Error {
  return new Error(
    `ファイルを書けません: ${path}（${(e as NodeJS.ErrnoException).code ?? (e as Error).message}）`,
  );
}

/**
 * Writes a file that must not exist yet, whole or not at all: written aside, then linked into
 * place (which fails if the name is taken). A full disk or a killed process never leaves a
 * truncated file under the real name, one that opens as a certificate with its end missing.
 */
export async function writeNewFile(path: string, data: Uint8Array): Promise<void> {
  // A random name: one left by a killed run never collides with this one.
  const aside = `${path}.${randomBytes(6).toString('hex')}.partial`;
  try {
    await writeFile(aside, data, { flag: 'wx' });
    await link(aside, path);
  } catch (e) {
    throw cannotWrite(path, e);
  } finally {
    await rm(aside, { force: true });
  }
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
      // wx: never over a file that is there (names are new: a cti, or an --out name checked free).
      writeFileSync(path, data, { flag: 'wx' });
    } catch (e) {
      // What a full disk let through is removed: never a truncated image or URL. A file that was
      // there already (EEXIST) is not ours to remove.
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') rmSync(path, { force: true });
      throw cannotWrite(path, e);
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
