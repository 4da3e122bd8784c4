// The result screen (PROFILE §6): the exact headline, large, with colour + icon + text; the
// reason; the checks; the registration items only when the signature verified; the status age.
import type { Check, CredentialView } from '../../../core/types';
import { reasonText, type Texts, verdictHeadline } from '../../../i18n/catalogue';
import { useLang } from '../../app/lang';
import { CredentialItems } from './CredentialItems';
import { Findings } from './Findings';
import { formatResultTime } from './format-time';
import { offlineNoteFor, statusAgeView } from './status-facts';
import type { Outcome } from './verify-service';

const ICONS = { valid: '✓', invalid: '✕', indeterminate: '?' } as const;
const CHECK_STEPS: { name: Check['name']; label: keyof Texts }[] = [
  { name: 'signature', label: 'checkSignature' },
  { name: 'issuer', label: 'checkIssuer' },
  { name: 'time', label: 'checkTime' },
  { name: 'status', label: 'checkStatus' },
  // Step 11: an expired trust list (a tablet long offline) or a clock behind the lists. Without
  // this row the second reason of 「確認できません」 was shown nowhere.
  { name: 'trust', label: 'checkTrust' },
];

/** How old the status information is: the deciding list's own time, and (on screen only, since
 * it goes stale on paper) how long ago that was. */
function StatusAge({ outcome }: { outcome: Outcome }) {
  const { t, lang } = useLang();
  const view = statusAgeView(outcome.result, outcome.checkedAt);
  if (view.kind === 'none') return null;
  if (view.kind === 'unavailable') return <p class="status-age">{t.statusNone}</p>;
  return (
    <p class="status-age">
      {t.statusAsOf(formatResultTime(view.at, lang))}
      <span class="relative-age">{t.statusAge(t.ageMinutes(view.minutes))}</span>
    </p>
  );
}

/** The four checks a person cares about; the status line says when that status was issued. */
function CheckList({ checks, statusAt }: { checks: Check[]; statusAt?: string }) {
  const { t, lang } = useLang();
  return (
    <section aria-labelledby="checks-title">
      <h2 id="checks-title">{t.checksTitle}</h2>
      <ul class="checks">
        {CHECK_STEPS.map(({ name, label }) => {
          const check = checks.find((c) => c.name === name);
          const result = check?.result ?? 'skipped';
          const text = result === 'pass' ? t.checkPass : result === 'fail' ? t.checkFail : t.checkSkipped;
          return (
            <li key={name} class={`check check-${result}`}>
              <span class="check-icon" aria-hidden="true">
                {result === 'pass' ? '✓' : result === 'fail' ? '✕' : '－'}
              </span>
              <span class="check-label">{t[label] as string}</span>
              <span class="check-result">
                {text}
                {check?.code ? `${lang === 'ja' ? '：' : ': '}${reasonText(check.code, lang)}` : ''}
                {name === 'status' && statusAt
                  ? lang === 'ja'
                    ? `（${formatResultTime(statusAt, lang)}）`
                    : ` (${formatResultTime(statusAt, lang)})`
                  : ''}
              </span>
            </li>
          );
        })}
      </ul>
    </section>
  );
}

export function ResultCard({ outcome, index }: { outcome: Outcome; index: number }) {
  const { t, lang } = useLang();
  const { result } = outcome;
  const credential: CredentialView | undefined = result.credential;
  return (
    <article class={`result result-${result.verdict}`} aria-labelledby={`verdict-${index}`}>
      <div class="verdict">
        <span class="verdict-icon" aria-hidden="true">
          {ICONS[result.verdict]}
        </span>
        <h1 id={`verdict-${index}`} class="verdict-text" tabIndex={-1}>
          {verdictHeadline(result.verdict, result.reasons, lang)}
        </h1>
      </div>
      <Findings findings={outcome.findings} verdict={result.verdict} />
      {outcome.clockWarning && <p class="warning">⚠ {t.clockWarning}</p>}
      {outcome.offline && <p class="note">{t[offlineNoteFor(result)]}</p>}
      {outcome.unanswered && <p class="note">{t.unansweredNote}</p>}
      <StatusAge outcome={outcome} />
      {credential && <CredentialItems credential={credential} />}
      {result.verdict === 'valid' && <p class="reminder">{t.identityReminder}</p>}
      <CheckList checks={result.checks} statusAt={result.statusCheckedAt} />
    </article>
  );
}
