// Files that arrive from outside the page: shared from another app (Web Share Target, stored by
// the service worker) or opened with the app (File Handling API's launch queue).

/** The file shared into the app, if the page was opened for one (`/?shared=1`). Taken once. */
export async function takeSharedFile(): Promise<File | null> {
  const params = new URLSearchParams(window.location.search);
  if (!params.has('shared') || !('caches' in window)) return null;
  history.replaceState(null, '', '/');
  try {
    const cache = await caches.open('dqc-share');
    const response = await cache.match('/shared-file');
    await cache.delete('/shared-file');
    if (!response) return null;
    const name = decodeURIComponent(response.headers.get('x-file-name') ?? 'shared');
    return new File([await response.blob()], name, { type: response.headers.get('content-type') ?? '' });
  } catch {
    return null;
  }
}

interface LaunchParams {
  files: { getFile(): Promise<File> }[];
}

/** PDFs and images opened with the installed app (manifest file_handlers). */
export function onLaunchedFiles(handle: (file: File) => void): void {
  const queue = (window as { launchQueue?: { setConsumer(c: (p: LaunchParams) => void): void } }).launchQueue;
  queue?.setConsumer(async (params) => {
    const first = params.files[0];
    if (first) handle(await first.getFile());
  });
}
