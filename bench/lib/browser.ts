// Chromium as the browser benches run it (Debian's, the flags this machine needs) and a Vite
// plugin serving a few folders read-only to a bench page.
import { readFile } from 'node:fs/promises';
import { join, normalize, relative, sep } from 'node:path';
import { type Browser, chromium, type Page } from 'playwright-core';
import type { Plugin } from 'vite';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../scripts/lib/chromium';

export const launchChromium = (): Promise<Browser> =>
  chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });

/** A bench page at `url`, once its script has set `globalThis[global]` (errors are printed). */
export async function openBenchPage(browser: Browser, url: string, global = 'bench'): Promise<Page> {
  const page = await browser.newPage();
  page.on('pageerror', (e) => console.error('bench page error:', e.message));
  await page.goto(url);
  await page.waitForFunction((name) => name in globalThis, global, { timeout: 60_000 });
  return page;
}

/** Serves each `[mount, folder]` (e.g. ['/pdfs', dir]): files inside the folder only, no listing. */
export function folderPlugin(mounts: [string, string][]): Plugin {
  return {
    name: 'bench-folders',
    configureServer(server) {
      for (const [mount, folder] of mounts) {
        server.middlewares.use(mount, async (req, res) => {
          const path = normalize(join(folder, decodeURIComponent((req.url ?? '').split('?')[0] ?? '')));
          if (relative(folder, path).startsWith(`..${sep}`) || !path.startsWith(folder)) {
            res.statusCode = 403;
            res.end();
            return;
          }
          try {
            res.setHeader('Content-Type', 'application/octet-stream');
            res.end(await readFile(path));
          } catch {
            res.statusCode = 404;
            res.end();
          }
        });
      }
    },
  };
}
