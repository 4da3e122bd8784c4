/// <reference lib="webworker" />
// The record maker's worker (PROFILE §9): pdf-lib, fontkit, harfbuzz's wasm and the whole Noto
// Sans JP (5.3 MB; a record prints any name, so no fixed subset will do) load here, on the first
// record asked for, and stay for the next one (a desk saving one per scan). The font and the wasm
// are this app's own files, precached by the service worker like every built file: making a
// record works offline, and nothing leaves the device. The main thread never holds them.
import fontUrl from '@expo-google-fonts/noto-sans-jp/400Regular/NotoSansJP_400Regular.ttf?url';
import wasmUrl from 'harfbuzzjs/dist/harfbuzz-subset.wasm?url';
import { type FontSubsetter, loadFontSubsetter } from '../../../record/font-subset';
import type { AnyRecordJson } from '../../../record/record-json';
import { makeRecordPdf } from '../../../record/record-pdf';

export interface RecordWorkerRequest {
  id: number;
  json: AnyRecordJson;
  retention?: string;
}

export type RecordWorkerAnswer =
  /** `fontMs`: waiting for the font (0 once loaded); `ms`: making the PDF. */
  { id: number; pdf: Uint8Array; ms: number; fontMs: number } | { id: number; error: string };

declare const self: DedicatedWorkerGlobalScope;

let fonts: Promise<FontSubsetter> | undefined;

async function bytesOf(url: string): Promise<ArrayBuffer> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return response.arrayBuffer();
}

function loadFonts(): Promise<FontSubsetter> {
  fonts ??= Promise.all([bytesOf(wasmUrl), bytesOf(fontUrl)]).then(([wasm, font]) =>
    loadFontSubsetter(wasm, new Uint8Array(font)),
  );
  // A failed load (offline before the precache finished) is tried again next time.
  fonts.catch(() => {
    fonts = undefined;
  });
  return fonts;
}

self.onmessage = async (event: MessageEvent<RecordWorkerRequest | 'warm'>) => {
  if (event.data === 'warm') {
    void loadFonts().catch(() => {});
    return;
  }
  const { id, json, retention } = event.data;
  try {
    const asked = performance.now();
    const subsetter = await loadFonts();
    const started = performance.now();
    const pdf = await makeRecordPdf(json, subsetter, retention ? { retention } : {});
    const answer: RecordWorkerAnswer = { id, pdf, ms: performance.now() - started, fontMs: started - asked };
    self.postMessage(answer, [pdf.buffer]);
  } catch (e) {
    const answer: RecordWorkerAnswer = { id, error: (e as Error).message };
    self.postMessage(answer);
  }
};
