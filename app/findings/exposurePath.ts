/**
 * When the one selected node is a data store reached from the Internet
 * (net/internet-exposure), the flows of that path are highlighted on the
 * canvas, so a reviewer sees the route, not just the verdict. Kept in its
 * own small store so each edge subscribes to one boolean.
 */
import { useEffect } from 'react';
import { create } from 'zustand';
import { useEditor } from '../store/editorStore';
import { useFindings } from './findingsStore';

const EMPTY: ReadonlySet<string> = new Set();

export const useExposure = create<{ readonly ids: ReadonlySet<string> }>()(() => ({ ids: EMPTY }));

function recompute(): void {
  const selection = useEditor.getState().selection;
  const selected = selection.length === 1 ? selection[0] : undefined;
  const path =
    selected === undefined
      ? undefined
      : useFindings.getState().byTarget.get(selected)?.findings.find((f) => f.rule === 'net/internet-exposure')?.path;
  const current = useExposure.getState().ids;
  if (path === undefined) {
    if (current !== EMPTY) useExposure.setState({ ids: EMPTY });
    return;
  }
  if (current.size === path.length && path.every((id) => current.has(id))) return;
  useExposure.setState({ ids: new Set(path) });
}

export function useExposureTracking(): void {
  useEffect(() => {
    const a = useEditor.subscribe((s, p) => {
      if (s.selection !== p.selection) recompute();
    });
    const b = useFindings.subscribe((s, p) => {
      if (s.byTarget !== p.byTarget) recompute();
    });
    return () => {
      a();
      b();
    };
  }, []);
}

export function useOnExposurePath(edgeId: string): boolean {
  return useExposure((s) => s.ids.has(edgeId));
}
