/**
 * Whether the next validation runs in the edit's own task (a microtask, so
 * the edit and its findings reach the screen in the same frame) or in slices
 * in the tasks after it (validateInSlices), so that the edit paints first
 * and no task holds the main thread for long.
 *
 * Only a warm run's cost says what the next run will cost. The first run
 * compiles the validator as it goes; the second is still partly unoptimised
 * and, on a large design, often pays for a garbage collection of what the
 * first left behind. Guessing from the first run (a third of its cost, as
 * this once did) let the first drop after opening a 1,000-node design
 * validate inside the drop's task: 25-35 ms of rules and a 30 ms scavenge on
 * top of the drop, the longest task of the drag (traced). So both are
 * sliced, and from the third run on the last run's cost decides.
 */

/** A validation that took longer than this (ms) is sliced, in tasks after the edit's. */
export const SAME_FRAME_BUDGET_MS = 16;

/** Runs that are always sliced, whatever they cost: the cold one and the one after it. */
export const WARM_UP_RUNS = 2;

export interface ValidationHistory {
  /** Validations finished so far. */
  readonly runs: number;
  /** What the last one cost (ms of validating, slices added up). */
  readonly lastCostMs: number;
}

export function validatesInEditTask({ runs, lastCostMs }: ValidationHistory): boolean {
  return runs >= WARM_UP_RUNS && lastCostMs <= SAME_FRAME_BUDGET_MS;
}
