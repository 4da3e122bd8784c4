// A QR result's checks, in the rows people look for (check-rows.ts): the failing one marked ✕
// with its reason, the status row with the time its list was checked; rows whose steps were
// never reached fold behind 「詳細（確認しなかった項目）」 (CheckSection.tsx).
import type { VerifyResult } from '../../../core/types';
import type { Catalogue } from '../../../i18n/catalogue';
import { useLang } from '../../app/lang';
import { CheckSection } from './CheckSection';
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

export function CheckList({ result, pdf }: { result: VerifyResult; pdf: PdfReport | undefined }) {
  const { t, lang } = useLang();
  const japanese = lang === 'ja' || lang === 'ja-x-easy' || lang === 'zh-Hans';
  const statusAt = result.statusCheckedAt;
  const detail = (row: CheckRow) => {
    const at =
      row.name === 'status' && row.result === 'pass' && statusAt ? formatResultTime(statusAt, lang) : '';
    return (
      <>
        {row.code && (
          <>
            {t.colon}
            <Phrased text={t.reason[row.code]} />
          </>
        )}
        {at ? (japanese ? `（${at}）` : ` (${at})`) : ''}
      </>
    );
  };
  const lines = checkRows(result, pdf).map((row) => ({
    name: row.name,
    result: row.result,
    unsure: row.unsure,
    label: t[LABEL[row.name]] as string,
    detail: detail(row),
  }));
  return <CheckSection titleId="checks-title" lines={lines} />;
}
