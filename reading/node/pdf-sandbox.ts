// The CLI reads each PDF in a separate process (pdf-child.ts) that it can stop: pdf.js cannot
// be bounded from outside once it has started on a page (in Node its worker runs in the same
// thread, and a parse that does not yield blocks every timer), so the budget's counted caps
// (pdf-work.ts) are backed here by a deadline and a memory limit enforced by killing the child.
// The CLI itself never waits on pdf.js: every PDF gets an answer, a result or an error, and the
// next input is read whatever this one did (issue 14 points 1, 2).
import { type ChildProcess, fork } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { ReadError, type ReadProblem } from '../file-kind';
import type { PdfCodes } from '../pdf/pdf-findings';
import {
  emptyWork,
  PDF_CAPS,
  type PdfWork,
  TooMuchWork,
  WALL_PER_CLOCK,
  type WorkCap,
} from '../pdf/pdf-work';
import type { ChildAnswer } from './pdf-child';

const MiB = 1024 * 1024;
/**
 * Resident memory the child may reach: it starts at ~200 MB with pdf.js and the decoder loaded,
 * and a 20-page 300 dpi scan peaks at ~400 MB; the CLI itself stays near 150 MB, so the two stay
 * under 1 GB even with what grows between two looks (every 20 ms). DQC_PDF_MEMORY_MB sets
 * another limit (the tests use a small one to see the kill).
 */
export const CHILD_MEMORY_BYTES = (Number(process.env.DQC_PDF_MEMORY_MB) || 640) * MiB;
/**
 * Past the budget's own file time (CPU time, which the child also checks between steps), the
 * child is killed; and past that many times it in wall time, whatever its CPU did.
 */
const KILL_GRACE_MS = 1_500;
/** Starting the child (tsx, pdf.js, the decoder, a warm-up page) on a loaded machine. */
const START_TIMEOUT_MS = 60_000;
const POLL_MS = 20;

const ENTRY = fileURLToPath(new URL('./pdf-child.cjs', import.meta.url));

type Result = PdfCodes & { work: PdfWork };

interface Child {
  process: ChildProcess;
  ready: Promise<void>;
  /** Peak resident memory seen while it worked. */
  peakRss: number;
}

let child: Child | null = null;
let nextId = 1;
let queue: Promise<unknown> = Promise.resolve();

function startChild(): Child {
  const proc = fork(ENTRY, [], {
    // Not the CLI's own flags (tsx's ESM loader): the child registers what it needs itself.
    // The JS heap is capped too (below the resident limit; ArrayBuffers are not in it).
    execArgv: [`--max-old-space-size=${Math.max(256, Math.floor((CHILD_MEMORY_BYTES * 0.8) / MiB))}`],
    serialization: 'advanced',
    stdio: ['ignore', 'ignore', 'ignore', 'ipc'],
  });
  const ready = new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('PDF reader did not start')), START_TIMEOUT_MS);
    proc.once('message', () => {
      clearTimeout(timer);
      resolve();
    });
    proc.once('exit', () => {
      clearTimeout(timer);
      reject(new Error('PDF reader exited at start'));
    });
  });
  return { process: proc, ready, peakRss: 0 };
}

/** Resident memory of a process (Linux /proc; elsewhere unknown, and the heap limit remains). */
function rssOf(pid: number | undefined): number {
  try {
    const pages = Number(readFileSync(`/proc/${pid}/statm`, 'latin1').split(' ')[1]);
    return pages * 4096;
  } catch {
    return 0;
  }
}

/** CPU time of a process in ms (Linux /proc, in clock ticks of 10 ms; elsewhere 0: wall time only). */
function cpuOf(pid: number | undefined): number {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'latin1');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return 0;
  }
}

function stop(c: Child): void {
  c.process.removeAllListeners();
  c.process.kill('SIGKILL');
  if (child === c) child = null;
}

/** Peak resident memory of the last child that answered (for the bench). */
export let lastChildPeakRss = 0;

async function scanOnce(bytes: Uint8Array): Promise<Result> {
  child ??= startChild();
  const c = child;
  c.process.ref();
  c.process.channel?.ref();
  await c.ready.catch((e: unknown) => {
    stop(c);
    throw e;
  });
  const id = nextId++;
  const started = Date.now();
  try {
    return await new Promise<Result>((resolve, reject) => {
      let deadline: ReturnType<typeof setTimeout> | undefined;
      let poll: ReturnType<typeof setInterval> | undefined;
      const done = () => {
        clearTimeout(deadline);
        clearInterval(poll);
        lastChildPeakRss = c.peakRss;
      };
      const kill = (cap: WorkCap) => {
        done();
        stop(c);
        reject(new TooMuchWork(cap, { ...emptyWork(), elapsedMs: Date.now() - started }));
      };
      deadline = setTimeout(() => kill('fileMs'), WALL_PER_CLOCK * PDF_CAPS.fileMs + KILL_GRACE_MS);
      const cpuAtStart = cpuOf(c.process.pid);
      poll = setInterval(() => {
        const rss = rssOf(c.process.pid);
        c.peakRss = Math.max(c.peakRss, rss);
        if (rss > CHILD_MEMORY_BYTES) kill('memory');
        else if (cpuOf(c.process.pid) - cpuAtStart > PDF_CAPS.fileMs + KILL_GRACE_MS) kill('fileMs');
      }, POLL_MS);
      c.process.on('exit', () => {
        done();
        if (child === c) child = null;
        // A child that dies on a file (V8's heap limit, the system's) ran out of memory.
        reject(new TooMuchWork('memory', { ...emptyWork(), elapsedMs: Date.now() - started }));
      });
      c.process.on('message', (m: ChildAnswer) => {
        if (!('id' in m) || m.id !== id) return;
        done();
        c.process.removeAllListeners('exit');
        c.process.removeAllListeners('message');
        if (m.ok) resolve(m.result);
        else if (m.cap) {
          // A time cap means pdf.js may still be busy in there: a fresh child for the next file.
          if (m.cap === 'fileMs' || m.cap === 'pageMs') stop(c);
          reject(new TooMuchWork(m.cap as WorkCap, m.work ?? emptyWork()));
        } else reject(new ReadError(m.problem as ReadProblem));
      });
      c.process.send({ id, bytes });
    });
  } finally {
    // An idle child never keeps the CLI from exiting (it exits when the CLI does).
    c.process.unref();
    c.process.channel?.unref();
  }
}

/**
 * A PDF's codes, page text and JPEG digests, read in the child process. Throws ReadError
 * (TooMuchWork with its counters when a cap was reached, including the kill's time and memory).
 */
export function scanPdfIsolated(bytes: Uint8Array): Promise<Result> {
  const run = queue.then(() => scanOnce(bytes));
  queue = run.catch(() => {});
  return run;
}

/** Starts the reading process ahead of the first PDF (it takes about a second to be ready). */
export function startPdfReader(): void {
  child ??= startChild();
  // Until a file is sent, it must not keep the CLI alive.
  child.process.unref();
  child.process.channel?.unref();
}

/** Stops the child now (the CLI does not need to: an idle child does not keep it alive). */
export function closePdfReader(): void {
  if (child) stop(child);
}
