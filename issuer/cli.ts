// Issuer CLI: `npm run issuer -- <command> [flags]`. Errors are reported in one place below.
import { runDemo } from './commands/demo-command';
import { runIssue } from './commands/issue-command';
import { runKeys } from './commands/keys-command';
import { runPdf } from './commands/pdf-command';
import { runPublish } from './commands/publish-command';
import { runStatus } from './commands/status-command';
import { runTrustList } from './commands/trust-list-command';
import { UsageError } from './issuing/request-fields';

const USAGE = `dqc issuer — makes keys, trust lists, status lists and test certificates

  keys       --dir DIR --base URL [--iss ID --name NAME --quals 1,2]   create a folder (anchor, signer, status signer)
  keys       --dir DIR --add-signer --iss ID --name NAME [--quals 1,2] [--unlisted]
  keys       --dir DIR --add-status-list ID
  keys       --dir DIR --add-iaca CERT.pem|der --name NAME --doc-types DT,… [--quals 1,2]   list an IACA root (PROFILE §8.2)
  trust-list --dir DIR [--now ISO]                    sign the trust list (seq + 1)
  trust-list --dir DIR --add-iaca CERT --name NAME --doc-types DT,… [--quals 1,2]   list an IACA root, then sign
  issue      --dir DIR --qual CODE --name NAME --birth YYYY-MM-DD --reg-no NO --reg-date YYYY-MM-DD
             [--body TEXT] [--kana KANA] [--grant-date D] [--other LABEL=VALUE]... [--photo FILE.jpg]
             [--exp ISO] [--signer N] [--out NAME] [--svg] [--no-png] [--pdf] [--now ISO]
  issue      --dir DIR --batch FILE.csv|FILE.json [--from-row N] [--svg] [--no-png] [--pdf]
  status     --dir DIR --cti CTI [--cti …] --set valid|revoked|suspended|deleted [--publish URL]
  status     --dir DIR --cti-file FILE --set …        ctis: one per line, or a CSV's cti column
  status     --dir DIR --refresh [--publish URL]      re-sign every status list
  status     --dir DIR --ds-serial HEX [--iaca N] --set revoked|valid   a DS serial in revokedSerials (trust list re-signed)
  publish    --dir DIR --to URL                       upload trust list and status lists
  pdf        --dir DIR --url FILE.url [--url …] [--photo FILE.jpg …]   a certificate PDF again, from its signed URL
  demo       --out DIR --base URL [--now ISO]         a complete demo world with manifest.json
  wallet iaca --dir DIR [--name NAME] [--doc-types DT,…] [--quals 1,2]   a test IACA and DS (listed; trust list re-signed)
  wallet ds   --dir DIR [--iaca N]                     another DS certificate
  wallet dqc  --dir DIR <the issue flags> | --batch FILE [--exp ISO] [--out NAME]   jp.go.nqs.dqc.1 mdocs (wallet files)
  wallet mnc  --dir DIR --name NAME | --family F [--given G]  --birth YYYY-MM-DD [--name-form full|split|both]
              [--approximate-mask 00000000] [--exp ISO] [--out NAME]   a test My Number Card mdoc (wallet file)
`;

const COMMANDS: Record<string, (args: string[]) => Promise<void>> = {
  keys: runKeys,
  'trust-list': runTrustList,
  issue: runIssue,
  status: runStatus,
  publish: runPublish,
  pdf: runPdf,
  demo: runDemo,
  // Loaded on use: @peculiar/x509 and the mdoc code are not needed by the other commands.
  wallet: async (args) => (await import('./commands/wallet-command')).runWallet(args),
};

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  const run = command ? COMMANDS[command] : undefined;
  if (!run) {
    process.stderr.write(USAGE);
    return command === '--help' || command === 'help' ? 0 : 2;
  }
  try {
    await run(rest);
    return 0;
  } catch (e) {
    const usage = e instanceof UsageError;
    process.stderr.write(`エラー: ${(e as Error).message}\n${usage ? `\n${USAGE}` : ''}`);
    // An interrupted batch says so with the shell's code for SIGINT (130).
    return usage ? 2 : ((e as { exitCode?: number }).exitCode ?? 1);
  }
}

process.exitCode = await main(process.argv.slice(2));
