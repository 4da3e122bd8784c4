// Shared flag handling for the issuer commands.
import { type ParseArgsConfig, parseArgs } from 'node:util';
import { parseTime, UsageError } from '../issuing/request-fields';

/** parseArgs in strict mode; an unknown or malformed flag is a usage error. */
export function flags<O extends NonNullable<ParseArgsConfig['options']>>(args: string[], options: O) {
  try {
    return parseArgs({ args: joinDashValues(args, options), options, strict: true, allowPositionals: false })
      .values;
  } catch (e) {
    throw new UsageError((e as Error).message);
  }
}

/**
 * `--cti -utJf4…`: a base64url value may begin with "-", which strict parseArgs refuses as
 * ambiguous. The value of a string option is taken as `--name=value` unless it is itself one of
 * the command's flags (then the value is missing, and parseArgs says so).
 */
function joinDashValues(args: string[], options: NonNullable<ParseArgsConfig['options']>): string[] {
  const known = new Set(Object.keys(options).map((name) => `--${name}`));
  const out: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string;
    const next = args[i + 1];
    const name = arg.startsWith('--') ? arg.slice(2) : '';
    if (
      options[name]?.type === 'string' &&
      next?.startsWith('-') &&
      !known.has(next.split('=')[0] as string)
    ) {
      out.push(`${arg}=${next}`);
      i++;
    } else out.push(arg);
  }
  return out;
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
