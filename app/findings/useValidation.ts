/**
 * Runs the validator whenever the diagram changes in a way that can change
 * findings (moves and resizes cannot, see semanticChange).
 *
 * When validating is cheap (the last run fitted in a frame, as on the
 * templates), it runs in a microtask right after the edit, so the edit and
 * its findings reach the screen in the same frame; bursts within one task (a
 * quick fix's several updates) still coalesce. When it is not (a 1,000-node
 * design: some 25 ms warm), it starts in the next task, so the edit paints
 * first, and runs a few rules a task (validateInSlices), so neither typing
 * nor a drag waits behind it. The first two runs are always sliced
 * (validationPace says why).
 *
 * The first run waits until the canvas is on screen (React Flow has measured
 * its nodes, then one frame), so opening a large design shows it before
 * working out and drawing its findings.
 *
 * Badges and counts are published at once; the findings panel's full list
 * (thousands of items on a large design) a frame later, so re-rendering it
 * never delays the badge on the node that was just edited.
 */
import { useStoreApi } from '@xyflow/react';
import { useEffect } from 'react';
import { validate } from '../../src/rules/validate';
import type { Diagram } from '../../src/model/types';
import { targetId, type Finding, type ValidationResult } from '../../src/rules/types';
import { useEditor } from '../store/editorStore';
import { affectsFindings } from './semanticChange';
import { groupByTarget, useFindings } from './findingsStore';
import { validateInSlices } from './validateInSlices';
import { validatesInEditTask } from './validationPace';

let listTimer: ReturnType<typeof setTimeout> | undefined;

/** Validates in one go and publishes; returns what validating cost (ms). */
function runValidation(diagram: Diagram, editedAt: number): number {
  const started = performance.now();
  const result = validate(diagram, { now: new Date() });
  const cost = performance.now() - started;
  publishResult(result, editedAt);
  return cost;
}

function publishResult(result: ValidationResult, editedAt: number): void {
  const byTarget = groupByTarget(result.findings, useFindings.getState().byTarget);
  useFindings.setState({ summary: result.summary, byTarget, editedAt, computedAt: performance.now() });
  publishListAfterPaint(keepUnchanged(result.findings));
}

/** Longest the first run waits for the canvas after a diagram is loaded (in case it never reports measured nodes). */
const FIRST_RUN_WAIT_MS = 1000;

let pendingList: readonly Finding[] | undefined;

/** The last list computed, by rule and target. */
let lastByKey = new Map<string, Finding>();

/**
 * The new list with each finding that reads as before replaced by its previous
 * object, so the findings panel's memoised items re-render only where
 * something changed (an edit changes a few of 1,300, not all of them).
 */
function keepUnchanged(findings: readonly Finding[]): readonly Finding[] {
  const byKey = new Map<string, Finding>();
  const out = findings.map((f) => {
    const key = `${f.rule}|${f.target.kind}|${targetId(f.target)}`;
    const old = lastByKey.get(key);
    const kept = old !== undefined && sameFinding(old, f) ? old : f;
    byKey.set(key, kept);
    return kept;
  });
  lastByKey = byKey;
  return out;
}

function sameFinding(a: Finding, b: Finding): boolean {
  return (
    a.severity === b.severity &&
    a.message === b.message &&
    a.source === b.source &&
    a.suppressed === b.suppressed &&
    a.reason === b.reason &&
    (a.path ?? []).join('\n') === (b.path ?? []).join('\n')
  );
}

/**
 * After the next frame (or 100 ms at most, for a hidden tab where frames do
 * not run); runs in between only replace what will be published.
 */
function publishListAfterPaint(findings: readonly Finding[]): void {
  const scheduled = pendingList !== undefined;
  pendingList = findings;
  if (scheduled) return;
  const publish = () => {
    const list = pendingList;
    if (list === undefined) return;
    pendingList = undefined;
    clearTimeout(listTimer);
    useFindings.setState({ findings: list });
  };
  listTimer = setTimeout(publish, 100);
  requestAnimationFrame(() => setTimeout(publish, 0));
}

export function useValidation(): void {
  const flow = useStoreApi();
  useEffect(() => {
    let validated: Diagram | undefined;
    let pending = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let editedAt = 0;
    let lastCost = 0;
    let runs = 0;
    let live = true;
    let stopSlices: (() => void) | undefined;
    const measured = (cost: number) => {
      lastCost = cost;
      runs++;
    };
    const run = () => {
      pending = false;
      if (!live) return;
      const current = useEditor.getState().diagram;
      validated = current;
      measured(runValidation(current, editedAt));
    };
    const runInSlices = () => {
      stopSlices = validateInSlices(
        () => useEditor.getState().diagram,
        (result, diagram, cost) => {
          stopSlices = undefined;
          pending = false;
          validated = diagram;
          publishResult(result, editedAt);
          measured(cost);
        },
      );
    };
    const schedule = (diagram: Diagram) => {
      if (pending || !affectsFindings(validated, diagram)) return;
      pending = true;
      editedAt = performance.now();
      if (validatesInEditTask({ runs, lastCostMs: lastCost })) queueMicrotask(run);
      else runInSlices();
    };
    let started = false;
    const start = () => {
      if (started) return;
      started = true;
      stopWaiting();
      clearTimeout(waitTimer);
      requestAnimationFrame(() => {
        timer = setTimeout(() => schedule(useEditor.getState().diagram), 0);
      });
    };
    const stopWaiting = flow.subscribe((s) => {
      if (s.nodesInitialized) start();
    });
    // Counted from the last diagram loaded before the canvas reported in.
    let waitTimer = setTimeout(start, FIRST_RUN_WAIT_MS);
    if (flow.getState().nodesInitialized) start();
    const unsubscribe = useEditor.subscribe((state, prev) => {
      if (state.diagram === prev.diagram) return;
      if (started) schedule(state.diagram);
      else {
        clearTimeout(waitTimer);
        waitTimer = setTimeout(start, FIRST_RUN_WAIT_MS);
      }
    });
    return () => {
      live = false;
      stopWaiting();
      clearTimeout(waitTimer);
      unsubscribe();
      clearTimeout(timer);
      stopSlices?.();
    };
  }, [flow]);
}
