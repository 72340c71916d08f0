/** Timing helpers for the benchmarks: medians of many runs after a warm-up. */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/**
 * Median milliseconds of `run`, with `prepare` (untimed) before each run so
 * every timed run starts from fresh inputs.
 */
export function measure<T>(runs: number, prepare: () => T, run: (input: T) => unknown, warmup = 3): number {
  for (let i = 0; i < warmup; i++) run(prepare());
  // Inputs are made up front and the heap collected (when node runs with
  // --expose-gc), so garbage left by preparing is not charged to the run.
  const inputs = Array.from({ length: runs }, prepare);
  collectGarbage();
  const times: number[] = [];
  for (const input of inputs) {
    const t0 = performance.now();
    run(input);
    times.push(performance.now() - t0);
  }
  return median(times);
}

function collectGarbage(): void {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (gc !== undefined) gc();
}

export function round(value: number, digits = 2): number {
  const f = 10 ** digits;
  return Math.round(value * f) / f;
}
