// Fix: Back left the app instead of returning from a result or from Settings. Screens are now
// history entries; only an index goes into history.state (results hold personal data).
import { describe, expect, it, vi } from 'vitest';
import { type HistoryLike, ScreenHistory } from '../../../web/app/screen-history';

/**
 * A browser history in miniature: entries, a position, popstate on go(). Browsers move later
 * than go() returns; `later` holds the moves back until deliver() (synchronous otherwise).
 */
class FakeHistory implements HistoryLike {
  entries: unknown[] = [null];
  at = 0;
  onPop: (state: unknown) => void = () => {};
  private readonly queued: number[] = [];
  constructor(private readonly later = false) {}
  get state() {
    return this.entries[this.at];
  }
  pushState(data: unknown) {
    this.entries.length = this.at + 1;
    this.entries.push(data);
    this.at++;
  }
  replaceState(data: unknown) {
    this.entries[this.at] = data;
  }
  go(delta: number) {
    if (this.later) this.queued.push(delta);
    else this.move(delta);
  }
  deliver() {
    for (const delta of this.queued.splice(0)) this.move(delta);
  }
  private move(delta: number) {
    this.at = Math.max(0, Math.min(this.entries.length - 1, this.at + delta));
    this.onPop(this.state);
  }
}

/** `held`: the deferred pushState calls wait in `pending` until the test runs them. */
function setup(later = false, held = false) {
  const history = new FakeHistory(later);
  const shown: string[] = [];
  const pending: (() => void)[] = [];
  const nav = new ScreenHistory<string>(
    history,
    'home',
    (s) => shown.push(s),
    (run) => (held ? pending.push(run) : run()),
  );
  history.onPop = (state) => nav.popped(state);
  const runPending = () => {
    for (const run of pending.splice(0)) run();
  };
  return { history, nav, shown, runPending, last: () => shown[shown.length - 1] };
}

describe('ScreenHistory', () => {
  it('Back from a result returns to the screen before it, not out of the app', () => {
    const { history, nav, last } = setup();
    nav.push('result');
    expect(history.entries).toHaveLength(2);
    history.go(-1);
    expect(last()).toBe('home');
    history.go(1);
    expect(last()).toBe('result');
  });

  it('Back (or 閉じる) from Settings returns to the result it was opened over', () => {
    const { history, nav, last } = setup();
    nav.push('result');
    nav.push('settings');
    nav.back();
    expect(last()).toBe('result');
    expect(history.at).toBe(1);
  });

  it('a camera session keeps one entry: results replace the camera, Back goes to the first screen', () => {
    const { history, nav, last } = setup();
    nav.push('camera');
    nav.replace('result');
    nav.replace('camera');
    nav.replace('result');
    expect(history.entries).toHaveLength(2);
    history.go(-1);
    expect(last()).toBe('home');
  });

  it('「最初の画面へ」 goes to the first screen at once and takes the entries above it off the way back', () => {
    const { history, nav, last } = setup();
    nav.push('result');
    nav.push('settings');
    nav.toRoot();
    expect(last()).toBe('home');
    expect(history.at).toBe(0);
    nav.push('camera');
    history.go(-1);
    expect(last()).toBe('home');
  });

  it('a screen opened right after 「最初の画面へ」, before the browser has moved back, is kept', () => {
    const { history, nav, last, shown } = setup(true);
    nav.push('result');
    nav.push('settings');
    nav.toRoot();
    expect(last()).toBe('home');
    nav.push('pdf result'); // a file dropped at once
    expect(last()).toBe('home'); // waits for the move back…
    const before = shown.length;
    history.deliver();
    // …then is shown, on top of the first screen, which the move does not show a second time
    // (the app's "reading…" screen, put up outside the history, would flash back to it).
    expect(shown.slice(before)).toEqual(['pdf result']);
    expect(history.entries).toEqual([{ dqc: 0 }, { dqc: 1 }]);
    expect(history.at).toBe(1);
    nav.back();
    history.deliver();
    expect(last()).toBe('home');
  });

  it('if the browser never reports the move back, what waits is shown after a second', () => {
    vi.useFakeTimers();
    try {
      const { nav, last } = setup(true);
      nav.push('result');
      nav.toRoot();
      nav.push('camera');
      expect(last()).toBe('home');
      vi.advanceTimersByTime(1000);
      expect(last()).toBe('camera');
    } finally {
      vi.useRealTimers();
    }
  });

  it('keeps nothing but an index in history.state', () => {
    const { history, nav } = setup();
    nav.push('result with a name in it');
    expect(history.entries).toEqual([{ dqc: 0 }, { dqc: 1 }]);
  });

  it('an entry it does not know (after a reload, another page’s) shows the first screen', () => {
    const { nav, last } = setup();
    nav.popped({ dqc: 7 });
    expect(last()).toBe('home');
    nav.popped(null);
    expect(last()).toBe('home');
    expect(nav.current()).toBe('home');
  });

  it('shows a pushed screen first and makes its entry after (a first pushState is slow)', () => {
    const { history, nav, runPending, last } = setup(false, true);
    nav.push('result');
    expect(last()).toBe('result');
    expect(history.entries).toHaveLength(1);
    runPending();
    expect(history.entries).toHaveLength(2);
    // Made once only, however the deferred call and the app's next step interleave.
    nav.push('settings');
    nav.back(); // the entry is made before going back over it
    expect(history.entries).toHaveLength(3);
    runPending();
    expect(history.entries).toHaveLength(3);
    expect(last()).toBe('result');
  });

  it('drops an entry not made yet when the browser moved first', () => {
    const { history, nav, runPending, last } = setup(false, true);
    nav.push('result');
    nav.popped({ dqc: 0 });
    runPending();
    expect(history.entries).toHaveLength(1);
    expect(last()).toBe('home');
  });
});
