/**
 * "Auto layout": the whole diagram, or only the selected container, laid
 * out in the worker, then animated into place as one undo step. On load, a
 * diagram with position-less nodes gets those laid out (not an undo step:
 * it is how the file opens).
 */
import { useEffect } from 'react';
import { isContainerType, lookupOf } from '../../src/model/geometry';
import type { Diagram, DiagramNode } from '../../src/model/types';
import { beginGesture, endGesture, gestureUpdate, showHint } from '../store/editorActions';
import { useEditor } from '../store/editorStore';
import { applyInChunks } from './applyInChunks';
import { LayoutCancelled, runLayout, useLayoutState } from './layoutRunner';
import { requestViewport } from '../library/viewportRequest';
import { holdSaves } from '../library/autosave';

const ANIMATION_MS = 350;
/**
 * Past this many moved nodes there is no tween: re-rendering them all on
 * every frame would make each frame a long task. They are moved in slices
 * instead (applyInChunks), settling within a few frames.
 */
const ANIMATE_AT_MOST = 150;

export async function autoLayout(): Promise<void> {
  const { diagram, selection, readOnly } = useEditor.getState();
  if (readOnly || diagram.nodes.length === 0) return;
  const selected = selection.length === 1 ? lookupOf(diagram)(selection[0]!) : undefined;
  const container = selected !== undefined && isContainerType(selected.type) ? selected : undefined;
  try {
    const result = await runLayout(
      diagram,
      container === undefined ? { kind: 'all' } : { kind: 'container', containerId: container.id },
      container === undefined ? 'Laying out the diagram' : `Laying out ${container.label ?? container.id}`,
    );
    if (result.notice !== undefined) showHint(result.notice, 'warning');
    if (result.method === 'none' || useEditor.getState().diagram !== diagram) return;
    // Built on this diagram's node objects (see placements): an unmoved node is the very same object.
    const target = result.diagram;
    if (target === diagram) return;
    if (movedCount(diagram, target) <= ANIMATE_AT_MOST) animateTo(diagram, target);
    else moveInChunks(diagram, target);
  } catch (e) {
    if (e instanceof LayoutCancelled) showHint('Layout cancelled.', 'info');
    else throw e;
  }
}

/** Moves every node from where it is to where the layout put it, then records one undo step. */
function animateTo(from: Diagram, to: Diagram): void {
  const start = new Map(from.nodes.map((n) => [n.id, n]));
  const target = new Map(to.nodes.map((n) => [n.id, n]));
  let finished = false;
  // Also what an undo during the animation does first: the nodes jump to their places, one step.
  const finish = () => {
    if (finished) return;
    finished = true;
    endGesture(() => to);
  };
  beginGesture(finish);
  const t0 = performance.now();
  const frame = (now: number) => {
    if (finished) return;
    const t = Math.min(1, (now - t0) / ANIMATION_MS);
    if (t >= 1) {
      finish();
      return;
    }
    const ease = 1 - (1 - t) ** 3;
    gestureUpdate((d) => ({
      ...d,
      nodes: d.nodes.map((n) => {
        const a = start.get(n.id);
        const b = target.get(n.id);
        if (a === undefined || b === undefined) return n;
        return { ...n, position: mix(a, b, ease), ...(b.size !== undefined ? { size: b.size } : {}) };
      }),
    }));
    requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);
}

/** One undo step, applied a slice per frame; an edit meanwhile ends it where it is. */
function moveInChunks(from: Diagram, to: Diagram): void {
  let stop: () => void = () => undefined;
  // An undo meanwhile: the slices stop and the layout is recorded whole, to be taken back.
  beginGesture(() => {
    stop();
    endGesture(() => to);
  });
  let applied = from;
  stop = inSlices(
    from,
    to,
    (next) => {
      if (useEditor.getState().diagram !== applied) {
        endGesture();
        return false;
      }
      gestureUpdate(() => next);
      applied = next;
      return true;
    },
    (release) => {
      endGesture(() => to);
      release();
    },
  );
}

let lightHolds = 0;

/**
 * Puts the canvas in its light form (LayoutState.moving) until the returned
 * function is called; holds nest (a load's layout holds it from the first
 * frame, its slices again while they apply).
 */
