// The main thread's side of the PDF reader: pdf.js loads only when the first PDF arrives, in a
// worker that is then kept for the next PDF (starting one costs about as much as reading a
// page). One PDF at a time; progress per page; a PDF that takes too long ends the worker.
import { ReadError, type ReadProblem } from '../../../reading/file-kind';
import { findingsFor } from '../../../reading/pdf/pdf-findings';
import type { FileCodes, PdfProgress } from '../scan-image/file-codes';

export type { PdfProgress } from '../scan-image/file-codes';

import type { PdfWorkerMessage } from './pdf-worker';

const TIMEOUT_MS = 90_000;
type Scan = Extract<PdfWorkerMessage, { type: 'done' }>['scan'];

let worker: Worker | null = null;
let queue: Promise<unknown> = Promise.resolve();

function scanInWorker(buffer: ArrayBuffer, onProgress?: PdfProgress): Promise<Scan> {
  worker ??= new Worker(new URL('./pdf-worker.ts', import.meta.url), { type: 'module' });
  const w = worker;
  return new Promise<Scan>((resolve, reject) => {
    const fail = (problem: ReadProblem) => {
      // A broken or stuck worker is not reused.
      w.terminate();
      if (worker === w) worker = null;
      reject(new ReadError(problem));
    };
    // Not "damaged": a slow file is not a broken one.
    const timer = setTimeout(() => fail('pdfTimeout'), TIMEOUT_MS);
    w.onmessage = (event: MessageEvent<PdfWorkerMessage>) => {
      const m = event.data;
      if (m.type === 'progress') return onProgress?.(m.done, m.all, m.thorough);
      clearTimeout(timer);
      if (m.type === 'done') resolve(m.scan);
      else reject(new ReadError(m.problem as ReadProblem));
    };
    w.onerror = () => {
      clearTimeout(timer);
      fail('pdfCorrupt');
    };
    w.postMessage(buffer, [buffer]);
  });
}

export async function readPdfCodes(file: Blob, onProgress?: PdfProgress): Promise<FileCodes> {
  const buffer = await file.arrayBuffer();
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
