// Fix: pressing 更新する in one window reloaded every window at once, cutting off a verification
// or a result shown in another (a desk tablet beside a browser tab). Now only the window that
// asked reloads at once; any other waits until it is back on its first screen.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

function fakeBrowser() {
  const sw = new EventTarget();
  const waitingWorker = Object.assign(new EventTarget(), { state: 'installed', postMessage: vi.fn() });
  const registration = Object.assign(new EventTarget(), {
    waiting: waitingWorker,
    installing: null,
    update: vi.fn(async () => {}),
  });
  Object.assign(sw, { controller: {}, register: vi.fn(async () => registration) });
  const page = new EventTarget();
  const reload = vi.fn();
  vi.stubGlobal('navigator', { serviceWorker: sw });
  vi.stubGlobal('window', Object.assign(page, { location: { reload } }));
  return { sw, page, reload, waitingWorker, registration };
}

/** A fresh module (its state is per window), registered as on page load. */
async function registered() {
  vi.resetModules();
  vi.stubEnv('DEV', false);
  const browser = fakeBrowser();
  const mod = await import('../../../web/app/sw-update');
  mod.registerServiceWorker();
  browser.page.dispatchEvent(new Event('load'));
  await vi.waitFor(() =>
    expect((browser.sw as unknown as { register: () => void }).register).toHaveBeenCalled(),
  );
  await new Promise((r) => setTimeout(r, 0));
  return { ...browser, mod };
}

beforeEach(() => vi.useRealTimers());
afterEach(() => {
  vi.unstubAllGlobals();
  vi.unstubAllEnvs();
});

describe('a new version takes over', () => {
  it('the window that asked reloads at once', async () => {
    const { sw, reload, mod, waitingWorker } = await registered();
    mod.applyUpdate();
    expect(waitingWorker.postMessage).toHaveBeenCalledWith('SKIP_WAITING');
    sw.dispatchEvent(new Event('controllerchange'));
    expect(reload).toHaveBeenCalledTimes(1);
  });

  it('another window that is busy or shows a result waits for its first screen', async () => {
    const { sw, reload, mod } = await registered();
    mod.setIdle(false); // a verification or a result on screen
    sw.dispatchEvent(new Event('controllerchange'));
    expect(reload).not.toHaveBeenCalled();
    mod.setIdle(false);
    expect(reload).not.toHaveBeenCalled();
    mod.setIdle(true); // back on the first screen
    expect(reload).toHaveBeenCalledTimes(1);
  });

  it('another window already on its first screen reloads at once', async () => {
    const { sw, reload, mod } = await registered();
    mod.setIdle(true);
    sw.dispatchEvent(new Event('controllerchange'));
    expect(reload).toHaveBeenCalledTimes(1);
  });
});

describe('a tablet left open', () => {
  it('looks for a new version when the network returns (and hourly), not only on navigation', async () => {
    const { page, registration } = await registered();
    expect(registration.update).not.toHaveBeenCalled();
    page.dispatchEvent(new Event('online'));
    expect(registration.update).toHaveBeenCalledTimes(1);
  });
});
