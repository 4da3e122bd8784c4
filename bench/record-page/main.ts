// The record maker in Chromium for bench/record-make.ts: the app's own worker
// (web/features/record/record-worker.ts: pdf-lib, harfbuzz's wasm, the whole Noto Sans JP), driven
// here directly so the bench can end it and start a fresh one. Timed from postMessage to the PDF
// back on the main thread; the worker's own figure (makeRecordPdf alone) comes with each answer.
import type { RecordJson } from '../../record/record-json';
import type { RecordWorkerAnswer, RecordWorkerRequest } from '../../web/features/record/record-worker';

export interface MakeTiming {
  /** postMessage → PDF on the main thread. */
  ms: number;
  /** makeRecordPdf inside the worker (font already loaded). */
  makeMs: number;
  /** Waiting for the font inside the worker (fetch, wasm, preprocessing; 0 once loaded). */
  fontMs: number;
  bytes: number;
  /** The PDF, base64, when asked for (to re-check it in Node). */
  pdf?: string;
}

let worker: Worker | null = null;
let nextId = 1;

function started(): Worker {
  worker ??= new Worker(new URL('../../web/features/record/record-worker.ts', import.meta.url), {
    type: 'module',
  });
  return worker;
}

function make(json: RecordJson, keep = false): Promise<MakeTiming> {
  const w = started();
  const id = nextId++;
  const begun = performance.now();
  return new Promise((resolve, reject) => {
    w.onmessage = (event: MessageEvent<RecordWorkerAnswer>) => {
      const answer = event.data;
      if (answer.id !== id) return;
      if (!('pdf' in answer)) return reject(new Error(answer.error));
      const timing: MakeTiming = {
        ms: performance.now() - begun,
        makeMs: answer.ms,
        fontMs: answer.fontMs,
        bytes: answer.pdf.length,
      };
      if (keep) {
        let binary = '';
        for (const b of answer.pdf) binary += String.fromCharCode(b);
        timing.pdf = btoa(binary);
      }
      resolve(timing);
    };
    const request: RecordWorkerRequest = { id, json };
    w.postMessage(request);
  });
}

/** Ends the worker: the next record starts a fresh one (the font then comes from the HTTP cache). */
function restart(): void {
  worker?.terminate();
  worker = null;
}

const recordBench = { make, restart };
export type RecordBench = typeof recordBench;
(globalThis as unknown as { recordBench: RecordBench }).recordBench = recordBench;
