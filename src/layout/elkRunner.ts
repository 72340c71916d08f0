/**
 * Running ELK with a deadline. The ELK instance is injected so the app can
 * hand in one that runs in a Web Worker; by default a same-thread instance
 * of elk.bundled.js is loaded on first use (a dynamic import, so it stays
 * out of any bundle that never lays out).
 *
 * About the timeout: elk.bundled.js computes synchronously in the calling
 * thread, so in Node (and in a worker that runs this module together with
 * ELK) nothing can interrupt it; its answer, late or not, is then used
 * (the deadline waits one more event-loop turn for it). With a worker-based instance (elkjs' elk-api.js with a
 * workerFactory) the timer does fire while ELK works: the layout falls back
 * to the grid on time, and, when the instance came from a factory (so this
 * call owns it), its worker is terminated to stop the work.
 */
import type { ElkNode } from 'elkjs/lib/elk-api';

/** The part of elkjs' ELK interface the layout uses. */
export interface ElkLike {
  layout(graph: ElkNode): Promise<ElkNode>;
  terminateWorker?(): void;
}

/** An instance (shared, never terminated here) or a factory (one instance per layout, terminated on timeout). */
export type ElkProvider = ElkLike | (() => ElkLike | Promise<ElkLike>);

let shared: Promise<ElkLike> | undefined;

/** A same-thread elk.bundled.js instance, loaded once. */
export function defaultElk(): Promise<ElkLike> {
  shared ??= import('elkjs/lib/elk.bundled.js').then((mod): ElkLike => new mod.default());
  return shared;
}

export type ElkOutcome =
  | { readonly ok: true; readonly graphs: readonly ElkNode[] }
  | { readonly ok: false; readonly reason: 'timeout' | 'error'; readonly message?: string };

/** Lays out the graphs one after another within one overall deadline. */
export async function runElk(graphs: readonly ElkNode[], provider: ElkProvider | undefined, timeoutMs: number): Promise<ElkOutcome> {
  const owned = typeof provider === 'function';
  let elk: ElkLike;
  try {
    elk = provider === undefined ? await defaultElk() : typeof provider === 'function' ? await provider() : provider;
  } catch (e) {
    return { ok: false, reason: 'error', message: messageOf(e) };
  }
  const deadline = Date.now() + timeoutMs;
  const out: ElkNode[] = [];
  try {
    for (const graph of graphs) {
      const result = await withDeadline(elk.layout(graph), deadline - Date.now());
      if (result === TIMED_OUT) {
        if (owned) stop(elk);
        return { ok: false, reason: 'timeout' };
      }
      out.push(result);
    }
  } catch (e) {
    if (owned) stop(elk);
    return { ok: false, reason: 'error', message: messageOf(e) };
  }
  if (owned) stop(elk);
  return { ok: true, graphs: out };
}

const TIMED_OUT = Symbol('timed out');

/** Same-thread instances have no worker to stop (elk.bundled's throws when asked). */
function stop(elk: ElkLike): void {
  try {
    elk.terminateWorker?.();
  } catch {
    // nothing to stop
  }
}

async function withDeadline<T>(work: Promise<T>, ms: number): Promise<T | typeof TIMED_OUT> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const expiry = new Promise<typeof TIMED_OUT>((resolve) => {
    // One more turn of the event loop before giving up: a same-thread ELK
    // that blocked past the deadline has queued its answer by then, and
    // throwing finished work away would only waste it.
    timer = setTimeout(() => {
      timer = setTimeout(() => resolve(TIMED_OUT), 0);
    }, Math.max(0, ms));
  });
  try {
    return await Promise.race([work, expiry]);
  } finally {
    clearTimeout(timer);
  }
}

/** ELK's messages name Java classes and can run long; one line, shortened, is enough for a notice. */
function messageOf(e: unknown): string {
  const raw = e instanceof Error ? e.message : typeof e === 'object' && e !== null && 'message' in e ? String((e as { message: unknown }).message) : String(e);
  const line = raw.replace(/^[\w.]+Exception:\s*/, '').replace(/\s+/g, ' ').trim();
  return line.length > 160 ? `${line.slice(0, 157)}...` : line;
}
