// Fixed times and places of the wallet tests (the same NOW as test/helpers/world.ts).
export const NOW = 1_790_000_000; // 2026-09-21T…Z
export const DAY = 86400;
export const ORIGIN = 'https://dqcv.example.jp';
export const STATUS_URI = `${ORIGIN}/status/1`;
