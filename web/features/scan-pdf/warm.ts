// Starting the PDF reader before a PDF arrives (issue 17): once the first screen is idle, the
// reader's module and worker load (pdf.js, its own worker, the QR decoder, a warm-up page), so a
// chosen PDF is answered in about the time of one page render. Tiny on purpose: the first screen
// imports it; everything it starts is loaded lazily.
export function warmPdfReaderWhenIdle(): () => void {
  const start = () => void import('./read-pdf').then((m) => m.warmPdfReader()).catch(() => {});
  if (typeof requestIdleCallback === 'function') {
    const id = requestIdleCallback(start, { timeout: 3_000 });
    return () => cancelIdleCallback(id);
  }
  const timer = setTimeout(start, 1_000);
  return () => clearTimeout(timer);
}
