// The app's screens in the browser history, so the browser's and Android's Back return to the
// previous screen instead of leaving the app. Only an index goes into history.state: results
// hold personal data, and session history can be written to disk; the screens themselves stay
// in memory. An entry this page did not make (another page's, or one left from before a reload)
// shows the first screen.

/** What we use of `window.history` (a fake in unit tests). */
export interface HistoryLike {
  pushState(data: unknown, unused: string): void;
  replaceState(data: unknown, unused: string): void;
  go(delta: number): void;
}

const indexOf = (state: unknown): number => {
  const i = (state as { dqc?: unknown } | null)?.dqc;
  return typeof i === 'number' && Number.isInteger(i) && i >= 0 ? i : 0;
};

/** How long a toRoot() waits for the browser's popstate before it stops waiting (never seen). */
const TRAVEL_TIMEOUT_MS = 1000;

/**
 * After the next frame (a hidden tab gets no frames: a timer as well). A page's first
 * pushState took 3–13 ms in Chromium, measured: the verdict is drawn first, its entry after.
 */
const afterNextFrame = (run: () => void) => {
  let done = false;
  const once = () => {
    if (!done) run();
    done = true;
  };
  requestAnimationFrame(() => setTimeout(once, 0));
  setTimeout(once, 100);
};

export class ScreenHistory<S> {
  private stack: S[];
  private index = 0;
  /**
   * toRoot() shows the first screen at once, but the browser moves back through the history
   * later (history.go is asynchronous). A screen pushed in between (a file dropped right after
   * 「最初の画面へ」) would be thrown away when that move arrives, so what is asked meanwhile
   * waits for it, in order.
   */
  private travelling = false;
  private travels = 0;
  private readonly waiting: (() => void)[] = [];
  /** A pushed screen's entry, not yet in the browser's history: made before anything else. */
  private unpushed: number | null = null;

  /**
   * `root` is the first screen; the current history entry becomes its entry. `later` runs the
   * browser's pushState after the screen is shown (tests pass one they run themselves).
   */
  constructor(
    private readonly history: HistoryLike,
    private readonly root: S,
    private readonly show: (screen: S) => void,
    private readonly later: (run: () => void) => void = afterNextFrame,
  ) {
    this.stack = [root];
    history.replaceState({ dqc: 0 }, '');
  }

  current(): S {
    return this.stack[this.index] ?? this.root;
  }

  /** The entry of the screen pushed last, into the browser's history if it is not there yet. */
  private flush(): void {
    if (this.unpushed === null) return;
    this.history.pushState({ dqc: this.unpushed }, '');
    this.unpushed = null;
  }

  /** True when `action` was put off until the history move under way has arrived. */
  private deferred(action: () => void): boolean {
    this.flush();
    if (this.travelling) this.waiting.push(action);
    return this.travelling;
  }

  private settled(): void {
    if (!this.travelling) return;
    this.travelling = false;
    for (const action of this.waiting.splice(0)) action();
  }

  /** A new screen on top: Back returns to the one before. */
  push(screen: S): void {
    if (this.deferred(() => this.push(screen))) return;
    this.stack.length = this.index + 1;
    this.stack.push(screen);
    this.index++;
    this.unpushed = this.index;
    this.show(screen);
    this.later(() => this.flush());
  }

  /** The current entry shows something else (a result in place of the camera, and back). */
  replace(screen: S): void {
    if (this.deferred(() => this.replace(screen))) return;
    this.stack[this.index] = screen;
    this.show(screen);
  }

  /** Like the browser's Back (a screen's 閉じる). */
  back(): void {
    if (this.deferred(() => this.back())) return;
    if (this.index > 0) this.history.go(-1);
    else this.show(this.current());
  }

  /** Straight to the first screen, dropping the entries above it from the way Back goes. */
  toRoot(screen: S = this.root): void {
    if (this.deferred(() => this.toRoot(screen))) return;
    const depth = this.index;
    this.stack = [screen];
    this.index = 0;
    this.show(screen);
    if (depth === 0) return;
    this.travelling = true;
    const travel = ++this.travels;
    this.history.go(-depth);
    setTimeout(() => travel === this.travels && this.settled(), TRAVEL_TIMEOUT_MS);
  }

  /** The browser moved through the history (popstate). */
  popped(state: unknown): void {
    // The browser moved before the last screen's entry was made: that entry is moot.
    this.unpushed = null;
    const i = indexOf(state);
    if (this.travelling && i === 0) {
      // The move toRoot() asked for: its screen is on show already, and so is anything the app
      // put up meanwhile outside the history (a file's "reading…" screen), which stays.
      this.settled();
      return;
    }
    const screen = this.stack[i];
    if (screen === undefined) {
      this.stack = [this.root];
      this.index = 0;
      this.show(this.root);
    } else {
      this.index = i;
      this.show(screen);
    }
    this.settled();
  }
}
