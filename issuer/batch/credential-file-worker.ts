// One image worker of credential-file-pool.ts: writes each chunk's files and answers with how many
// it wrote, and the first error if one stopped it. Once the pool raises the shared stop flag (a
// failure elsewhere, or Ctrl-C) it writes nothing more, so its answers say exactly what is on disk.
import { parentPort, workerData } from 'node:worker_threads';
import type { FileJob, WorkerData, WorkerReply } from './credential-file-pool';
import { writeCredentialFilesAt } from './outputs';

const { options, stop } = workerData as WorkerData;
const stopped = new Int32Array(stop);

parentPort?.on('message', (jobs: FileJob[]) => {
  let written = 0;
  let reply: WorkerReply;
  try {
    for (const job of jobs) {
      if (Atomics.load(stopped, 0) !== 0) break;
      writeCredentialFilesAt(job.base, job.url, options);
      written++;
    }
    reply = { written };
  } catch (e) {
    reply = { written, error: (e as Error).message };
  }
  parentPort?.postMessage(reply);
});
