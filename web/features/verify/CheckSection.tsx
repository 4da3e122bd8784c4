// The checks section shared by a QR result (CheckList.tsx) and a wallet result
// (wallet/WalletResultCard.tsx): the rows that ran, each ✓ / ✕ / ? with its outcome and reason,
// and the rows whose steps were never reached folded behind 「詳細（確認しなかった項目）」.
import type { ComponentChildren } from 'preact';
import { useLang } from '../../app/lang';

export interface CheckLine {
  /** The row's name (data-row, for tests and styles). */
  name: string;
  result: 'pass' | 'fail' | 'skipped';
  /** A failure the holder may be able to clear (shown as ?). */
  unsure?: boolean | undefined;
  label: string;
  /** After the outcome: the reason, a time. */
  detail?: ComponentChildren;
}

function Line({ line }: { line: CheckLine }) {
  const { t } = useLang();
  const { result, unsure } = line;
  const icon = result === 'pass' ? '✓' : result === 'fail' ? (unsure ? '?' : '✕') : '－';
  const text = result === 'pass' ? t.checkPass : result === 'fail' ? t.checkFail : t.checkSkipped;
  return (
    <li class={`check check-${result}${unsure ? ' check-unsure' : ''}`} data-row={line.name}>
      <span class="check-icon" aria-hidden="true">
        {icon}
      </span>
      <span class="check-label">{line.label}</span>
      <span class="check-result">
        {text}
        {line.detail}
      </span>
    </li>
  );
}

export function CheckSection({ titleId, lines }: { titleId: string; lines: CheckLine[] }) {
  const { t } = useLang();
  const shown = lines.filter((l) => l.result !== 'skipped');
  const folded = lines.filter((l) => l.result === 'skipped');
  return (
    <section aria-labelledby={titleId} class="check-list">
      <h2 id={titleId}>{t.checksTitle}</h2>
      <ul class="checks">
        {shown.map((line) => (
          <Line key={line.name} line={line} />
        ))}
      </ul>
      {folded.length > 0 && (
        <details class="checks-more">
          <summary>{t.checksMore}</summary>
          <ul class="checks">
            {folded.map((line) => (
              <Line key={line.name} line={line} />
            ))}
          </ul>
        </details>
      )}
    </section>
  );
}
