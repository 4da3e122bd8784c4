// A qualification certificate presented from a wallet (PROFILE §8.6), on the result screen as a QR
// result is: the headline in colour with the exact text (§6's headlines with the wallet codes'
// texts), the signed items (only requested, digest-verified elements), the status time, the checks
// in the rows people look for, and — when valid — the identity check (§8.7), which the app side
// hands in (its result goes back through `onIdentity`, for a §9 record).
import type { ComponentChildren } from 'preact';
import { type WalletRow, walletRows } from '../../../core/mdoc/check-rows';
import type { IdentityMatch } from '../../../core/mdoc/identity';
import type { WalletResult } from '../../../core/mdoc/types';
import { useLang } from '../../app/lang';
import { CheckSection } from '../verify/CheckSection';
import { CredentialItems } from '../verify/CredentialItems';
import { formatResultTime } from '../verify/format-time';
import { Headline } from '../verify/Headline';
import { walletHeadlineParts, walletReason } from './wallet-texts';
import { walletCredential } from './wallet-view';

function WalletChecks({ result, index }: { result: WalletResult; index: number }) {
  const { t } = useLang();
  const labels: Record<WalletRow['name'], string> = {
    response: t.wallet.checkResponse,
    signature: t.checkSignature,
    issuer: t.checkIssuer,
    device: t.wallet.checkDevice,
    time: t.checkTime,
    status: t.checkStatus,
    trust: t.checkTrust,
  };
  const lines = walletRows(result).map((row) => ({
    name: row.name,
    result: row.result,
    unsure: row.unsure,
    label: labels[row.name],
    detail: row.code ? `${t.colon}${walletReason(row.code, t)}` : '',
  }));
  return <CheckSection titleId={`wallet-checks-${index}`} lines={lines} />;
}

/** The identity check under a card (IdentityCheck, given by the app's side: no import cycle). */
export type IdentitySlot = (
  dqc: WalletResult,
  onIdentity: (identity: IdentityMatch | undefined) => void,
) => ComponentChildren;

export function WalletResultCard({
  result,
  index,
  identity,
  onIdentity,
}: {
  result: WalletResult;
  index: number;
  identity: IdentitySlot;
  onIdentity: (identity: IdentityMatch | undefined) => void;
}) {
  const { t, lang } = useLang();
  const credential = walletCredential(result);
  return (
    <>
      <article class={`result result-${result.verdict}`} aria-labelledby={`wallet-verdict-${index}`}>
        <div class="verdict">
          <Headline
            verdict={result.verdict}
            reasons={[]}
            id={`wallet-verdict-${index}`}
            parts={walletHeadlineParts(result.verdict, result.reasons, t)}
          />
        </div>
        <p class="note">{t.wallet.fromWallet}</p>
        {result.verdict === 'valid' && <p class="meaning">{t.validMeaning}</p>}
        {result.statusCheckedAt && (
          <p class="status-age">{t.statusAsOf(formatResultTime(result.statusCheckedAt, lang))}</p>
        )}
        {credential && <CredentialItems credential={credential} pdf={undefined} fromQr={false} />}
        <WalletChecks result={result} index={index} />
      </article>
      {identity(result, onIdentity)}
    </>
  );
}
