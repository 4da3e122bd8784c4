// The identity check's result (PROFILE §8.7), loaded with the wallet chunk when the button is
// pressed: the §8.7 line with its exact text, the card's own headline when it is not valid, the
// advice under a mismatch (the 異体字・旧姓 hint first when the name differs, then the check by
// eye) and, for a valid card, its name and birth date beside the certificate's (§8.9: only here).
import type { IdentityMatch } from '../../../core/mdoc/identity';
import type { WalletResult } from '../../../core/mdoc/types';
import type { VerifyResult } from '../../../core/types';
import { useLang } from '../../app/lang';
import { formatDate } from '../verify/format-time';
import { Phrased } from '../verify/Headline';
import { cardFacts, dqcFacts } from './holder-facts';
import { identityAdvice, identityText, walletHeadline } from './wallet-texts';

function Comparison({ dqc, mnc }: { dqc: VerifyResult | WalletResult; mnc: WalletResult }) {
  const { t, lang } = useLang();
  const w = t.wallet;
  const mine = dqcFacts(dqc);
  const card = cardFacts(mnc);
  const date = (d: string | undefined) => (d ? formatDate(d, lang) : '—');
  return (
    <table class="identity-compare">
      <thead>
        <tr>
          <th scope="col">{w.compareItem}</th>
          <th scope="col">{w.compareCertificate}</th>
          <th scope="col">{w.compareCard}</th>
        </tr>
      </thead>
      <tbody>
        <tr>
          <th scope="row">{w.compareName}</th>
          <td>{mine.name ?? '—'}</td>
          <td data-testid="card-name">{card.name ?? '—'}</td>
        </tr>
        <tr>
          <th scope="row">{w.compareBirthDate}</th>
          <td class="date">{date(mine.birthDate)}</td>
          <td class="date" data-testid="card-birth-date">
            {date(card.birthDate)}
          </td>
        </tr>
      </tbody>
    </table>
  );
}

export function IdentityResult({
  dqc,
  identity,
  mnc,
}: {
  dqc: VerifyResult | WalletResult;
  identity: IdentityMatch;
  mnc?: WalletResult | undefined;
}) {
  const { t } = useLang();
  return (
    <div class={`identity-result identity-${identity.result}`}>
      <p class="identity-line" data-testid="identity-line">
        <Phrased text={identityText(identity, t)} />
      </p>
      {mnc && mnc.verdict !== 'valid' && (
        <p class="identity-card-result">{t.wallet.cardResult(walletHeadline(mnc.verdict, mnc.reasons, t))}</p>
      )}
      {identityAdvice(identity, t).map((line) => (
        <p class="identity-advice" key={line}>
          {line}
        </p>
      ))}
      {mnc?.mdoc && mnc.verdict === 'valid' && <Comparison dqc={dqc} mnc={mnc} />}
    </div>
  );
}
