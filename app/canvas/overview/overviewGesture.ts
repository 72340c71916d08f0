/**
 * Pressing on a node the overview layer draws (zoomed out, React Flow has
 * not mounted it): the same gestures as on a mounted node. A click selects
 * it (Shift, Ctrl or Cmd add it to the selection or take it out); a press
 * and drag moves it with the rest of the selection, on the grid, and drops
 * it the way a React Flow drag does (dropDragged: re-parenting, one undo
 * step). Once selected, a node is mounted by React Flow, which handles the
 * next gesture on it itself.
 */
import type { Point } from '../../../src/model/types';
import { topMost } from '../../../src/model/topMost';
import { moveNodes } from '../../../src/model/structureEdits';
import { beginGesture, gestureActive, gestureUpdate, setSelection } from '../../store/editorActions';
import { useEditor } from '../../store/editorStore';
import { dropDragged } from '../dropDragged';

/** Screen pixels the pointer must travel before a press becomes a drag (React Flow's default is 1; a click may wobble). */
const DRAG_THRESHOLD = 3;
const GRID = 8;

const snap = (v: number) => Math.round(v / GRID) * GRID;

/** The node under a pointer event in an overview layer, if any. */
export function overviewTargetOf(target: EventTarget | null): string | undefined {
  if (!(target instanceof Element)) return undefined;
  return target.closest('[data-id]')?.getAttribute('data-id') ?? undefined;
}

/** What a gesture reads from React Flow's store when it starts. */
export interface FlowView {
  readonly nodeLookup: ReadonlyMap<string, { readonly position: Point }>;
  readonly transform: readonly [number, number, number];
}

export function startOverviewGesture(event: PointerEvent, id: string, flow: () => FlowView): void {
  const { selection, readOnly } = useEditor.getState();
  if (event.shiftKey || event.metaKey || event.ctrlKey) {
    setSelection(selection.includes(id) ? selection.filter((s) => s !== id) : [...selection, id]);
    return;
  }
  const chosen = selection.includes(id) ? selection : [id];
  if (chosen !== selection) setSelection(chosen);
  if (readOnly) return;

  // Where each moving node starts, as React Flow has it (a node without a position has a provisional one there).
  const { nodeLookup, transform } = flow();
  const zoom = transform[2];
  const starts = new Map<string, Point>();
  for (const moving of topMost(useEditor.getState().diagram, chosen)) {
    const known = nodeLookup.get(moving);
    if (known !== undefined) starts.set(moving, known.position);
  }
  const x0 = event.clientX;
  const y0 = event.clientY;
  let dragging = false;

  const move = (e: PointerEvent) => {
    // Released where no pointerup reached the page (outside the window): the press is over.
    if ((e.buttons & 1) === 0) {
      end();
      return;
    }
    if (!dragging && Math.hypot(e.clientX - x0, e.clientY - y0) < DRAG_THRESHOLD) return;
    dragging = true;
    const dx = (e.clientX - x0) / zoom;
    const dy = (e.clientY - y0) / zoom;
    const moves = new Map<string, Point>();
    for (const [moving, p] of starts) moves.set(moving, { x: snap(p.x + dx), y: snap(p.y + dy) });
    if (!gestureActive()) beginGesture();
    gestureUpdate((d) => moveNodes(d, moves));
  };
  const end = () => {
    window.removeEventListener('pointermove', move);
    window.removeEventListener('pointerup', end);
    window.removeEventListener('pointercancel', end);
    if (dragging) dropDragged([...starts.keys()]);
  };
  window.addEventListener('pointermove', move);
  window.addEventListener('pointerup', end);
  window.addEventListener('pointercancel', end);
}
