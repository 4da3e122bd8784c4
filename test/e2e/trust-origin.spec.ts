// A trust list that names a status list on a new origin, published while the app is installed.
// The app's CSP (connect-src) is sent with the page and names the status lists' origins of the
// trust list current then; the service worker serves its cached page. Found in review: an
// installed app kept the old CSP until its next release, so every certificate on the new list
// was 「確認できません」. Now the blocked fetch makes the service worker take the page's current
// headers, and the window reloads once it is back on its first screen.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { untilControlled } from './steps';
import { issuer, world } from './world';

test('a status list on a new origin is reachable once the trust list naming it is out', async ({
  browser,
}) => {
  const { demo, base } = world();
  const otherOrigin = base.replace('localhost', '127.0.0.1');
  const context = await browser.newContext({ locale: 'ja-JP' });
  const page = await context.newPage();
  await page.goto('/');
  await untilControlled(page);
  // The page reloads by itself on the way: an evaluation it cuts short counts as not yet.
  const reach = () =>
    page
      .evaluate(
        (url) =>
          fetch(url).then(
            (r) => r.status,
            () => 'blocked',
          ),
        `${otherOrigin}/trust-list`,
      )
      .catch(() => 'reloading');
  expect(await reach()).toBe('blocked');

  // The issuer names a list on the other origin and publishes the re-signed trust list.
  const statePath = join(demo, 'issuer.json');
  const state = JSON.parse(readFileSync(statePath, 'utf8'));
  state.statusLists.push({
    ...state.statusLists[0],
    id: '9',
    uri: `${otherOrigin}/status/9`,
    lastIat: undefined,
  });
  writeFileSync(statePath, JSON.stringify(state, null, 2));
  issuer('trust-list', '--dir', demo);
  const put = await fetch(`${base}/trust-list`, {
    method: 'PUT',
    headers: { 'content-type': 'application/dqc-trustlist+cwt' },
    body: readFileSync(join(demo, 'trust-list.cbor')),
  });
  expect(put.status).toBe(204);

  // The app refreshes its lists (as it does when the network returns): the new list's fetch is
  // blocked by the old CSP, the page's headers are refreshed, and the idle window reloads.
  await page.evaluate(() => window.dispatchEvent(new Event('online')));
  await expect.poll(reach, { timeout: 20_000 }).toBe(200);
  await context.close();
});
