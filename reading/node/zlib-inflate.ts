// The work budget's inflater in Node (reading/pdf/pdf-filters.ts): node:zlib in one call with
// an output limit, several times faster than a DecompressionStream; damaged data (which zlib
// refuses whole) goes through the streamed inflater, which keeps what came before the damage.
import { constants, inflateRawSync, inflateSync } from 'node:zlib';
import { type Inflated, streamInflate } from '../pdf/pdf-filters';

export async function zlibInflate(data: Uint8Array, limit: number, raw: boolean): Promise<Inflated> {
  try {
    const out = (raw ? inflateRawSync : inflateSync)(data, {
      maxOutputLength: limit + 1,
      finishFlush: constants.Z_SYNC_FLUSH,
    });
    const bytes = new Uint8Array(out.buffer, out.byteOffset, out.byteLength);
    return out.length > limit ? { bytes: bytes.subarray(0, limit), over: true } : { bytes, over: false };
  } catch (e) {
    if ((e as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE')
      return { bytes: new Uint8Array(0), over: true };
    return streamInflate(data, limit, raw);
  }
}
