// The reception desk's bar, always on top in desk mode: that it is desk mode, how many cards were
// checked this session (a count only, nothing about anyone), how old the revocation data is, and
// the way out.
import { useLang } from '../../app/lang';
import { useOnline, useStatusLine } from '../status/Readiness';

export function DeskBar({ count, onExit }: { count: number; onExit: () => void }) {
  const { t } = useLang();
  const status = useStatusLine();
  const online = useOnline();
  return (
    <div class="desk-bar" data-testid="desk-bar">
      <strong>{t.deskMode}</strong>
      <span data-testid="desk-count">{t.deskCount(count)}</span>
      <span class={`status-line status-${status.level}`}>
        {online ? t.online : t.offline} · {status.text}
      </span>
      <button type="button" onClick={onExit}>
        {t.deskExit}
      </button>
    </div>
  );
}
