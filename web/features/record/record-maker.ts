// The main thread's side of the record maker: a worker started on the first record asked for
// (record-worker.ts loads pdf-lib and the font there), kept while records are being made and ended
// after a quiet while so its ~30 MB go back. Loaded itself only when a record is asked for
// (SaveRecord imports this module dynamically).
import type { AnyRecordJson } from '../../../record/record-json';
import type { RecordWorkerAnswer, RecordWorkerRequest } from './record-worker';

const IDLE_MS = 5 * 60_000;
const TIMEOUT_MS = 60_000;

let worker: Worker | null = null;
let idle: ReturnType<typeof setTimeout> | undefined;
let nextId = 1;
const waiting = new Map<number, { resolve: (pdf: Uint8Array) => void; reject: (e: Error) => void }>();

function stop(reason: string): void {
  worker?.terminate();
  worker = null;
  for (const w of waiting.values()) w.reject(new Error(reason));
  waiting.clear();
}

function started(): Worker {
  if (worker) return worker;
  const w = new Worker(new URL('./record-worker.ts', import.meta.url), { type: 'module' });
  w.onmessage = (event: MessageEvent<RecordWorkerAnswer>) => {
    const answer = event.data;
    const entry = waiting.get(answer.id);
    if (!entry) return;
    waiting.delete(answer.id);
    if ('pdf' in answer) entry.resolve(answer.pdf);
    else entry.reject(new Error(answer.error));
  };
  w.onerror = () => stop('record worker failed');
  worker = w;
  return w;
}

function keepAlive(): void {
  clearTimeout(idle);
  idle = setTimeout(() => {
    if (waiting.size === 0) stop('idle');
  }, IDLE_MS);
}

/** Starts loading the font in the background (e.g. when the record form opens). */
export function warmRecordMaker(): void {
  started().postMessage('warm');
  keepAlive();
}

/** The record PDF of `json`, made in the worker. */
export function makeRecordInWorker(json: AnyRecordJson, retention?: string): Promise<Uint8Array> {
  const w = started();
  keepAlive();
  const id = nextId++;
  return new Promise<Uint8Array>((resolve, reject) => {
    const timer = setTimeout(() => stop('record worker timed out'), TIMEOUT_MS);
    waiting.set(id, {
      resolve: (pdf) => {
        clearTimeout(timer);
        resolve(pdf);
      },
      reject: (e) => {
        clearTimeout(timer);
        reject(e);
      },
    });
    const request: RecordWorkerRequest = { id, json, ...(retention && { retention }) };
    w.postMessage(request);
  });
}
