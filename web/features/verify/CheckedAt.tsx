// 「確認日時：…」 under a result, QR or wallet: when this device made the check (the record's time).
import { useLang } from '../../app/lang';
import { formatTime } from './format-time';

export function CheckedAt({ at }: { at: number }) {
  const { t, lang } = useLang();
  return (
    <p class="record-meta">
      {t.recordCheckedAt}
      {t.colon}
      {formatTime(at, lang)}
    </p>
  );
}
