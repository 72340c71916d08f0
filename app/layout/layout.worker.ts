/**
 * Runs src/layout (and elkjs, which takes seconds on big designs) off the
 * main thread. The main thread terminates this worker to cancel a layout or
 * when it passes its time limit. Messages carry `kind`, never `cmd`: elkjs's
 * bundled build listens for `cmd` messages in any worker it runs in.
 */
import { layoutContainer, layoutDiagram, layoutMissing } from '../../src/layout/index';
import type { LayoutRequest, LayoutResponse } from './layoutProtocol';
import { placementsOf } from './placements';

self.addEventListener('message', (event: MessageEvent<LayoutRequest>) => {
  const request = event.data;
  if (request.kind !== 'layout') return;
  // The worker is terminated on timeout, so the library's own timer is not needed here.
  const options = { timeoutMs: Number.POSITIVE_INFINITY, ...(request.gridOnly === true ? { maxElkNodes: 0 } : {}) };
  const run =
    request.scope.kind === 'container'
      ? layoutContainer(request.diagram, request.scope.containerId, options)
      : request.scope.kind === 'missing'
        ? layoutMissing(request.diagram, options)
        : layoutDiagram(request.diagram, options);
  run.then(
    ({ diagram, ...result }) => self.postMessage({ kind: 'done', id: request.id, result: { ...result, placements: placementsOf(diagram) } } satisfies LayoutResponse),
    (error: unknown) => self.postMessage({ kind: 'failed', id: request.id, message: error instanceof Error ? error.message : String(error) } satisfies LayoutResponse),
  );
});
