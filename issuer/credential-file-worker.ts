// One image worker of credential-file-pool.ts: writes each chunk's files, answers with a count or
// the first error (which ends the batch).
import { parentPort, workerData } from 'node:worker_threads';
import type { FileJob } from './credential-file-pool';
import { type OutputOptions, writeCredentialFilesAt } from './outputs';

const options = workerData as OutputOptions;

parentPort?.on('message', (jobs: FileJob[]) => {
  try {
    for (const job of jobs) writeCredentialFilesAt(job.base, job.url, options);
    parentPort?.postMessage({ written: jobs.length });
  } catch (e) {
    parentPort?.postMessage({ error: (e as Error).message });
  }
});
