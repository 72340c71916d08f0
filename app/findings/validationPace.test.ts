import { describe, expect, it } from 'vitest';
import { SAME_FRAME_BUDGET_MS, validatesInEditTask } from './validationPace';

describe('validatesInEditTask', () => {
  it('slices the first two runs, however cheap the first was', () => {
    expect(validatesInEditTask({ runs: 0, lastCostMs: 0 })).toBe(false);
    // A cold run of 30 ms on a large design: a third of it once passed for the warm cost, and the next run
    // (the first drop after opening) validated inside the drop's task.
    expect(validatesInEditTask({ runs: 1, lastCostMs: 1 })).toBe(false);
    expect(validatesInEditTask({ runs: 1, lastCostMs: 30 })).toBe(false);
  });

  it('from the third run on, runs in the edit task only when the last run fitted in a frame', () => {
    expect(validatesInEditTask({ runs: 2, lastCostMs: 2 })).toBe(true);
    expect(validatesInEditTask({ runs: 2, lastCostMs: SAME_FRAME_BUDGET_MS })).toBe(true);
    expect(validatesInEditTask({ runs: 5, lastCostMs: SAME_FRAME_BUDGET_MS + 0.5 })).toBe(false);
    expect(validatesInEditTask({ runs: 5, lastCostMs: 25 })).toBe(false);
  });
});
