// What the verdict means and what to do next (every reason of PROFILE §6 and §6.1), for the
// person checking and for the holder, with the issuing body (⑦) named when the data is known. A
// code read from a PDF starts with the holder's one-line answer: send it as it is, or what is
// wrong and how to put it right.
import type { ReasonCode, Verdict } from '../../../core/reasons';
import { adviceFor } from '../../../i18n/catalogue';
import { useLang } from '../../app/lang';
import { Phrased } from './Headline';

interface Props {
  verdict: Verdict;
  reasons: readonly ReasonCode[];
  /** ⑦ 交付機関 when the signed data was read. */
  body: string | undefined;
  /** The code came from a PDF: the holder's summary line comes first. */
  fromPdf: boolean;
}

export function NextSteps({ verdict, reasons, body, fromPdf }: Props) {
  const { t } = useLang();
  const first = reasons[0];
  if (verdict === 'valid' || !first) {
    return (
      <div class="next-steps next-valid" data-testid="next-steps">
        {fromPdf && (
          <p class="pdf-summary" data-testid="pdf-summary">
            {t.pdfSendOk}
          </p>
        )}
        <p class="meaning">{t.validMeaning}</p>
        <p class="reminder">{t.identityReminder}</p>
      </div>
    );
  }
  const advice = adviceFor(first, t, body);
  return (
    <div class="next-steps" data-testid="next-steps">
      {fromPdf && (
        <p class="pdf-summary" data-testid="pdf-summary">
          {verdict === 'invalid' ? t.pdfDoNotSend : t.pdfNotYet}
          {t.sentenceJoin}
          {advice.holder}
        </p>
      )}
      <p class="meaning">
        <Phrased text={advice.meaning} />
      </p>
      <dl class="steps">
        <dt>{t.forEmployer}</dt>
        <dd data-testid="next-step-employer">
          <Phrased text={advice.employer} />
        </dd>
        {/* For a PDF the holder's step is the summary line above. */}
        {!fromPdf && (
          <>
            <dt>{t.forHolder}</dt>
            <dd data-testid="next-step-holder">
              <Phrased text={advice.holder} />
            </dd>
          </>
        )}
      </dl>
    </div>
  );
}
