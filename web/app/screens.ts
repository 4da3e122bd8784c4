// The app's screens as one discriminated union; App.tsx switches on it.
import type { Outcome } from '../features/verify/verify-service';
import type { WalletAnswer } from '../features/wallet/wallet-check';

export type Screen =
  | { name: 'home'; message?: string }
  | { name: 'camera'; desk: boolean }
  | { name: 'busy'; message: string; starting?: boolean }
  /** `fromCamera`: 「続けて確認する」 goes back to the camera, not the first screen. */
  | { name: 'result'; outcomes: Outcome[]; desk: boolean; fromCamera: boolean }
  | { name: 'settings' }
  /** A certificate presented from a wallet (PROFILE §8.6); kept in memory only (§8.9). */
  | { name: 'wallet'; answer: WalletAnswer };
