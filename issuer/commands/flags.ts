// Shared flag handling for the issuer commands.
import { type ParseArgsConfig, parseArgs } from 'node:util';
import { parseTime, UsageError } from '../request-fields';

/** parseArgs in strict mode; an unknown or malformed flag is a usage error. */
export function flags<O extends NonNullable<ParseArgsConfig['options']>>(args: string[], options: O) {
  try {
    return parseArgs({ args, options, strict: true, allowPositionals: false }).values;
  } catch (e) {
    throw new UsageError((e as Error).message);
  }
}

export function required(value: string | undefined, flag: string): string {
  if (!value) throw new UsageError(`${flag} is required`);
  return value;
}

/** `--now ISO` for reproducible runs; the clock otherwise. */
export function nowFrom(value: string | undefined): number {
  return value ? parseTime(value, '--now') : Math.floor(Date.now() / 1000);
}

export function say(line: string): void {
  process.stdout.write(`${line}\n`);
}

export function note(line: string): void {
  process.stderr.write(`${line}\n`);
}
