// One decoder (one Web Worker) for the whole app, created on first use.
import { createQrDecoder } from './client';

let decoder: ReturnType<typeof createQrDecoder> | undefined;

export function qrDecoder(): ReturnType<typeof createQrDecoder> {
  decoder ??= createQrDecoder();
  return decoder;
}
