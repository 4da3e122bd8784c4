// Fix: in desk mode a card left in front of the camera was checked again every cycle (a 5 s
// guard against a 6 s return to the camera). The code counts as still there until the camera
// has watched frames without it; the time spent on the result screen does not count.
import { describe, expect, it } from 'vitest';
import { DEFAULT_DESK_SETTINGS } from '../../../../web/features/desk/desk-settings';
import { GONE_MS, RepeatGuard } from '../../../../web/features/desk/repeat-guard';

const CARD = 'https://dqcv.example/w/?c=AAAA';
const OTHER = 'https://dqcv.example/w/?c=BBBB';

describe('repeat guard', () => {
  it('ignores a card that stays in view across the result screen, however long it is shown', () => {
    const guard = new RepeatGuard();
    expect(guard.seen(CARD, 0)).toBe(true);
    // The result is shown for the desk's return time (no frames), then the camera is back.
    let now = DEFAULT_DESK_SETTINGS.returnAfterSeconds * 1000 + 500;
    for (; now < 60_000; now += 200) expect(guard.seen(CARD, now)).toBe(false);
  });

  it('ignores it also after a much longer return time and a few frames that missed it', () => {
    const guard = new RepeatGuard();
    guard.seen(CARD, 0);
    guard.empty(60_000);
    guard.empty(60_000 + GONE_MS - 500);
    expect(guard.seen(CARD, 60_000 + GONE_MS - 400)).toBe(false);
  });

  it('checks a different card at once', () => {
    const guard = new RepeatGuard();
    guard.seen(CARD, 0);
    expect(guard.seen(OTHER, 100)).toBe(true);
    expect(guard.seen(CARD, 200)).toBe(true);
  });

  it('checks the same card again once the camera has seen it gone for a few seconds', () => {
    const guard = new RepeatGuard();
    guard.seen(CARD, 0);
    expect(guard.empty(7000)).toBe(true); // still counts as in view
    expect(guard.empty(7000 + GONE_MS - 1)).toBe(true);
    expect(guard.empty(7000 + GONE_MS)).toBe(false); // gone
    expect(guard.seen(CARD, 7000 + GONE_MS)).toBe(true);
  });

  it('forgets everything when the camera is opened afresh', () => {
    const guard = new RepeatGuard();
    guard.seen(CARD, 0);
    guard.reset();
    expect(guard.seen(CARD, 100)).toBe(true);
  });
});
