// Chromium as the browser benches run it (Debian's, the flags this machine needs) and a Vite
// plugin serving a few folders read-only to a bench page.
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, normalize, relative, sep } from 'node:path';
import { type Browser, chromium, type Page } from 'playwright-core';
import { createServer, type InlineConfig, type Plugin, type ViteDevServer } from 'vite';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../scripts/lib/chromium';

export const launchChromium = (): Promise<Browser> =>
  chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });

/**
 * A Vite dev server for a bench page folder (`root`): no config file, no file watching, a free
 * port on 127.0.0.1, its own cache folder; `extra` adds plugins, headers and the like.
 */
export async function startBenchServer(
  name: string,
  root: string,
  extra: InlineConfig = {},
): Promise<{ server: ViteDevServer; url: string }> {
  const server = await createServer({
    configFile: false,
    root,
    cacheDir: join(tmpdir(), `dqc-${name}-bench-vite`),
    logLevel: 'warn',
    ...extra,
    server: { host: '127.0.0.1', port: 0, watch: null, ...extra.server },
  });
  await server.listen();
  const url = server.resolvedUrls?.local[0];
  if (!url) {
    await server.close();
    throw new Error('vite server has no URL');
  }
  return { server, url };
}

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
