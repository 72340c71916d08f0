/**
 * One layout at a time, in a Web Worker: cancellable (the worker is
 * terminated), limited to 10 s (then the fast grid layout runs here
 * instead, and the user is told), and past 1,000 nodes the grid straight
 * away (src/layout decides that).
 */
import { create } from 'zustand';
import { DEFAULT_TIMEOUT_MS, gridLayout, type LayoutResult } from '../../src/layout/index';
import type { Diagram } from '../../src/model/types';
import type { LayoutRequest, LayoutResponse, LayoutScope } from './layoutProtocol';

export interface LayoutState {
  readonly running: boolean;
  readonly startedAt: number;
  readonly label: string;
}

export const useLayoutState = create<LayoutState>()(() => ({ running: false, startedAt: 0, label: '' }));

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
  const id = nextId++;
  useLayoutState.setState({ running: true, startedAt: performance.now(), label });
  return new Promise<LayoutResult>((resolve, reject) => {
    const w = spawn();
    const finish = () => {
      clearTimeout(timer);
      w.removeEventListener('message', onMessage);
      w.removeEventListener('error', onError);
      cancelCurrent = undefined;
      useLayoutState.setState({ running: false });
    };
    const onMessage = (event: MessageEvent<LayoutResponse>) => {
      if (event.data.id !== id) return;
      finish();
      if (event.data.kind === 'done') resolve(event.data.result);
      else resolve(fallback(diagram, scope, `Automatic layout failed (${event.data.message}); a simple grid was used instead.`));
    };
    const onError = (event: ErrorEvent) => {
      finish();
      kill();
      resolve(fallback(diagram, scope, `Automatic layout could not run (${event.message || 'worker error'}); a simple grid was used instead.`));
    };
    const timer = setTimeout(() => {
      finish();
      kill();
      resolve(fallback(diagram, scope, `Automatic layout took more than ${Math.round(timeoutMs / 1000)} s; a simple grid was used instead.`));
    }, timeoutMs);
    cancelCurrent = () => {
      finish();
      kill();
      reject(new LayoutCancelled('cancelled'));
    };
    w.addEventListener('message', onMessage);
    w.addEventListener('error', onError);
    w.postMessage({ kind: 'layout', id, diagram, scope } satisfies LayoutRequest);
  });
}

export function cancelLayout(): void {
  cancelCurrent?.();
}

/** The grid is pure and fast enough for the main thread; it lays out the whole diagram. */
function fallback(diagram: Diagram, _scope: LayoutScope, notice: string): LayoutResult {
  return { diagram: gridLayout(diagram), method: 'grid', fallback: 'timeout', notice };
}
