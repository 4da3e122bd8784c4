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

export class ScreenHistory<S> {
  private stack: S[];
  private index = 0;

  /** `root` is the first screen; the current history entry becomes its entry. */
  constructor(
    private readonly history: HistoryLike,
    private readonly root: S,
    private readonly show: (screen: S) => void,
  ) {
    this.stack = [root];
    history.replaceState({ dqc: 0 }, '');
  }

  current(): S {
    return this.stack[this.index] ?? this.root;
  }

  /** A new screen on top: Back returns to the one before. */
  push(screen: S): void {
    this.stack.length = this.index + 1;
    this.stack.push(screen);
    this.index++;
    this.history.pushState({ dqc: this.index }, '');
    this.show(screen);
  }

  /** The current entry shows something else (a result in place of the camera, and back). */
  replace(screen: S): void {
    this.stack[this.index] = screen;
    this.show(screen);
  }

  /** Like the browser's Back (a screen's 閉じる). */
  back(): void {
    if (this.index > 0) this.history.go(-1);
    else this.show(this.current());
  }

  /** Straight to the first screen, dropping the entries above it from the way Back goes. */
  toRoot(screen: S = this.root): void {
    const depth = this.index;
    this.stack = [screen];
    this.index = 0;
    this.show(screen);
    if (depth > 0) this.history.go(-depth);
  }

  /** The browser moved through the history (popstate). */
  popped(state: unknown): void {
    const i = indexOf(state);
    const screen = this.stack[i];
    if (screen === undefined) {
      this.stack = [this.root];
      this.index = 0;
      this.show(this.root);
      return;
    }
    this.index = i;
    this.show(screen);
  }
}