function holdLight(): () => void {
  lightHolds++;
  if (lightHolds === 1) useLayoutState.setState({ moving: true });
  let held = true;
  return () => {
    if (!held) return;
    held = false;
    lightHolds--;
    if (lightHolds === 0) useLayoutState.setState({ moving: false });
  };
}

const NO_HOLD = () => undefined;

/**
 * applyInChunks; when it moves many nodes, with the canvas in its light form
 * (a few nodes would only flash their labels off and on) until `done` calls
 * the release it is handed, or the move is stopped (by `apply`, or by the
 * function returned).
 */
function inSlices(from: Diagram, to: Diagram, apply: (next: Diagram) => boolean, done: (release: () => void) => void): () => void {
  const release = movedCount(from, to) > ANIMATE_AT_MOST ? holdLight() : NO_HOLD;
  const stop = applyInChunks(
    from,
    to,
    (next) => {
      const going = apply(next);
      if (!going) release();
      return going;
    },
    () => done(release),
  );
  return () => {
    stop();
    release();
  };
}

/** How many nodes a layout result moves (the result keeps the objects of those it does not: see placements). */
function movedCount(from: Diagram, to: Diagram): number {
  return to.nodes.reduce((n, node, i) => n + (node !== from.nodes[i] ? 1 : 0), 0);
}

function mix(a: DiagramNode, b: DiagramNode, t: number): { x: number; y: number } {
  const pa = a.position ?? b.position ?? { x: 0, y: 0 };
  const pb = b.position ?? pa;
  return { x: Math.round(pa.x + (pb.x - pa.x) * t), y: Math.round(pa.y + (pb.y - pa.y) * t) };
}

/** Lays out position-less nodes of whatever diagram is opened. */
export function useLayoutOnLoad(): void {
  useEffect(() => {
    let inFlight: Diagram | undefined;
    // While a result is being applied slice by slice, the intermediate diagrams still lack positions.
    let applying = false;
    const check = (diagram: Diagram) => {
      if (applying || inFlight === diagram) return;
      const unplaced = diagram.nodes.reduce((n, node) => n + (node.position === undefined ? 1 : 0), 0);
      if (unplaced === 0) return;
      inFlight = diagram;
      // A large unplaced pile is drawn light from its first frame: it is about to move, and mounting it in
      // full only to tear it down when the layout arrives cost seconds at 1,000 nodes.
      const release = unplaced > ANIMATE_AT_MOST ? holdLight() : NO_HOLD;
      runLayout(diagram, { kind: 'missing' }, 'Laying out the new diagram').then(
        (result) => {
          inFlight = undefined;
          if (result.notice !== undefined) showHint(result.notice, 'warning');
          // Apply only if nothing changed meanwhile; it is how the file opens, not an edit (so not recorded).
          if (useEditor.getState().diagram !== diagram || result.method === 'none') {
            release();
            return;
          }
          const target = result.diagram;
          let applied = diagram;
          applying = true;
          // The placed design is saved once, when it is all in (or when an edit cuts the layout short).
          const releaseSaves = holdSaves();
          const quietly = (next: Diagram) => {
            useEditor.temporal.getState().pause();
            useEditor.setState({ diagram: next });
            useEditor.temporal.getState().resume();
            applied = next;
          };
          inSlices(
            diagram,
            target,
            (next) => {
              if (useEditor.getState().diagram !== applied) {
                // Edited meanwhile: what is still unplaced gets its own layout.
                applying = false;
                releaseSaves();
                release();
                check(useEditor.getState().diagram);
                return false;
              }
              quietly(next);
              return true;
            },
            (releaseSlices) => {
              if (useEditor.getState().diagram === applied) quietly(target);
              applying = false;
              releaseSaves();
              // The file opens showing the whole laid-out design (it was fitted to the unplaced pile), once
              // React Flow has the last slice; only then full form, at the zoom the design opens at.
              requestAnimationFrame(() => {
                requestViewport(undefined, undefined);
                releaseSlices();
                release();
              });
            },
          );
        },
        () => {
          inFlight = undefined;
          release();
        },
      );
    };
    check(useEditor.getState().diagram);
    return useEditor.subscribe((state, prev) => {
      if (state.diagram !== prev.diagram) check(state.diagram);
    });
  }, []);
}
