// The verifier CLI's wallet groups (PROFILE §8.8): `--mdoc …` (plaintext DeviceResponse) or
// `--dcapi-response …` (the encrypted DC API answer) starts a group — one wallet call — and the
// flags after it belong to it until the next group starts. Groups repeat; their results come in
// input order. Everything else goes back to the CLI's own parser untouched.

/** Flags that start a group. */
const STARTERS = { '--mdoc': 'mdoc', '--dcapi-response': 'dcapi' } as const;

/** Flags of each kind of group: which are required, which may be added. */
const MEMBERS = {
  mdoc: { required: ['--session-transcript'], optional: ['--request', '--reader-key'] },
  dcapi: { required: ['--encryption-info', '--origin', '--recipient-key'], optional: ['--request'] },
} as const;

const GROUP_FLAGS = new Set<string>([
  ...Object.keys(STARTERS),
  ...Object.values(MEMBERS).flatMap((m) => [...m.required, ...m.optional]),
]);

export interface MdocGroup {
  kind: 'mdoc';
  mdoc: string;
  sessionTranscript: string;
  request?: string;
  readerKey?: string;
}

export interface DcapiGroup {
  kind: 'dcapi';
  response: string;
  encryptionInfo: string;
  origin: string;
  recipientKey: string;
  request?: string;
}

export type WalletGroup = MdocGroup | DcapiGroup;

/** A file a group names that cannot be used: the caller's usage error (exit 2, PROFILE §8.8). */
export class WalletInputError extends Error {
  override name = 'WalletInputError';
}

export type SplitArgs = { rest: string[]; groups: WalletGroup[] } | { problem: string };

/** `--flag value` and `--flag=value` as [flag, value]; value undefined when missing. */
function flagAt(argv: readonly string[], i: number): [string, string | undefined, number] {
  const arg = argv[i] as string;
  const eq = arg.indexOf('=');
  if (eq > 0) return [arg.slice(0, eq), arg.slice(eq + 1), i];
  const next = argv[i + 1];
  return [arg, next === undefined || GROUP_FLAGS.has(next.split('=')[0] as string) ? undefined : next, i + 1];
}

export function splitWalletArgs(argv: readonly string[]): SplitArgs {
  const rest: string[] = [];
  const open: { kind: 'mdoc' | 'dcapi'; values: Map<string, string> }[] = [];
  for (let i = 0; i < argv.length; i++) {
    const name = (argv[i] as string).split('=')[0] as string;
    if (!GROUP_FLAGS.has(name)) {
      rest.push(argv[i] as string);
      continue;
    }
    const [flag, value, last] = flagAt(argv, i);
    i = last;
    if (value === undefined || value === '') return { problem: `${flag} の値がありません` };
    const starter = STARTERS[flag as keyof typeof STARTERS];
    if (starter) {
      open.push({ kind: starter, values: new Map([[flag, value]]) });
      continue;
    }
    const group = open.at(-1);
    if (!group) return { problem: `${flag} は --mdoc か --dcapi-response の後に書いてください` };
    const members = MEMBERS[group.kind];
    if (![...members.required, ...members.optional].includes(flag as never))
      return {
        problem: `${flag} は ${group.kind === 'mdoc' ? '--mdoc' : '--dcapi-response'} の組では使えません`,
      };
    if (group.values.has(flag)) return { problem: `${flag} が一つの組に二度あります` };
    group.values.set(flag, value);
  }
  const groups: WalletGroup[] = [];
  for (const { kind, values } of open) {
    const missing = MEMBERS[kind].required.find((f) => !values.has(f));
    if (missing)
      return { problem: `${kind === 'mdoc' ? '--mdoc' : '--dcapi-response'} には ${missing} が必要です` };
    const get = (f: string) => values.get(f) as string;
    const request = values.has('--request') ? { request: get('--request') } : {};
    if (kind === 'mdoc')
      groups.push({
        kind,
        mdoc: get('--mdoc'),
        sessionTranscript: get('--session-transcript'),
        ...request,
        ...(values.has('--reader-key') && { readerKey: get('--reader-key') }),
      });
    else
      groups.push({
        kind,
        response: get('--dcapi-response'),
        encryptionInfo: get('--encryption-info'),
        origin: get('--origin'),
        recipientKey: get('--recipient-key'),
        ...request,
      });
  }
  return { rest, groups };
}
