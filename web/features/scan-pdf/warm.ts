// Starting the PDF reader before a PDF arrives (issue 17): once the first screen has been shown a
// moment and is idle, the reader's module and worker load (pdf.js, its own worker, the QR
// decoder, warm-up passes over a certificate-like page), so a chosen PDF is answered in about the
// time of one page render; the camera pauses the passes. Tiny on purpose: the first screen
// imports it; everything it starts is loaded lazily.
let started = false;
/**
 * The start screen shown this long first: a desk opens the camera at once, and the reader's
 * start-up (pdf.js, its fonts, the decoder) would take the CPU from the camera's first frames.
 */
const AFTER_MS = 1_500;

export function warmPdfReaderWhenIdle(): () => void {
  const start = () => {
    started = true;
    void import('./read-pdf').then((m) => m.warmPdfReader()).catch(() => {});
  };
  let idle: number | undefined;
  const timer = setTimeout(() => {
    if (typeof requestIdleCallback === 'function') idle = requestIdleCallback(start, { timeout: 3_000 });
    else start();
  }, AFTER_MS);
  return () => {
    clearTimeout(timer);
    if (idle !== undefined) cancelIdleCallback(idle);
  };
}

/**
 * The camera is on: the reader pauses warming up after the pass under way, so that its passes do
 * not take the CPU from the camera's decoder (on two cores they made camera → verdict up to 2×
 * slower). The start screen's next idle moment resumes it (warmPdfReaderWhenIdle).
 */
export function restPdfReader(): void {
  if (started) void import('./read-pdf').then((m) => m.restPdfReader()).catch(() => {});
}
