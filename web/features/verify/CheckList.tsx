// The checks, in the rows people look for (check-rows.ts): the failing one marked ✕ with its
// reason; rows whose steps were never reached fold behind 「詳細」.
import type { VerifyResult } from '../../../core/types';
import type { Catalogue } from '../../../i18n/catalogue';
import { useLang } from '../../app/lang';
import { type CheckRow, checkRows, type RowName } from './check-rows';
import { formatResultTime } from './format-time';
import { Phrased } from './Headline';
import type { PdfReport } from './pdf-report';

const LABEL: Record<RowName, keyof Catalogue> = {
  code: 'checkCode',
  signature: 'checkSignature',
  issuer: 'checkIssuer',
  time: 'checkTime',
  status: 'checkStatus',
  trust: 'checkTrust',
  document: 'checkDocument',
};

function Row({ row, statusAt }: { row: CheckRow; statusAt: string | undefined }) {
  const { t, lang } = useLang();
  const icon = row.result === 'pass' ? '✓' : row.result === 'fail' ? (row.unsure ? '?' : '✕') : '－';
  const text = row.result === 'pass' ? t.checkPass : row.result === 'fail' ? t.checkFail : t.checkSkipped;
  const japanese = lang === 'ja' || lang === 'ja-x-easy' || lang === 'zh-Hans';
  const at =
    row.name === 'status' && row.result === 'pass' && statusAt ? formatResultTime(statusAt, lang) : '';
  return (
    <li class={`check check-${row.result}${row.unsure ? ' check-unsure' : ''}`} data-row={row.name}>
      <span class="check-icon" aria-hidden="true">
        {icon}
      </span>
      <span class="check-label">{t[LABEL[row.name]] as string}</span>
      <span class="check-result">
        {text}
        {row.code && (
          <>
            {t.colon}
            <Phrased text={t.reason[row.code]} />
          </>
        )}
        {at ? (japanese ? `（${at}）` : ` (${at})`) : ''}
      </span>
    </li>
  );
}

export function CheckList({ result, pdf }: { result: VerifyResult; pdf: PdfReport | undefined }) {
  const { t } = useLang();
  const rows = checkRows(result, pdf);
  const shown = rows.filter((r) => r.result !== 'skipped');
  const folded = rows.filter((r) => r.result === 'skipped');
  const statusAt = result.statusCheckedAt;
  return (
    <section aria-labelledby="checks-title" class="check-list">
      <h2 id="checks-title">{t.checksTitle}</h2>
      <ul class="checks">
        {shown.map((row) => (
          <Row key={row.name} row={row} statusAt={statusAt} />
        ))}
      </ul>
      {folded.length > 0 && (
        <details class="checks-more">
          <summary>{t.checksMore}</summary>
          <ul class="checks">
            {folded.map((row) => (
              <Row key={row.name} row={row} statusAt={statusAt} />
            ))}
          </ul>
        </details>
      )}
    </section>
  );
}
