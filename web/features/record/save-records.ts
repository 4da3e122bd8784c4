// Making and handing over the records of a result screen: one §9 PDF per verified code (or one for
// a wallet check, PROFILE §8.9), made in the worker (loaded only now), saved into the desk's folder
// or downloaded. Also the desk's opt-in "one record per scan": off until the desk turns it on, for
// this page's life only.

import type { AnyRecordJson } from '../../../record/record-json';
import type { Outcome } from '../verify/verify-service';
import { appInfo } from './app-info';
import { saveRecordFile } from './record-files';
import { loadRecordForm } from './record-form-store';
import { type RecordForm, recordFileName, recordJsonFor } from './record-request';

export type SavedWhere = 'folder' | 'download';

/** One record to make: its JSON and the check's time (seconds, for the file name). */
export interface RecordJob {
  json: AnyRecordJson;
  checkedAt: number;
}

/** Makes each job's PDF in the worker and saves it; returns where the last one went. */
export async function saveRecordJobs(
  jobs: readonly RecordJob[],
  retention: string,
): Promise<SavedWhere | undefined> {
  const { makeRecordInWorker } = await import('./record-maker');
  let where: SavedWhere | undefined;
  for (const [i, job] of jobs.entries()) {
    const pdf = await makeRecordInWorker(job.json, retention.trim() || undefined);
    where = await saveRecordFile(pdf, recordFileName(job.checkedAt, jobs.length > 1 ? i : 0));
  }
  return where;
}

export async function saveRecords(
  outcomes: readonly Outcome[],
  form: RecordForm,
  appName: string,
): Promise<SavedWhere | undefined> {
  const app = appInfo(appName);
  const jobs = outcomes.map((outcome) => ({
    json: recordJsonFor(outcome, form, app),
    checkedAt: outcome.evidence.now,
  }));
  return saveRecordJobs(jobs, form.retention);
}

let deskRecordsOn = false;
const listeners = new Set<() => void>();

export const deskRecordsEnabled = () => deskRecordsOn;
export function setDeskRecords(on: boolean): void {
  deskRecordsOn = on;
  for (const l of listeners) l();
}
export function onDeskRecordsChange(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/**
 * Desk mode, after each check: when the desk opted in, one record per code with the remembered
 * form (確認者, 事業所, 保存期間, minimal), into the picked folder or as a download. Never throws:
 * a record that could not be made must not stop the queue.
 */
export async function saveDeskRecords(
  outcomes: readonly Outcome[],
  appName: string,
): Promise<SavedWhere | undefined> {
  if (!deskRecordsOn || outcomes.length === 0) return undefined;
  try {
    const { form } = await loadRecordForm();
    return await saveRecords(outcomes, form, appName);
  } catch {
    return undefined;
  }
}
