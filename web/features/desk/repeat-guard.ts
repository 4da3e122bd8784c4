// Reception desk: a card left in front of the camera must not be checked again and again. The
// camera is off while a result is shown, and the result returns to the camera by itself after
// a few seconds, so a guard measured from the first reading (it was 5 s, shorter than the 6 s
// return) re-checked the same card every cycle. Instead the code last checked counts as "still
// there" until the camera has actually watched frames without it for GONE_MS; the time the
// camera was away does not count. A different code is checked at once.

/** Frames without the code, for this long, mean it was taken away. */
export const GONE_MS = 3000;

export class RepeatGuard {
  private last: { text: string; absentSince: number | null } | null = null;

  constructor(private readonly goneMs = GONE_MS) {}

  /** A frame showed `text`: true when it should be verified. */
  seen(text: string, now: number): boolean {
    const last = this.last;
    if (last && last.text === text && (last.absentSince === null || now - last.absentSince < this.goneMs)) {
      last.absentSince = null;
      return false;
    }
    this.last = { text, absentSince: null };
    return true;
  }

  /** A frame was decoded and held no code. True while the last code still counts as in view. */
  empty(now: number): boolean {
    const last = this.last;
    if (!last) return false;
    last.absentSince ??= now;
    return now - last.absentSince < this.goneMs;
  }

  /** A fresh start (the camera opened from the first screen): any code is new. */
  reset(): void {
    this.last = null;
  }
}
