// The verdict heading (PROFILE §6): the word large, the reason on its own line below. Its text is
// the exact headline (「無効です（取消されています）」): the two parts are spans of one <h1>, the
// reason's line break is only visual. Japanese lines break only between phrases (i18n/phrases.ts
// with `word-break: keep-all`), never inside a word (「取消さ／れています」). The icon is CSS
// (alt text empty), so it is neither in the heading's text nor read out.
import { Fragment } from 'preact';
import type { ReasonCode, Verdict } from '../../../core/reasons';
import { type HeadlineParts, headlineParts } from '../../../i18n/catalogue';
import { phrases } from '../../../i18n/phrases';
import { useLang } from '../../app/lang';

export function Phrased({ text }: { text: string }) {
  const { lang } = useLang();
  if (lang !== 'ja' && lang !== 'ja-x-easy') return <>{text}</>;
  return (
    <>
      {phrases(text).map((part, i) => (
        <Fragment key={i}>
          {i > 0 && <wbr />}
          {part}
        </Fragment>
      ))}
    </>
  );
}

interface Props {
  verdict: Verdict;
  reasons: readonly ReasonCode[];
  id: string;
  /** The two parts already worded (a wallet result's, whose codes PROFILE §8.6 adds). */
  parts?: HeadlineParts;
}

export function Headline({ verdict, reasons, id, parts }: Props) {
  const { t } = useLang();
  const { word, reason } = parts ?? headlineParts(verdict, reasons, t);
  return (
    <h1 id={id} class="verdict-text" tabIndex={-1}>
      <span class="verdict-word">
        <Phrased text={word} />
      </span>
      {reason && (
        <span class="verdict-reason">
          <Phrased text={reason} />
        </span>
      )}
    </h1>
  );
}
