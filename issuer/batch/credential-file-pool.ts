// A batch's credential files (.url, QR .png/.svg) written on worker threads. Drawing a QR code
// (Reed–Solomon, the eight-mask search, the PNG) costs more than signing and self-checking the
// credential, so a batch on one thread leaves the other cores idle. The main thread signs and
// self-checks; the files go out in chunks, one message per chunk, and `write` waits when too many
// chunks are in flight, so a batch of any size holds a bounded number of URLs in memory.
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { type OutputOptions, writeCredentialFilesAt } from './outputs';

export interface FileJob {
  /** Path without extension (credentialBase). */
  base: string;
  url: string;
}

export interface CredentialFileWriter {
  /** Writes, or queues, one credential's files; waits while the workers are too far behind. */
  write(job: FileJob): Promise<void>;
  /**
   * Resolves once every file is written; rejects with the first failure, after the workers have
   * answered for what they hold. Stops the workers.
   */
  close(): Promise<void>;
  /** After close: whether all of this credential's files are on disk. */
  wrote(base: string): boolean;
}

/** What a worker is started with: the stop flag is one Int32 the pool sets on a failure. */
export interface WorkerData {
  options: OutputOptions;
  stop: SharedArrayBuffer;
}
/** A worker's answer to a chunk: how many of its jobs it wrote, in order, and why it stopped. */
export interface WorkerReply {
  written: number;
  error?: string;
}

/** Below this many credentials, starting workers (about 0.15 s each) costs more than it saves. */
export const POOL_THRESHOLD = 256;
const CHUNK = 128;
const CHUNKS_IN_FLIGHT_PER_WORKER = 4;

/**
 * Workers for `rows` credentials: none for small batches, without images, or on one core.
 * DQC_IMAGE_WORKERS=n overrides (0 = in this thread), to compare on a given machine.
 */
export function imageWorkersFor(rows: number, options: OutputOptions): number {
  if (rows < POOL_THRESHOLD || (options.png === false && !options.svg)) return 0;
  const override = Number.parseInt(process.env.DQC_IMAGE_WORKERS ?? '', 10);
  if (Number.isInteger(override) && override >= 0) return Math.min(override, 16);
  // As many workers as cores (measured on 2 cores: 2 beat 1 by a fifth): the main thread mostly
  // waits for signatures, which run on libuv's threads.
  const cores = availableParallelism();
  return cores < 2 ? 0 : Math.min(4, cores);
}

export function credentialFileWriter(options: OutputOptions, workers: number): CredentialFileWriter {
  if (workers < 1) {
    const done = new Set<string>();
    return {
      write: async (job) => {
        writeCredentialFilesAt(job.base, job.url, options);
        done.add(job.base);
      },
      close: async () => {},
      wrote: (base) => done.has(base),
    };
  }
  return new WorkerPoolWriter(options, workers);
}

interface Slot {
  worker: Worker;
  /** Chunks posted and not yet answered, oldest first (a worker answers in order). */
  chunks: FileJob[][];
  alive: boolean;
}

class WorkerPoolWriter implements CredentialFileWriter {
  private readonly slots: Slot[];
  private readonly stop = new Int32Array(new SharedArrayBuffer(4));
  private readonly done = new Set<string>();
  private pending: FileJob[] = [];
  private inFlight = 0;
  private failure: Error | undefined;
  private waiters: (() => void)[] = [];
  private closed = false;

  constructor(options: OutputOptions, workers: number) {
    const workerData: WorkerData = { options, stop: this.stop.buffer as SharedArrayBuffer };
    this.slots = Array.from({ length: workers }, () => {
      // A CommonJS entry: worker threads do not inherit tsx's loader (see the file).
      const worker = new Worker(new URL('./credential-file-worker.cjs', import.meta.url), { workerData });
      const slot: Slot = { worker, chunks: [], alive: true };
      worker.on('message', (reply: WorkerReply) => {
        const chunk = slot.chunks.shift() ?? [];
        this.inFlight--;
        for (const job of chunk.slice(0, reply.written)) this.done.add(job.base);
        if (reply.error !== undefined) this.fail(new Error(reply.error));
        this.wake();
      });
      worker.on('error', (e: Error) => this.fail(e));
      // Only close() stops a worker: any other exit, even between chunks, ends the batch (a chunk
      // posted to a stopped worker would never be answered, so its chunks count as not written).
      worker.on('exit', (code) => {
        slot.alive = false;
        this.inFlight -= slot.chunks.length;
        slot.chunks = [];
        if (!this.closed) this.fail(new Error(`an image worker stopped (exit code ${code})`));
      });
      return slot;
    });
  }

  async write(job: FileJob): Promise<void> {
    if (this.failure) throw this.failure;
    if (this.closed) throw new Error('the credential file writer is closed');
    this.pending.push(job);
    if (this.pending.length >= CHUNK) await this.send();
  }

  async close(): Promise<void> {
    if (this.closed) return;
    try {
      // After a failure nothing more is sent, and the stop flag is up: each worker answers for the
      // chunk in hand at once, so what was written is known before the workers go.
      if (!this.failure) await this.send().catch(() => {});
      while (this.inFlight > 0) await this.waitForReply();
      if (this.failure) throw this.failure;
    } finally {
      this.closed = true;
      await Promise.all(this.slots.map((s) => s.worker.terminate()));
    }
  }

  wrote(base: string): boolean {
    return this.done.has(base);
  }

  private async send(): Promise<void> {
    while (this.inFlight >= CHUNKS_IN_FLIGHT_PER_WORKER * this.slots.length && !this.failure)
      await this.waitForReply();
    if (this.failure) throw this.failure;
    if (this.pending.length === 0) return; // another caller took them while this one waited
    const jobs = this.pending;
    this.pending = [];
    const slot = this.slots
      .filter((s) => s.alive)
      .reduce((a, b) => (b.chunks.length < a.chunks.length ? b : a));
    slot.chunks.push(jobs);
    this.inFlight++;
    slot.worker.postMessage(jobs);
  }

  private waitForReply(): Promise<void> {
    return new Promise((resolve) => this.waiters.push(resolve));
  }

  private wake(): void {
    const waiters = this.waiters;
    this.waiters = [];
    for (const resolve of waiters) resolve();
  }

  private fail(e: Error): void {
    this.failure ??= e;
    Atomics.store(this.stop, 0, 1);
    this.wake();
  }
}
