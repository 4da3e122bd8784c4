// One verified code on the result screen (PROFILE §6, §6.1): the headline, large, in colour with
// an icon and the exact text; what it means and what to do next; for a PDF the holder's summary
// and every item the PDF prints differently; how the answer was reached (offline, status age);
// the signed items, only when the signature verified; the checks; the holder's print advice.
import type { CredentialView } from '../../../core/types';
import { useLang } from '../../app/lang';
import { CheckList } from './CheckList';
import { CredentialItems } from './CredentialItems';
import { DocumentDiff } from './DocumentDiff';
import { formatResultTime } from './format-time';
import { Headline } from './Headline';
import { NextSteps } from './NextSteps';
import { PrintAdvice } from './PrintAdvice';
import { shownVerdict } from './pdf-report';
import { offlineNoteFor, statusAgeView } from './status-facts';
import type { Outcome } from './verify-service';

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

export function ResultCard({ outcome, index }: { outcome: Outcome; index: number }) {
  const { t } = useLang();
  const { result, pdf } = outcome;
  const credential: CredentialView | undefined = result.credential;
  const shown = shownVerdict(result, pdf);
  return (
    <article class={`result result-${shown.verdict}`} aria-labelledby={`verdict-${index}`}>
      <div class="verdict">
        <Headline verdict={shown.verdict} reasons={shown.reasons} id={`verdict-${index}`} />
      </div>
      <NextSteps
        verdict={shown.verdict}
        reasons={shown.reasons}
        body={credential?.dqc['7']}
        fromPdf={pdf !== undefined}
      />
      {pdf && <DocumentDiff pdf={pdf} credential={credential} />}
      {outcome.clockWarning && <p class="warning">⚠ {t.clockWarning}</p>}
      {outcome.offline && <p class="note">{t[offlineNoteFor(result)]}</p>}
      {outcome.unanswered && <p class="note">{t.unansweredNote}</p>}
      <StatusAge outcome={outcome} />
      {credential && <CredentialItems credential={credential} pdf={pdf} />}
      <CheckList result={result} pdf={pdf} />
      <PrintAdvice pdf={pdf} />
    </article>
  );
}
