// The record form's fields remembered on this device, only when the employer asks (確認者, 事業所,
// 保存期間 and the minimal choice; never the note, which is about one check). Kept in the app's
// IndexedDB `meta` store; choosing not to remember deletes what was kept.
import { getMeta, setMeta } from '../../storage/db';
import { EMPTY_FORM, type RecordForm } from './record-request';

const KEY = 'record-form';

export interface RememberedForm {
  checker: string;
  office: string;
  retention: string;
  minimal: boolean;
}

/** The remembered fields (a fresh form when none are kept), and whether any are. */
export async function loadRecordForm(): Promise<{ form: RecordForm; remembered: boolean }> {
  const kept = await getMeta<RememberedForm | null>(KEY, null);
  return kept
    ? { form: { ...EMPTY_FORM, ...kept, note: '' }, remembered: true }
    : { form: EMPTY_FORM, remembered: false };
}

export async function rememberRecordForm(form: RecordForm, remember: boolean): Promise<void> {
  const kept: RememberedForm | null = remember
    ? { checker: form.checker, office: form.office, retention: form.retention, minimal: form.minimal }
    : null;
  await setMeta(KEY, kept).catch(() => {});
}
