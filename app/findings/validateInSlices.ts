/**
 * Validates the diagram a few rules at a time, one short task each, so that
 * a large design's validation never holds the main thread for long: the
 * first validation of a 1,000-node design, before the validator's code is
 * optimised, was one task of 40-90 ms, and a warm one is some 25 ms. Each
 * slice reads the diagram as it is then: an edit in between that can change
 * findings starts the run again on the new diagram; one that cannot (a move)
 * lets it go on, its result being the same.
 */
import type { Diagram } from '../../src/model/types';
import { startValidation, type ValidationRun } from '../../src/rules/validate';
import type { ValidationResult } from '../../src/rules/types';
import { affectsFindings } from './semanticChange';

/** Longest a slice runs rules for (ms); a rule is never cut, so a slice can run over by one rule. */
export const SLICE_MS = 8;

/**
 * Starts validating `read()` and calls `done` with the result, the diagram
 * it is for (the one validated: a later one differs from it by moves only)
 * and the time spent validating (ms); returns a function that stops it.
 */
export function validateInSlices(
  read: () => Diagram,
  done: (result: ValidationResult, diagram: Diagram, spentMs: number) => void,
  sliceMs = SLICE_MS,
): () => void {
  let diagram: Diagram | undefined;
  let run: ValidationRun | undefined;
  let spent = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const slice = () => {
    timer = undefined;
    const current = read();
    if (run === undefined || affectsFindings(diagram, current)) {
      diagram = current;
      run = startValidation(current, { now: new Date() });
    }
    const started = performance.now();
    let finished = run.step();
    while (!finished && performance.now() - started < sliceMs) finished = run.step();
    spent += performance.now() - started;
    if (finished) done(run.result(), diagram!, spent);
    else timer = setTimeout(slice, 0);
  };
  timer = setTimeout(slice, 0);
  return () => clearTimeout(timer);
}
