// 「確認記録を保存」 on a result screen (PROFILE §9): a button that opens a small form — 確認者,
// 事業所, メモ (each ≤ 200 characters), the retention period, the minimal choice, and whether to
// remember the fields on this device — and makes the record PDFs on the device: one per verified
// code (`outcomes`), or one of a wallet check made for a record (`wallet`, PROFILE §8.9: no
// evidence, five dqc elements, the §8.7 result). The words are the catalogue's (t.record).
import './record.css';
import { useEffect, useRef, useState } from 'preact/hooks';
import { MAX_OPERATOR_TEXT, MAX_RETENTION_TEXT } from '../../../record/record-json';
import { useLang } from '../../app/lang';
import type { Outcome } from '../verify/verify-service';
import { appInfo } from './app-info';
import { pickedFolderName } from './record-files';
import { loadRecordForm, rememberRecordForm } from './record-form-store';
import { EMPTY_FORM, type RecordForm } from './record-request';
import { type RecordJob, saveRecordJobs, saveRecords } from './save-records';
import { type WalletRecordSubject, walletRecordJsonFor } from './wallet-record-request';

export type SaveRecordProps =
  /** The codes on the result screen: one record each. */
  | { outcomes: readonly Outcome[]; wallet?: undefined; startOpen?: boolean }
  /** A wallet check made for a record (PROFILE §8.9). */
  | { wallet: WalletRecordSubject; outcomes?: undefined; startOpen?: boolean };

type Status = { kind: 'idle' } | { kind: 'making' } | { kind: 'saved'; text: string } | { kind: 'failed' };

/** The wallet check's one record. */
function walletJobs(subject: WalletRecordSubject, form: RecordForm, appName: string): RecordJob[] {
  const json = walletRecordJsonFor(subject, form, appInfo(appName));
  return [{ json, checkedAt: Math.floor(subject.checkedAt / 1000) }];
}

export function SaveRecord({ outcomes, wallet, startOpen = false }: SaveRecordProps) {
  const { t } = useLang();
  const words = t.record;
  const [open, setOpen] = useState(startOpen);
  const [form, setForm] = useState<RecordForm>(EMPTY_FORM);
  const [remember, setRemember] = useState(false);
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const first = useRef<HTMLInputElement>(null);

  useEffect(() => {
    if (!open) return;
    void loadRecordForm().then(({ form: kept, remembered }) => {
      setForm(kept);
      setRemember(remembered);
    });
    // The worker starts fetching the font while the form is filled in.
    void import('./record-maker').then((m) => m.warmRecordMaker());
    first.current?.focus();
  }, [open]);

  if (outcomes?.length === 0) return null;
  const set = (key: keyof RecordForm) => (e: Event) => {
    const target = e.currentTarget as HTMLInputElement;
    setForm({ ...form, [key]: target.type === 'checkbox' ? target.checked : target.value });
  };

  const submit = async (e: Event) => {
    e.preventDefault();
    setStatus({ kind: 'making' });
    try {
      await rememberRecordForm(form, remember);
      const where = wallet
        ? await saveRecordJobs(walletJobs(wallet, form, t.appName), form.retention)
        : await saveRecords(outcomes, form, t.appName);
      const folder = pickedFolderName();
      setStatus({
        kind: 'saved',
        text: where === 'folder' && folder ? words.savedFolder(folder) : words.savedDownload,
      });
    } catch {
      setStatus({ kind: 'failed' });
    }
  };

  if (!open)
    return (
      <button type="button" data-testid="save-record" onClick={() => setOpen(true)}>
        {words.saveRecord}
      </button>
    );
  const text = (key: 'checker' | 'office', label: string) => (
    <label class="field record-field">
      <span>{label}</span>
      <input
        ref={key === 'checker' ? first : undefined}
        type="text"
        name={key}
        maxLength={MAX_OPERATOR_TEXT}
        value={form[key]}
        onInput={set(key)}
      />
    </label>
  );
  return (
    <form class="record-form" data-testid="record-form" onSubmit={submit} aria-labelledby="record-form-title">
      <h2 id="record-form-title">{words.formTitle}</h2>
      <p class="note">{wallet ? words.walletFormIntro : words.formIntro}</p>
      {text('checker', words.checker)}
      {text('office', words.office)}
      <label class="field record-field">
        <span>{words.note}</span>
        <textarea
          name="note"
          maxLength={MAX_OPERATOR_TEXT}
          rows={2}
          value={form.note}
          onInput={set('note')}
        />
      </label>
      <label class="field record-field">
        <span>{words.retention}</span>
        <input
          type="text"
          name="retention"
          maxLength={MAX_RETENTION_TEXT}
          value={form.retention}
          onInput={set('retention')}
        />
      </label>
      <label class="check-field">
        <input type="checkbox" name="minimal" checked={form.minimal} onChange={set('minimal')} />
        <span>{wallet ? words.walletMinimal : words.minimal}</span>
      </label>
      <label class="check-field">
        <input
          type="checkbox"
          name="remember"
          checked={remember}
          onChange={(e) => setRemember((e.currentTarget as HTMLInputElement).checked)}
        />
        <span>{words.remember}</span>
      </label>
      <p role="status" aria-live="polite" data-testid="record-status">
        {status.kind === 'making'
          ? words.making
          : status.kind === 'saved'
            ? status.text
            : status.kind === 'failed'
              ? words.failed
              : ''}
      </p>
      <div class="actions">
        <button type="submit" class="primary" disabled={status.kind === 'making'}>
          {words.make}
        </button>
        <button type="button" onClick={() => setOpen(false)}>
          {words.cancel}
        </button>
      </div>
    </form>
  );
}
