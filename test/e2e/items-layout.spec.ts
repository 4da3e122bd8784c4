// Issue 14 point 6: a name of one letter and 63 combining marks (PROFILE allows 64 code points)
// was painted across ① ③ ④ ⑤ on a 390 px screen. Values are clipped to their own cell: the name's
// box overlaps no other item's box, and the neighbouring items look exactly as they do beside a
// plain name (compared pixel for pixel). The name stays text: selectable, whole.
import { expect, type Page, test } from '@playwright/test';
import { issuer, world } from './world';

test.use({ viewport: { width: 390, height: 844 } });

const MARKS = Array.from({ length: 63 }, (_, i) =>
  String.fromCodePoint(i % 2 ? 0x0316 + (i % 8) : 0x0300 + (i % 12)),
)
  .join('')
  .normalize('NFC');
const STACKED = `Z${MARKS}`.normalize('NFC');

function issue(name: string, out: string): string {
  const printed = issuer(
    'issue',
    '--dir',
    world().demo,
    '--qual',
    '1',
    '--name',
    name,
    '--birth',
    '1990-04-01',
    '--reg-no',
    '999001',
    '--reg-date',
    '2016-04-01',
    '--out',
    out,
    '--no-png',
  );
  const url = printed.split('\n').find((l) => l.startsWith('http'));
  if (!url) throw new Error(`no URL in: ${printed}`);
  return url.trim();
}

async function show(page: Page, url: string) {
  await page.goto('/');
  await page.locator('#paste-url').fill(url);
  await page.locator('form.paste button[type=submit]').click();
  await expect(page.locator('.items').first()).toBeVisible();
}

/** Screenshots of every item cell but the name's, keyed by label. */
async function neighbours(page: Page): Promise<Map<string, Buffer>> {
  const shots = new Map<string, Buffer>();
  const cells = page.locator('.items').first().locator('dt, dd');
  for (let i = 0; i < (await cells.count()); i++) {
    const cell = cells.nth(i);
    if ((await cell.getAttribute('data-testid')) === 'item-name') continue;
    shots.set(`${i}`, await cell.screenshot());
  }
  return shots;
}

test('a name of Z + 63 combining marks stays in its own cell at 390 px', async ({ page }) => {
  expect([...STACKED].length).toBeLessThanOrEqual(64);
  const stacked = issue(STACKED, 'stacked-marks');
  const plain = issue('Z', 'plain-z');

  await show(page, plain);
  const before = await neighbours(page);
  await show(page, stacked);
  const name = page.getByTestId('item-name');
  await expect(name).toHaveText(STACKED);
  const boxes = await page
    .locator('.items')
    .first()
    .locator('dt, dd')
    .evaluateAll((els) =>
      els.map((el) => {
        const r = el.getBoundingClientRect();
        return {
          name: el.getAttribute('data-testid') === 'item-name',
          l: r.left,
          t: r.top,
          r: r.right,
          b: r.bottom,
        };
      }),
    );
  const me = boxes.find((b) => b.name);
  if (!me) throw new Error('no name cell');
  const overlapping = boxes.filter(
    (b) => !b.name && b.l < me.r - 0.5 && me.l < b.r - 0.5 && b.t < me.b - 0.5 && me.t < b.b - 0.5,
  );
  expect(overlapping).toEqual([]);
  // Painted only inside its box, and still text a person can select and copy.
  expect(await name.evaluate((el) => getComputedStyle(el).overflow)).toMatch(/hidden|clip/);
  expect(await name.evaluate((el) => getComputedStyle(el).userSelect)).not.toBe('none');
  const after = await neighbours(page);
  for (const [key, shot] of before) expect(after.get(key)?.equals(shot), `cell ${key}`).toBe(true);
});
