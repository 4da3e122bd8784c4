// Number of property runs: FUZZ_RUNS from the environment (CI ≥ 10,000; locally e.g. 1,000,000).
export function fuzzRuns(fallback = 10_000): number {
  const n = Number(process.env.FUZZ_RUNS);
  return Number.isInteger(n) && n > 0 ? n : fallback;
}

/** A test timeout that grows with the number of runs (a generous `msPerRun` budget, ≥ 30 s). */
export function fuzzTimeout(msPerRun: number, runs = fuzzRuns()): number {
  return Math.max(30_000, Math.ceil(runs * msPerRun * 4));
}
