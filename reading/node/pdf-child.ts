// The CLI's PDF reading process: pdf.js, the work budget and the QR decoder, one file at a time,
// answering over IPC. It runs apart so that whatever a file does to pdf.js (a parse that does not
// yield, memory that grows, a promise that never settles), the CLI can stop it and go on with
// the other inputs (pdf-sandbox.ts). Ready only once pdf.js and the decoder are warm, so a
// file's time budget is spent on the file.

import { ReadError } from '../file-kind';
import { scanPdfCodes } from '../pdf/pdf-codes';
import type { PdfEnvironment } from '../pdf/pdf-pages';
import { TooMuchWork } from '../pdf/pdf-work';
import { WARM_UP_PDF } from '../pdf/warm-up';
import { nodePdfEnvironment } from './pdfjs-node';
import { zlibInflate } from './zlib-inflate';

export type ChildRequest = { id: number; bytes: Uint8Array };
export type ChildAnswer =
  | { ready: true }
  | { id: number; ok: true; result: Awaited<ReturnType<typeof scanPdfCodes>> }
  | { id: number; ok: false; problem: string; cap?: string; work?: TooMuchWork['work'] };

const send = (m: ChildAnswer) => process.send?.(m);
/** This process's CPU time: the budget's clock here, so a loaded machine does not fail a real file. */
const cpuClock = () => {
  const used = process.cpuUsage();
  return (used.user + used.system) / 1000;
};
// The CLI went away: nothing left to answer.
process.on('disconnect', () => process.exit(0));

async function start(): Promise<PdfEnvironment> {
  const env: PdfEnvironment = { ...(await nodePdfEnvironment()), inflate: zlibInflate };
  await scanPdfCodes(env, WARM_UP_PDF.slice()).catch(() => {});
  return env;
}

const ready = start();
ready.then(() => send({ ready: true }));

process.on('message', async (m: ChildRequest) => {
  const env = await ready;
  try {
    send({ id: m.id, ok: true, result: await scanPdfCodes(env, m.bytes, { clock: cpuClock }) });
  } catch (e) {
    send({
      id: m.id,
      ok: false,
      problem: e instanceof ReadError ? e.problem : 'pdfCorrupt',
      ...(e instanceof TooMuchWork && { cap: e.cap, work: e.work }),
    });
  }
});
