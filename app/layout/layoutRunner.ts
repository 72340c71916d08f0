/**
 * One layout at a time, in a Web Worker: cancellable (the worker is
 * terminated), limited to 10 s (then the fast grid layout runs in a fresh
 * worker instead, and the user is told), and past 1,000 nodes the grid
 * straight away (src/layout decides that).
 */
import { create } from 'zustand';
import { DEFAULT_TIMEOUT_MS, gridLayout, type LayoutResult } from '../../src/layout/index';
import type { Diagram } from '../../src/model/types';
import type { LayoutRequest, LayoutResponse, LayoutScope } from './layoutProtocol';
import { withPlacements } from './placements';

export interface LayoutState {
  readonly running: boolean;
  readonly startedAt: number;
  readonly label: string;
  /**
   * A large design is being laid out on load, or a large result moved into
   * place a slice per frame (applyInChunks): the canvas draws its light
   * overview form meanwhile, whatever the zoom, so each slice re-draws a few
   * SVG elements rather than re-rendering mounted nodes (see autoLayout).
   */
  readonly moving: boolean;
}

export const useLayoutState = create<LayoutState>()(() => ({ running: false, startedAt: 0, label: '', moving: false }));

let worker: Worker | undefined;
let nextId = 1;
let cancelCurrent: (() => void) | undefined;

function spawn(): Worker {
  worker ??= new Worker(new URL('./layout.worker.ts', import.meta.url), { type: 'module' });
  return worker;
}

function kill(): void {
  worker?.terminate();
  worker = undefined;
}

export class LayoutCancelled extends Error {}

export function runLayout(diagram: Diagram, scope: LayoutScope, label: string, timeoutMs = DEFAULT_TIMEOUT_MS): Promise<LayoutResult> {
  cancelCurrent?.();
  useLayoutState.setState({ running: true, startedAt: performance.now(), label });
  return new Promise<LayoutResult>((resolve, reject) => {
    let w = spawn();
    let id = nextId++;
    let timedOut = false;
    const detach = () => {
      w.removeEventListener('message', onMessage);
      w.removeEventListener('error', onError);
    };
    const finish = () => {
      clearTimeout(timer);
      detach();
      cancelCurrent = undefined;
      useLayoutState.setState({ running: false });
    };
    const timeoutNotice = `Automatic layout took more than ${Math.round(timeoutMs / 1000)} s; a simple grid was used instead.`;
    const onMessage = (event: MessageEvent<LayoutResponse>) => {
      if (event.data.id !== id) return;
      finish();
      if (event.data.kind === 'failed') {
        resolve(fallback(diagram, scope, `Automatic layout failed (${event.data.message}); a simple grid was used instead.`));
        return;
      }
      const { placements, ...rest } = event.data.result;
      const result = { ...rest, diagram: rest.method === 'none' ? diagram : withPlacements(diagram, placements) };
      resolve(timedOut && result.method === 'grid' ? { ...result, fallback: 'timeout', notice: timeoutNotice } : result);
    };
    const onError = (event: ErrorEvent) => {
      finish();
      kill();
      resolve(fallback(diagram, scope, `Automatic layout could not run (${event.message || 'worker error'}); a simple grid was used instead.`));
    };
    const send = (gridOnly: boolean) => {
      w.addEventListener('message', onMessage);
      w.addEventListener('error', onError);
      w.postMessage({ kind: 'layout', id, diagram, scope, ...(gridOnly ? { gridOnly } : {}) } satisfies LayoutRequest);
    };
    // elkjs cannot be interrupted: past the limit its worker is stopped and a
    // fresh one lays the same scope out on the grid. Not here: computing a
    // 1,000-node grid on the main thread blocked the page for over a second.
    const timer = setTimeout(() => {
      detach();
      kill();
      timedOut = true;
      w = spawn();
      id = nextId++;
      send(true);
    }, timeoutMs);
    cancelCurrent = () => {
      finish();
      kill();
      reject(new LayoutCancelled('cancelled'));
    };
    send(false);
  });
}

export function cancelLayout(): void {
  cancelCurrent?.();
}

/** Only when no worker could run at all: the grid, here, for the whole diagram. */
function fallback(diagram: Diagram, _scope: LayoutScope, notice: string): LayoutResult {
  return { diagram: withPlacements(diagram, gridLayout(diagram).nodes), method: 'grid', fallback: 'timeout', notice };
}
