// The main thread's side of the PDF reader: pdf.js runs in a worker that is started ahead of
// need (`warmPdfReader`, when the app is idle or the file picker is about to open) and kept
// for the next PDF: starting one costs several times what reading a certificate does (issue 17).
// One PDF at a time; progress per page. A PDF that reached a cap of the work budget, or did not
// answer within the budget's time, ends its worker; a fresh one is started for the next file
// (issue 14: whatever pdf.js was left doing is stopped with it).
import { ReadError, type ReadProblem } from '../../../reading/file-kind';
import { findingsFor } from '../../../reading/pdf/pdf-findings';
import { APP_TIME_CAPS } from '../../../reading/pdf/pdf-work';
import type { FileCodes, PdfProgress } from '../scan-image/file-codes';
import type { PdfWorkerMessage, PdfWorkerRequest } from './pdf-worker';

export type { PdfProgress };

/** The worker answers within its own time cap; past this it is stuck and is ended. */
const HARD_LIMIT_MS = APP_TIME_CAPS.fileMs + 5_000;
/** Marked when a worker has warmed up (the bench waits for it; nothing else depends on it). */
export const READY_MARK = 'dqc-pdf-reader-ready';

type Scan = Extract<PdfWorkerMessage, { type: 'done' }>['scan'];

let worker: Worker | null = null;
let queue: Promise<unknown> = Promise.resolve();

function startWorker(): Worker {
  const w = new Worker(new URL('./pdf-worker.ts', import.meta.url), { type: 'module' });
  w.addEventListener('message', (event: MessageEvent<PdfWorkerMessage>) => {
    if (event.data.type === 'ready') performance.mark(READY_MARK);
  });
  return w;
}

/** Starts the PDF reader's worker now (or lets it warm up again), so that it is warm when a PDF arrives. */
export function warmPdfReader(): void {
  if (worker) worker.postMessage({ type: 'warm' } satisfies PdfWorkerRequest);
  else worker = startWorker();
}

/** Asks the reader to pause warming up after the pass under way (the camera needs the CPU). */
export function restPdfReader(): void {
  worker?.postMessage({ type: 'rest' } satisfies PdfWorkerRequest);
}

/** Ends `w` and starts its replacement (warm for the next file). */
function replace(w: Worker): void {
  w.terminate();
  if (worker === w) worker = startWorker();
}

function scanInWorker(buffer: ArrayBuffer, onProgress?: PdfProgress): Promise<Scan> {
  worker ??= startWorker();
  const w = worker;
  return new Promise<Scan>((resolve, reject) => {
    const fail = (problem: ReadProblem) => {
      replace(w);
      reject(new ReadError(problem));
    };
    const timer = setTimeout(() => fail('pdfTooMuchWork'), HARD_LIMIT_MS);
    w.onmessage = (event: MessageEvent<PdfWorkerMessage>) => {
      const m = event.data;
      if (m.type === 'ready') return;
      if (m.type === 'progress') return onProgress?.(m.done, m.all, m.thorough);
      clearTimeout(timer);
      w.onmessage = null;
      w.onerror = null;
      if (m.type === 'done') resolve(m.scan);
      else {
        // A file that reached a cap may have left pdf.js busy: a fresh worker for the next one.
        if (m.cap) replace(w);
        reject(new ReadError(m.problem as ReadProblem));
      }
    };
    w.onerror = () => {
      clearTimeout(timer);
      fail('pdfCorrupt');
    };
    w.postMessage(buffer, [buffer]);
  });
}

/** `buffer`: the file's bytes, handed over to the reader's worker (detached here). */
export async function readPdfCodes(buffer: ArrayBuffer, onProgress?: PdfProgress): Promise<FileCodes> {
  const run = queue.then(() => scanInWorker(buffer, onProgress));
  queue = run.catch(() => {});
  const scan = await run;
  return {
    // One verification per code, however many pages carry it (findingsFor looks at each page).
    texts: [...new Set(scan.codes.map((c) => c.text))],
    pdf: true,
    findingsFor: (text, result) => findingsFor(scan, text, result),
  };
}
