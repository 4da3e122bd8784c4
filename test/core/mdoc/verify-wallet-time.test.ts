// Steps 12–14 of PROFILE §8.6: validity (MSO times, §8.2 check 5 for the DS and IACA, the clock
// rule of §6), status through decideStatus for the dqc doctype, and the trust list's own expiry.
import { beforeAll, describe, expect, it } from 'vitest';
import type { WalletResult } from '../../../core/mdoc/types';
import { DAY, NOW, STATUS_URI } from './support/clock';
import { checkLine, runScenario, type Scenario } from './support/scenario';
import { MNC, makeWalletWorld, statusList, type WalletWorld, type WorldOptions } from './support/world';

let world: WalletWorld;
beforeAll(async () => {
  world = await makeWalletWorld();
  world.statusLists.push(statusList({ 7: 0 }));
});

async function run(
  scenario: Scenario = {},
  options?: WorldOptions,
  lists = [statusList({ 7: 0 })],
): Promise<WalletResult> {
  const w = options ? await makeWalletWorld(options) : world;
  if (options) w.statusLists.push(...lists);
  const { results } = await runScenario(w, scenario);
  expect(results).toHaveLength(1);
  return results[0] as WalletResult;
}
const times = (signed: number, validFrom = signed, validUntil = NOW + 180 * DAY): Scenario => ({
  mdoc: { signed, validFrom, validUntil },
});
const at = (r: WalletResult, step: number) => checkLine(r)[step - 1];

describe('step 12, time', () => {
  it.each<[string, Scenario, WorldOptions | undefined, string]>([
    ['signed after validFrom', times(NOW - DAY, NOW - 2 * DAY), undefined, 'MALFORMED_MDOC'],
    ['validFrom = validUntil', times(NOW - DAY, NOW - DAY, NOW - DAY), undefined, 'MALFORMED_MDOC'],
    [
      'signed before the DS notBefore',
      times(NOW - DAY),
      { ds: { notBefore: NOW - DAY / 2 } },
      'SIGNER_NOT_VALID',
    ],
    [
      'signed after the DS notAfter',
      times(NOW - 5 * DAY),
      { ds: { notBefore: NOW - 30 * DAY, notAfter: NOW - 10 * DAY } },
      'SIGNER_NOT_VALID',
    ],
    ['a DS not yet valid', times(NOW + 2000), { ds: { notBefore: NOW + 1000 } }, 'NOT_YET_VALID'],
    ['an IACA not yet valid', times(NOW - DAY), { iaca: { notBefore: NOW + 1000 } }, 'NOT_YET_VALID'],
    [
      'an expired DS',
      times(NOW - 2 * DAY),
      { ds: { notBefore: NOW - 30 * DAY, notAfter: NOW - 1 } },
      'EXPIRED',
    ],
    ['an expired IACA', times(NOW - DAY), { iaca: { notBefore: NOW - 400 * DAY, notAfter: NOW } }, 'EXPIRED'],
    ['signed in the future', times(NOW + 1000), undefined, 'NOT_YET_VALID'],
    ['validFrom in the future', times(NOW - DAY, NOW + 1000), undefined, 'NOT_YET_VALID'],
    ['validUntil reached', times(NOW - DAY, NOW - DAY, NOW), undefined, 'EXPIRED'],
  ])('%s: %s', async (_, scenario, options, code) => {
    const r = await run(scenario, options);
    expect(r.verdict).toBe('invalid');
    expect(r.reasons).toEqual([code]);
    expect(at(r, 12)).toBe(`12:fail:${code}`);
    expect(at(r, 13)).toBe('13:skipped');
    expect(r.mdoc).toBeDefined(); // steps 8 and 9 passed
  });

  it('within the 300 s margin, and just before validUntil: valid', async () => {
    expect((await run(times(NOW + 300))).verdict).toBe('valid');
    expect((await run(times(NOW - DAY, NOW - DAY, NOW + 1))).verdict).toBe('valid');
  });

  it('with a suspect clock a future `signed` is CLOCK_SUSPECT: indeterminate, step 13 still runs', async () => {
    const r = await run({ ...times(NOW + 1000), ctx: { seenIat: NOW + 1000 } });
    expect(r.verdict).toBe('indeterminate');
    expect(r.reasons).toEqual(['CLOCK_SUSPECT']);
    expect(checkLine(r).slice(11)).toEqual(['12:fail:CLOCK_SUSPECT', '13:pass', '14:fail:CLOCK_SUSPECT']);
  });

  it('a CLOCK_SUSPECT never stops the step: a later EXPIRED is its code', async () => {
    const world = { iaca: { notBefore: NOW + 1000 }, ds: { notBefore: NOW - 30 * DAY, notAfter: NOW - 1 } };
    const r = await run({ ...times(NOW - 2 * DAY), ctx: { seenIat: NOW + 1000 } }, world);
    expect(r.reasons).toEqual(['EXPIRED']);
    expect(at(r, 12)).toBe('12:fail:EXPIRED');
    expect(at(r, 13)).toBe('13:skipped');
    const alone = await run(
      { ...times(NOW - 2 * DAY), ctx: { seenIat: NOW + 1000 } },
      { iaca: { notBefore: NOW + 1000 } },
    );
    expect(alone.reasons).toEqual(['CLOCK_SUSPECT']);
    expect(at(alone, 12)).toBe('12:fail:CLOCK_SUSPECT');
  });

  it('a status list seen from the future makes the clock suspect too', async () => {
    const r = await run({}, {}, [statusList({ 7: 0 }, NOW + 1000)]);
    expect(r.reasons).toEqual(['CLOCK_SUSPECT']);
    expect(at(r, 14)).toBe('14:fail:CLOCK_SUSPECT');
    expect(r.statusCheckedAt).toBe(new Date((NOW + 1000) * 1000).toISOString().replace('.000', ''));
  });
});

