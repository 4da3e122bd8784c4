// The app's screens as one discriminated union; App.tsx switches on it.
import type { Outcome } from '../features/verify/verify-service';

export type Screen =
  | { name: 'home'; message?: string }
  | { name: 'camera'; desk: boolean }
  | { name: 'busy'; message: string; starting?: boolean }
  /** `fromCamera`: 「続けて確認する」 goes back to the camera, not the first screen. */
  | { name: 'result'; outcomes: Outcome[]; desk: boolean; fromCamera: boolean }
  | { name: 'settings' };
