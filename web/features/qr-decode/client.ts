// The main thread's side of the QR decoder: one lazily started module worker (its own chunk,
// with the wasm), requests matched by id, images transferred rather than copied. `warm` starts
// the worker, which compiles the wasm and reads a warm-up code ahead of the first image, and
// resolves when it has (the camera screen calls it when it opens and sends frames after, so the
// first frame showing a code is not the one that pays for start-up, nor waits stale behind it).
import type { DecodeRequest, DecodeResponse, WarmedResponse, WarmRequest } from './qr-worker';

export interface QrDecoder {
  /**
   * The distinct texts of the QR codes in the image ([] when none could be read). The image is
   * transferred to the worker: an ImageBitmap is closed and an ImageData's buffer detached, so
   * do not use it afterwards. Rejects if the worker fails or does not answer in time.
   */
  decode(image: ImageBitmap | ImageData | VideoFrame, budgetMs?: number): Promise<string[]>;
  /**
   * Starts the worker and its wasm now and reads one code there (idempotent). Resolves when the
   * decoder is ready, or when it cannot be (no worker, a failure, WARM_WAIT_MS): never rejects.
   */
  warm(): Promise<void>;
  /** Stops the worker; pending requests reject. The next decode starts a new worker. */
  dispose(): void;
}

const DEFAULT_BUDGET_MS = 3000;
/** A worker that overruns its budget by this much is considered stuck and restarted. */
const GRACE_MS = 20_000;
/** Longest wait for the warm-up: after it, frames are sent regardless (a slow device still reads). */
const WARM_WAIT_MS = 5_000;

interface Pending {
  resolve: (texts: string[]) => void;
  reject: (error: Error) => void;
  timer: ReturnType<typeof setTimeout>;
}

export function createQrDecoder(): QrDecoder {
  let worker: Worker | null = null;
  let nextId = 1;
  const pending = new Map<number, Pending>();
  /** Who waits for the worker's warm-up (answered in order: one worker, one warm-up). */
  let warmWaiters: (() => void)[] = [];
  const warmed = () => {
    for (const resolve of warmWaiters) resolve();
    warmWaiters = [];
  };

  const stop = (reason: string) => {
    worker?.terminate();
    worker = null;
    for (const request of pending.values()) {
      clearTimeout(request.timer);
      request.reject(new Error(reason));
    }
    pending.clear();
    warmed();
  };

  const start = (): Worker => {
    if (worker) return worker;
    const started = new Worker(new URL('./qr-worker.ts', import.meta.url), { type: 'module' });
    started.onmessage = (event: MessageEvent<DecodeResponse | WarmedResponse>) => {
      if ('warmed' in event.data) return warmed();
      const request = pending.get(event.data.id);
      if (!request) return;
      pending.delete(event.data.id);
      clearTimeout(request.timer);
      if ('texts' in event.data) request.resolve(event.data.texts);
      else request.reject(new Error(event.data.error));
    };
    started.onerror = () => stop('QR decoder failed');
    started.onmessageerror = () => stop('QR decoder failed');
    worker = started;
    return started;
  };

  return {
    decode(image, budgetMs = DEFAULT_BUDGET_MS) {
      const id = nextId++;
      return new Promise<string[]>((resolve, reject) => {
        try {
          const request: DecodeRequest = { id, image, budgetMs };
          start().postMessage(request, 'close' in image ? [image] : [image.data.buffer]);
          // Answers arrive as later events, so registering after posting is safe.
          const timer = setTimeout(() => stop('QR decoder did not answer'), budgetMs + GRACE_MS);
          pending.set(id, { resolve, reject, timer });
        } catch (e) {
          reject(e instanceof Error ? e : new Error(String(e)));
        }
      });
    },
    warm() {
      return new Promise<void>((resolve) => {
        try {
          start().postMessage({ warm: true } satisfies WarmRequest);
          warmWaiters.push(resolve);
          setTimeout(resolve, WARM_WAIT_MS);
        } catch {
          resolve(); // no worker here: the first decode will say so
        }
      });
    },
    dispose() {
      stop('QR decoder disposed');
    },
  };
}
