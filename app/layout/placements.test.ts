import { describe, expect, it } from 'vitest';
import { gridLayout, layoutMissing } from '../../src/layout/index';
import { TEMPLATES } from '../../src/templates/index';
import type { Diagram } from '../../src/model/types';
import { placementsOf, withPlacements } from './placements';

const design = TEMPLATES[0]!.diagram;

describe('placements', () => {
  it('carry everything a layout changes: rebuilt on the diagram asked for, they give the laid-out diagram', () => {
    const laidOut = gridLayout(design);
    expect(withPlacements(design, placementsOf(laidOut))).toEqual(laidOut);
  });

  it('fill in the nodes that had no place, and keep the nodes the layout did not move as the same objects', async () => {
    const unplaced: Diagram = { ...design, nodes: design.nodes.map((n, i) => (i % 2 === 0 ? n : { ...n, position: undefined })) as Diagram['nodes'] };
    const { diagram: laidOut } = await layoutMissing(unplaced);
    const rebuilt = withPlacements(unplaced, placementsOf(laidOut));
    expect(rebuilt).toEqual(laidOut);
    const kept = unplaced.nodes.filter((n, i) => {
      const after = laidOut.nodes[i]!;
      return n.position !== undefined && after.position?.x === n.position.x && after.position.y === n.position.y && after.size?.width === n.size?.width && after.size?.height === n.size?.height;
    });
    expect(kept.length).toBeGreaterThan(0);
    for (const n of kept) expect(rebuilt.nodes.find((m) => m.id === n.id)).toBe(n);
    expect(rebuilt.nodes.every((n) => n.position !== undefined)).toBe(true);
  });

  it('give the very diagram back when nothing moves', () => {
    expect(withPlacements(design, placementsOf(design))).toBe(design);
  });

  it('leave out nodes with neither a place nor a size', () => {
    const bare: Diagram = { ...design, nodes: [{ ...design.nodes[0]!, position: undefined, size: undefined }] as Diagram['nodes'] };
    expect(placementsOf(bare)).toEqual([]);
  });
});