describe('step 13, status (dqc)', () => {
  it.each([
    [1, 'REVOKED'],
    [2, 'SUSPENDED'],
    [3, 'DELETED'],
  ])('entry %s: invalid, %s, statusCheckedAt given', async (status, code) => {
    const r = await run({}, {}, [statusList({ 7: status })]);
    expect(r.verdict).toBe('invalid');
    expect(r.reasons).toEqual([code]);
    expect(at(r, 13)).toBe(`13:fail:${code}`);
    expect(r.statusCheckedAt).toBe(new Date((NOW - 600) * 1000).toISOString().replace('.000', ''));
  });

  it.each<[string, Scenario, ReturnType<typeof statusList>[]]>([
    ['no list held', {}, []],
    ['an expired list', {}, [statusList({ 7: 0 }, NOW - 2 * DAY)]],
    [
      'a list too short for idx',
      { mdoc: { status: { idx: 5000, uri: STATUS_URI } } },
      [statusList({ 7: 0 })],
    ],
    [
      'a uri the trust list does not name',
      { mdoc: { status: { idx: 7, uri: 'https://dqcv.example.jp/status/9' } } },
      [statusList({ 7: 0 }, NOW - 600, 'https://dqcv.example.jp/status/9')],
    ],
    ['a dqc MSO without status', { mdoc: { status: undefined } as Scenario['mdoc'] }, [statusList({ 7: 0 })]],
  ])('%s: indeterminate, STATUS_UNAVAILABLE', async (_, scenario, lists) => {
    const r = await run(scenario, {}, lists);
    expect(r.verdict).toBe('indeterminate');
    expect(r.reasons).toEqual(['STATUS_UNAVAILABLE']);
    expect(at(r, 13)).toBe('13:fail:STATUS_UNAVAILABLE');
    expect(r.statusCheckedAt).toBeUndefined();
  });

  it('the newest usable list decides', async () => {
    const r = await run({}, {}, [statusList({ 7: 0 }, NOW - 900), statusList({ 7: 2 }, NOW - 300)]);
    expect(r.reasons).toEqual(['SUSPENDED']);
    expect(r.statusCheckedAt).toBe(new Date((NOW - 300) * 1000).toISOString().replace('.000', ''));
  });

  it('other doctypes: skipped, whatever the lists say', async () => {
    const r = await run({ docType: MNC, mdoc: { status: { idx: 7, uri: STATUS_URI } } }, {}, [
      statusList({ 7: 1 }),
    ]);
    expect(r.verdict).toBe('valid');
    expect(at(r, 13)).toBe('13:skipped');
  });
});

describe('step 14, trust', () => {
  it('an expired trust list: indeterminate TRUST_LIST_EXPIRED; it never turns invalid into indeterminate', async () => {
    const expired = { trustListExp: NOW };
    const r = await run({}, expired);
    expect(r.verdict).toBe('indeterminate');
    expect(r.reasons).toEqual(['TRUST_LIST_EXPIRED']);
    expect(at(r, 14)).toBe('14:fail:TRUST_LIST_EXPIRED');
    const revoked = await run({}, expired, [statusList({ 7: 1 })]);
    expect(revoked.verdict).toBe('invalid');
    expect(revoked.reasons).toEqual(['REVOKED']);
  });

  it('expired and a suspect clock: both reasons, in order', async () => {
    const r = await run({ ctx: { seenIat: NOW + 1000 } }, { trustListExp: NOW });
    expect(r.reasons).toEqual(['TRUST_LIST_EXPIRED', 'CLOCK_SUSPECT']);
    expect(at(r, 14)).toBe('14:fail:TRUST_LIST_EXPIRED');
  });

  it('a trust list issued in the future makes the clock suspect', async () => {
    const r = await run({}, { trustListIat: NOW + 1000 });
    expect(r.reasons).toEqual(['CLOCK_SUSPECT']);
  });

  it('runs for a response-level failure too: NOT_PRESENTED with TRUST_LIST_EXPIRED', async () => {
    const r = await run({ status: 20 }, { trustListExp: NOW });
    expect(r.docType).toBeNull();
    expect(r.reasons).toEqual(['NOT_PRESENTED', 'TRUST_LIST_EXPIRED']);
    expect(at(r, 14)).toBe('14:fail:TRUST_LIST_EXPIRED');
  });
});
