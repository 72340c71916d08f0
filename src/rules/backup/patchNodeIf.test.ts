import { describe, expect, it } from 'vitest';
import { diagram, node } from '../../testing/build';
import { edgeTarget, nodeTarget } from '../types';
import { patchNodeIf } from './patchNodeIf';

const d = diagram(node('db', 'rds', { props: { backupRetentionDays: 0 } }), node('dw', 'redshift'));
const turnOnBackups = (p: { backupRetentionDays: number }) =>
  p.backupRetentionDays === 0 ? { backupRetentionDays: 7 } : undefined;

describe('patchNodeIf', () => {
  it('patches the target while the condition holds, leaving the input untouched', () => {
    const fixed = patchNodeIf(d, nodeTarget('db'), 'rds', turnOnBackups);
    expect(fixed.nodes[0]!.props).toEqual({ backupRetentionDays: 7 });
    expect(d.nodes[0]!.props).toEqual({ backupRetentionDays: 0 });
  });
  it('returns the same diagram when the condition no longer holds', () => {
    const fixed = patchNodeIf(d, nodeTarget('db'), 'rds', turnOnBackups);
    expect(patchNodeIf(fixed, nodeTarget('db'), 'rds', turnOnBackups)).toBe(fixed);
  });
  it('returns the same diagram for a missing node, a node of another type or an edge target', () => {
    expect(patchNodeIf(d, nodeTarget('gone'), 'rds', turnOnBackups)).toBe(d);
    expect(patchNodeIf(d, nodeTarget('dw'), 'rds', turnOnBackups)).toBe(d);
    expect(patchNodeIf(d, edgeTarget('db'), 'rds', turnOnBackups)).toBe(d);
  });
});
