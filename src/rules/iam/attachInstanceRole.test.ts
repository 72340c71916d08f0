import { describe, expect, it } from 'vitest';
import { nodeProps } from '../../catalog/resolveProps';
import { isNodeOf } from '../../model/guards';
import { diagram, edge, node } from '../../testing/build';
import { runRule } from '../testing/describeRule';
import { attachInstanceRole } from './attachInstanceRole';
import { instanceRoleAttached } from './instance-role-attached';
import { noEmbeddedKeys } from './no-embedded-keys';
import { orphanRole } from './orphan-role';
import { sessionDuration } from './session-duration';

describe('attachInstanceRole', () => {
  it('switches keys to an instance role and adds the role with its assume edge', () => {
    const base = diagram(
      node('sub', 'subnet', { position: { x: 10, y: 10 } }),
      node('web', 'ec2-instance', { parent: 'sub', label: 'Web', position: { x: 1, y: 2 }, props: { credentials: 'access-keys' } }),
    );
    const next = attachInstanceRole(base, 'web');
    const web = next.nodes.find((n) => n.id === 'web')!;
    expect(isNodeOf(web, 'ec2-instance') && nodeProps(web).credentials).toBe('instance-role');
    const role = next.nodes.find((n) => n.type === 'iam-role')!;
    expect(role).toMatchObject({ id: 'web-role', label: 'Web role' });
    expect(role.parent).toBeUndefined();
    expect(role.position).toBeDefined();
    expect(next.edges).toEqual([{ id: 'web-assume', kind: 'assume', source: 'web', target: 'web-role' }]);
  });
  it('only switches credentials when the host already assumes a role', () => {
    const base = diagram(
      node('web', 'ec2-instance', { props: { credentials: 'root-access-keys' } }),
      node('r', 'iam-role'),
      edge('a', 'assume', 'web', 'r'),
    );
    const next = attachInstanceRole(base, 'web');
    expect(next.nodes).toHaveLength(2);
    expect(next.edges).toHaveLength(1);
    expect(next.nodes[0]!.props).toEqual({ credentials: 'instance-role' });
  });
  it('adds only the role when credentials are already instance-role', () => {
    const base = diagram(node('emr', 'emr-cluster', { props: { credentials: 'instance-role' } }));
    const next = attachInstanceRole(base, 'emr');
    expect(next.nodes[0]).toBe(base.nodes[0]);
    expect(next.nodes.map((n) => n.label)).toEqual([undefined, 'EMR cluster role']);
  });
  it('leaves anything but an existing compute node alone', () => {
    const base = diagram(node('db', 'rds'));
    expect(attachInstanceRole(base, 'db')).toBe(base);
    expect(attachInstanceRole(base, 'gone')).toBe(base);
  });
});

describe('attachInstanceRole leaves nothing for the other iam rules', () => {
  it('the added role is attached, assumed and valid', () => {
    const base = diagram(node('web', 'ec2-instance', { props: { credentials: 'access-keys' } }));
    const next = attachInstanceRole(base, 'web');
    for (const rule of [instanceRoleAttached, noEmbeddedKeys, orphanRole, sessionDuration]) {
      expect(runRule(rule, next)).toEqual([]);
    }
  });
});
