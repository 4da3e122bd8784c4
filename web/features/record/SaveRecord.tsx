// 「確認記録を保存」 on the result screen (PROFILE §9): a button that opens a small form — 確認者,
// 事業所, メモ (each ≤ 200 characters), the retention period, the minimal choice, and whether to
// remember the fields on this device — and makes one record PDF per verified code on the device.
// Mount it in ResultScreen's `extraActions`: <SaveRecord outcomes={outcomes} />.
import { useEffect, useRef, useState } from 'preact/hooks';
import { MAX_OPERATOR_TEXT, MAX_RETENTION_TEXT } from '../../../record/record-json';
import { useLang } from '../../app/lang';
import type { Outcome } from '../verify/verify-service';
import { pickedFolderName } from './record-files';
import { loadRecordForm, rememberRecordForm } from './record-form-store';
import { EMPTY_FORM, type RecordForm } from './record-request';
import { recordTexts } from './record-texts';
import { saveRecords } from './save-records';

interface Props {
  /** The codes on the result screen: one record each. */
  outcomes: readonly Outcome[];
}

type Status = { kind: 'idle' } | { kind: 'making' } | { kind: 'saved'; text: string } | { kind: 'failed' };

export function SaveRecord({ outcomes }: Props) {
  const { lang, t } = useLang();
  const words = recordTexts(lang);
  const [open, setOpen] = useState(false);
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

  if (outcomes.length === 0) return null;
  const set = (key: keyof RecordForm) => (e: Event) => {
    const target = e.currentTarget as HTMLInputElement;
    setForm({ ...form, [key]: target.type === 'checkbox' ? target.checked : target.value });
  };

  const submit = async (e: Event) => {
    e.preventDefault();
    setStatus({ kind: 'making' });
    try {
      await rememberRecordForm(form, remember);
      const where = await saveRecords(outcomes, form, t.appName);
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
    <label class="field">
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
      <p class="note">{words.formIntro}</p>
      {text('checker', words.checker)}
      {text('office', words.office)}
      <label class="field">
        <span>{words.note}</span>
        <textarea
          name="note"
          maxLength={MAX_OPERATOR_TEXT}
          rows={2}
          value={form.note}
          onInput={set('note')}
        />
      </label>
      <label class="field">
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
        <span>{words.minimal}</span>
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
