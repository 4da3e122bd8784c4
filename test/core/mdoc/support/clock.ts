// Fixed times and places of the wallet tests (the same NOW as test/helpers/world.ts).
export const NOW = 1_790_000_000; // 2026-09-21T…Z
export const DAY = 86400;
export const ORIGIN = 'https://dqcv.example.jp';
export const STATUS_URI = `${ORIGIN}/status/1`;

/** YYYY-MM-DDThh:mm:ssZ for a time in seconds (tdate, PROFILE §8). */
export function tdateText(seconds: number): string {
  return new Date(seconds * 1000).toISOString().replace(/\.\d{3}Z$/, 'Z');
}
