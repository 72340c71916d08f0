/**
 * Runs the validator whenever the diagram changes in a way that can change
 * findings. Validation of a 1,000-node design takes a few milliseconds, so it
 * runs on the main thread in the next task after the edit (coalescing bursts
 * such as typing), which keeps findings on screen well within 100 ms of an
 * edit without blocking input.
 */
import { useEffect } from 'react';
import { validate } from '../../src/rules/validate';
import type { Diagram } from '../../src/model/types';
import { useEditor } from '../store/editorStore';
import { affectsFindings } from './semanticChange';
import { groupByTarget, useFindings } from './findingsStore';

export function runValidation(diagram: Diagram, editedAt: number): void {
  const result = validate(diagram, { now: new Date() });
  const previous = useFindings.getState().byTarget;
  useFindings.setState({
    findings: result.findings,
    summary: result.summary,
    byTarget: groupByTarget(result.findings, previous),
    editedAt,
    computedAt: performance.now(),
  });
}

export function useValidation(): void {
  useEffect(() => {
    let validated: Diagram | undefined;
    let pending: ReturnType<typeof setTimeout> | undefined;
    let editedAt = 0;
    const schedule = (diagram: Diagram) => {
      if (!affectsFindings(validated, diagram)) return;
      if (pending === undefined) editedAt = performance.now();
      clearTimeout(pending);
      pending = setTimeout(() => {
        pending = undefined;
        const current = useEditor.getState().diagram;
        validated = current;
        runValidation(current, editedAt);
      }, 16);
    };
    schedule(useEditor.getState().diagram);
    const unsubscribe = useEditor.subscribe((state, prev) => {
      if (state.diagram !== prev.diagram) schedule(state.diagram);
    });
    return () => {
      unsubscribe();
      clearTimeout(pending);
    };
  }, []);
}
