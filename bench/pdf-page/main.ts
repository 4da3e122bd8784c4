// The pdf.js baseline for bench/pdf-verify.ts (Chromium): open a PDF and render its page 1 once
// at scale 2 into a canvas, with pdf.js's own worker, as a plain pdf.js page would. Fetching the
// file is not timed; opening (getDocument + getPage) and rendering are, separately. One pdf.js
// worker serves every document: a new one per document costs 350–700 ms here, because the Vite
// dev server hands the 1.2 MB worker script out as a 6.7 MB module (inline source map, /@vite/client
// import) with no-cache — a cost of this bench page, not of pdf.js.
import * as pdfjs from 'pdfjs-dist';
import workerUrl from 'pdfjs-dist/build/pdf.worker.min.mjs?url';

pdfjs.GlobalWorkerOptions.workerSrc = workerUrl;
let worker: pdfjs.PDFWorker | undefined;

export interface RenderTiming {
  openMs: number;
  renderMs: number;
  width: number;
  height: number;
}

async function render(url: string, scale = 2): Promise<RenderTiming> {
  const data = new Uint8Array(await (await fetch(url)).arrayBuffer());
  const started = performance.now();
  worker ??= new pdfjs.PDFWorker();
  const doc = await pdfjs.getDocument({
    data,
    worker,
    isEvalSupported: false,
    cMapUrl: '/pdfjs/cmaps/',
    cMapPacked: true,
    standardFontDataUrl: '/pdfjs/standard_fonts/',
    wasmUrl: '/pdfjs/wasm/',
  }).promise;
  try {
    const page = await doc.getPage(1);
    const opened = performance.now();
    const viewport = page.getViewport({ scale });
    const canvas = document.createElement('canvas');
    canvas.width = Math.ceil(viewport.width);
    canvas.height = Math.ceil(viewport.height);
    await page.render({ canvas, viewport }).promise;
    const timing = {
      openMs: opened - started,
      renderMs: performance.now() - opened,
      width: canvas.width,
      height: canvas.height,
    };
    canvas.width = 0;
    canvas.height = 0;
    return timing;
  } finally {
    await doc.destroy();
  }
}

const pdfBench = { render, version: pdfjs.version };
export type PdfBench = typeof pdfBench;
(globalThis as unknown as { pdfBench: PdfBench }).pdfBench = pdfBench;
