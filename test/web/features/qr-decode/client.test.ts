// The decoder's main-thread side (web/features/qr-decode/client.ts) with a stand-in Worker: `warm`
// starts the worker and asks it to compile the wasm before any image (the camera screen calls it
// when it opens), without a second worker on the first decode, and resolves once the worker says
// it is warm (or has failed); images are transferred (a VideoFrame or ImageBitmap by itself, an
// ImageData by its buffer), answers matched by id.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createQrDecoder } from '../../../../web/features/qr-decode/client';

interface Posted {
  message: unknown;
  transfer: unknown[];
}

function fakeWorkers() {
  const made: FakeWorker[] = [];
  class FakeWorker {
    onmessage: ((event: { data: unknown }) => void) | null = null;
    onerror: (() => void) | null = null;
    onmessageerror: (() => void) | null = null;
    posted: Posted[] = [];
    terminated = false;
    constructor() {
      made.push(this);
    }
    postMessage(message: unknown, transfer: unknown[] = []) {
      this.posted.push({ message, transfer });
    }
    terminate() {
      this.terminated = true;
    }
    answer(data: unknown) {
      this.onmessage?.({ data });
    }
  }
  vi.stubGlobal('Worker', FakeWorker);
  return made;
}

afterEach(() => vi.unstubAllGlobals());

describe('createQrDecoder', () => {
  it('warm starts the one worker and asks it to compile the wasm, before any image', () => {
    const workers = fakeWorkers();
    const decoder = createQrDecoder();
    expect(workers).toHaveLength(0); // nothing started until asked
    decoder.warm();
    expect(workers).toHaveLength(1);
    expect(workers[0]?.posted.map((p) => p.message)).toEqual([{ warm: true }]);
    decoder.warm();
    expect(workers).toHaveLength(1);
    decoder.dispose();
  });

  it('warm resolves when the worker has warmed up, not before', async () => {
    const workers = fakeWorkers();
    const decoder = createQrDecoder();
    let ready = false;
    const warming = decoder.warm().then(() => {
      ready = true;
    });
    await Promise.resolve();
    expect(ready).toBe(false);
    workers[0]?.answer({ warmed: true });
    await warming;
    expect(ready).toBe(true);
    decoder.dispose();
  });

  it('warm resolves, never rejects, when the worker fails while warming', async () => {
    const workers = fakeWorkers();
    const decoder = createQrDecoder();
    const warming = decoder.warm();
    workers[0]?.onerror?.();
    await expect(warming).resolves.toBeUndefined();
  });

  it('decodes on the warmed worker, transferring a frame and matching the answer by id', async () => {
    const workers = fakeWorkers();
    const decoder = createQrDecoder();
    decoder.warm();
    const frame = { width: 1280, height: 720, close: () => {} } as unknown as VideoFrame;
    const texts = decoder.decode(frame, 20);
    expect(workers).toHaveLength(1);
    const worker = workers[0] as NonNullable<(typeof workers)[0]>;
    const request = worker.posted[1] as Posted;
    expect(request.message).toMatchObject({ image: frame, budgetMs: 20 });
    expect(request.transfer).toEqual([frame]);
    const { id } = request.message as { id: number };
    worker.answer({ id: id + 1, texts: ['not this request'] }); // another id: ignored
    worker.answer({ id, texts: ['https://example.jp/v#c=1'] });
    await expect(texts).resolves.toEqual(['https://example.jp/v#c=1']);
    decoder.dispose();
  });

  it('transfers an ImageData by its buffer, and a failed worker rejects what is pending', async () => {
    const workers = fakeWorkers();
    const decoder = createQrDecoder();
    const data = new Uint8ClampedArray(16);
    const pending = decoder.decode({ width: 2, height: 2, data } as ImageData, 3000);
    const worker = workers[0] as NonNullable<(typeof workers)[0]>;
    expect(worker.posted[0]?.transfer).toEqual([data.buffer]);
    worker.onerror?.();
    await expect(pending).rejects.toThrow('QR decoder failed');
    expect(worker.terminated).toBe(true);
  });
});
