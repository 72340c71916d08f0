import { describe, expect, it } from 'vitest';
import { movingLayerOf } from './movingLines';

// Only its identity matters here: the edge is portalled into whatever element the layer is.
const layer = {} as SVGSVGElement;
const moving = new Set(['bastion', 'subnet']);

describe('movingLayerOf', () => {
  it('sends an edge to the moving layer when its source or its target moves', () => {
    expect(movingLayerOf({ nodes: moving, layer }, 'bastion', 'db')).toBe(layer);
    expect(movingLayerOf({ nodes: moving, layer }, 'internet', 'bastion')).toBe(layer);
  });

  it('leaves an edge in place when neither end moves, or when no drag runs', () => {
    expect(movingLayerOf({ nodes: moving, layer }, 'internet', 'db')).toBeUndefined();
    expect(movingLayerOf({ nodes: new Set(), layer }, 'bastion', 'db')).toBeUndefined();
  });

  it('leaves an edge in place while the layer is not mounted', () => {
    expect(movingLayerOf({ nodes: moving, layer: null }, 'bastion', 'db')).toBeUndefined();
  });
});
