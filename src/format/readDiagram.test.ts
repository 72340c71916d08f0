import { afterEach, describe, expect, it, vi } from 'vitest';
import { nodeProps } from '../catalog/resolveProps';
import { referenceDesign } from '../testing/referenceDesign';
import { MAX_BYTES, MAX_EDGES, MAX_ERRORS, MAX_NODES } from './limits';
import { readDiagram, readDiagramText } from './readDiagram';
import { doc, errorsOf, FIXTURE_SIZES, fixtureText, okDiagram } from './testdata/helpers';

/** A small valid world for edge and suppression tests. */
const WORLD = [
  { id: 'vpc', type: 'vpc' },
  { id: 's1', type: 'subnet', parent: 'vpc' },
  { id: 'net', type: 'internet' },
  { id: 'corp', type: 'corporate-network', props: { cidr: '172.16.0.0/12' } },
  { id: 'app', type: 'ec2-instance', parent: 's1' },
  { id: 'db', type: 'rds', parent: 's1' },
  { id: 'dw', type: 'redshift', parent: 's1' },
  { id: 'role', type: 'iam-role' },
  { id: 'bucket', type: 's3-bucket' },
];
const edge = (id: string, kind: string, source: unknown, target: unknown, props?: unknown) => ({
  id,
  kind,
  source,
  target,
  ...(props === undefined ? {} : { props }),
});
const ACL_ENTRY = { rule: 100, direction: 'inbound', action: 'allow', protocol: 'tcp', ports: '22', cidr: '0.0.0.0/0' };

/** The one error of reading `value`. */
function onlyError(value: unknown): string {
  const errors = errorsOf(readDiagram(value));
  expect(errors).toHaveLength(1);
  return errors[0]!;
}

/** A subnet in a VPC with these props. */
const subnetDoc = (props: unknown) => doc([{ id: 'vpc', type: 'vpc' }, { id: 's1', type: 'subnet', parent: 'vpc', props }]);

describe('readDiagram: valid input', () => {
  it.each(FIXTURE_SIZES)('reads bench fixture design-%i with all its nodes and edges', (size) => {
    const text = fixtureText(size);
    const raw = JSON.parse(text) as { nodes: unknown[]; edges: unknown[]; title: string };
    const d = okDiagram(readDiagramText(text));
    expect(d.nodes).toHaveLength(size);
    expect(d.nodes).toHaveLength(raw.nodes.length);
    expect(d.edges).toHaveLength(raw.edges.length);
    expect(d.title).toBe(raw.title);
    expect(d.version).toBe(1);
    expect(d.format).toBe('ramparts-diagram');
  });

  it('keeps nodes and edges in file order', () => {
    const text = fixtureText(100);
    const raw = JSON.parse(text) as { nodes: { id: string }[]; edges: { id: string }[] };
    const d = okDiagram(readDiagramText(text));
    expect(d.nodes.map((n) => n.id)).toEqual(raw.nodes.map((n) => n.id));
    expect(d.edges.map((e) => e.id)).toEqual(raw.edges.map((e) => e.id));
  });

  it('reads the fixture counts exactly (25: 25/18, 100: 100/129, 1000: 1000/1483, 5000: 5000/7437)', () => {
    const counts = FIXTURE_SIZES.map((size) => {
      const d = okDiagram(readDiagramText(fixtureText(size)));
      return [d.nodes.length, d.edges.length];
    });
    expect(counts).toEqual([
      [25, 18],
      [100, 129],
      [1000, 1483],
      [5000, 7437],
    ]);
  });

  it('reads the reference design unchanged', () => {
    const ref = referenceDesign();
    const d = okDiagram(readDiagram(ref));
    expect(d).toEqual(ref);
    expect(d.nodes).toHaveLength(9);
    expect(d.edges).toHaveLength(3);
  });

  it('reads the reference design from its JSON text', () => {
    const ref = referenceDesign();
    expect(okDiagram(readDiagramText(JSON.stringify(ref)))).toEqual(ref);
  });

  it('reads an empty diagram', () => {
    const d = okDiagram(readDiagram(doc([])));
    expect(d).toEqual({ format: 'ramparts-diagram', version: 1, nodes: [], edges: [] });
  });

  it('ignores unknown top-level fields', () => {
    const d = okDiagram(readDiagram(doc([{ id: 'net', type: 'internet' }], [], { author: 'me', extra: { a: 1 }, layout: [1] })));
    expect(Object.keys(d).sort()).toEqual(['edges', 'format', 'nodes', 'version']);
  });

  it('keeps title, viewport and suppressions', () => {
    const d = okDiagram(
      readDiagram(
        doc(WORLD, [], {
          title: 'Payments VPC',
          viewport: { x: -10.5, y: 3, zoom: 0.75 },
          suppressions: [{ rule: 'ha/rds-multi-az', target: 'db', reason: 'dev database' }],
        }),
      ),
    );
    expect(d.title).toBe('Payments VPC');
    expect(d.viewport).toEqual({ x: -10.5, y: 3, zoom: 0.75 });
    expect(d.suppressions).toEqual([{ rule: 'ha/rds-multi-az', target: 'db', reason: 'dev database' }]);
  });

  it('keeps every node field', () => {
    const node = {
      id: 'vpc',
      type: 'vpc',
      label: 'Prod',
      position: { x: 1.5, y: -2 },
      size: { width: 300, height: 200 },
      props: { cidr: '10.1.0.0/16' },
      notes: 'PCI scope',
    };
    expect(okDiagram(readDiagram(doc([node]))).nodes[0]).toEqual(node);
  });

  it('keeps unknown props on nodes and edges, as data, beside the known ones', () => {
    const d = okDiagram(
      readDiagram(
        doc(
          [
            { id: 'net', type: 'internet', props: { colour: 'red' } },
            { id: 'r', type: 'iam-role', props: { maxSessionHours: 2, futureProp: { nested: [1, 'two', null, { deep: true }] } } },
            { id: 'app', type: 'ec2-instance' },
          ],
          [edge('e', 'network', 'net', 'app', { ports: '22', owner: 'team-a' })],
        ),
      ),
    );
    expect(d.nodes[0]!.props).toEqual({ colour: 'red' });
    expect(d.nodes[1]!.props).toEqual({ maxSessionHours: 2, futureProp: { nested: [1, 'two', null, { deep: true }] } });
    expect(d.edges[0]!.props).toEqual({ ports: '22', owner: 'team-a' });
  });

  it('does not fill in defaults: a missing prop stays missing, and reads as its default', () => {
    const d = okDiagram(readDiagram(doc([{ id: 'db', type: 'rds', props: { multiAz: true } }])));
    const db = d.nodes[0]!;
    expect(db.props).toEqual({ multiAz: true });
    expect(nodeProps(db as typeof db & { type: 'rds' }).backupRetentionDays).toBe(7);
  });

  it('accepts AWS-out-of-range numbers and an invalid maintenance window (the validator reports those)', () => {
    const d = okDiagram(
      readDiagram(doc([{ id: 'db', type: 'rds', props: { backupRetentionDays: 40, maintenanceWindow: 'garbage' } }])),
    );
    expect(d.nodes[0]!.props).toEqual({ backupRetentionDays: 40, maintenanceWindow: 'garbage' });
    expect(okDiagram(readDiagram(doc([{ id: 'k', type: 'kinesis-stream', props: { retentionHours: 1 } }]))).nodes).toHaveLength(1);
    expect(okDiagram(readDiagram(doc([{ id: 'r', type: 'iam-role', props: { maxSessionHours: 99 } }]))).nodes).toHaveLength(1);
  });

  it('accepts boundary values: 64-character id, 200-character label and title, 2000-character notes', () => {
    const id = `a${'b'.repeat(63)}`;
    const d = okDiagram(
      readDiagram(doc([{ id, type: 'internet', label: 'l'.repeat(200), notes: 'n'.repeat(2000) }], [], { title: 't'.repeat(200) })),
    );
    expect(d.nodes[0]!.id).toBe(id);
  });

  it('accepts ids with every allowed character', () => {
    okDiagram(readDiagram(doc([{ id: '0a.B_c:d-e', type: 'internet' }])));
  });

  it('accepts data stores and instances at top level', () => {
    okDiagram(
      readDiagram(
        doc(
          ['nat-gateway', 'bastion', 'ec2-instance', 'rds', 'redshift', 'elasticache', 'cloudhsm', 'emr-cluster'].map((type) => ({
            id: type,
            type,
          })),
        ),
      ),
    );
  });

  it('accepts two edges between the same nodes', () => {
    const d = okDiagram(
      readDiagram(doc(WORLD, [edge('a', 'network', 'app', 'db', { ports: '5432' }), edge('b', 'network', 'app', 'db', { ports: '22' })])),
    );
    expect(d.edges).toHaveLength(2);
  });

  it('accepts sourceCidr on flows from internet and corporate-network', () => {
    const d = okDiagram(
      readDiagram(
        doc(WORLD, [
          edge('a', 'network', 'net', 'app', { sourceCidr: '203.0.113.0/24' }),
          edge('b', 'network', 'corp', 'app', { sourceCidr: '172.16.1.0/24' }),
        ]),
      ),
    );
    expect(d.edges.map((e) => e.props?.['sourceCidr'])).toEqual(['203.0.113.0/24', '172.16.1.0/24']);
  });

  it('accepts every allowed edge kind between allowed endpoints', () => {
    const nodes = [
      ...WORLD,
      { id: 'vgw', type: 'vpn-gateway', parent: 'vpc' },
      { id: 'user', type: 'iam-user' },
      { id: 'idp', type: 'identity-provider' },
      { id: 'db2', type: 'rds', parent: 's1' },
      { id: 'topic', type: 'sns-topic' },
      { id: 'hsm', type: 'cloudhsm', parent: 's1' },
    ];
    const edges = [
      edge('n', 'network', 'app', 'db'),
      edge('v', 'vpn', 'corp', 'vgw'),
      edge('as1', 'assume', 'app', 'role'),
      edge('as2', 'assume', 'idp', 'role'),
      edge('ac', 'access', 'user', 'bucket', { actions: ['s3:GetObject'] }),
      edge('r', 'replication', 'db', 'db2'),
      edge('l', 'logging', 'dw', 'bucket'),
      edge('no', 'notification', 'db', 'topic'),
      edge('k', 'key', 'hsm', 'dw'),
      edge('ld', 'load', 'bucket', 'dw'),
    ];
    expect(okDiagram(readDiagram(doc(nodes, edges))).edges).toHaveLength(edges.length);
  });

  it('accepts the network ACL and policies shapes of the spec', () => {
    const d = okDiagram(
      readDiagram(
        doc([
          { id: 'vpc', type: 'vpc' },
          { id: 's1', type: 'subnet', parent: 'vpc', props: { networkAcl: [ACL_ENTRY, { ...ACL_ENTRY, rule: 200, ports: '1024-65535' }, { ...ACL_ENTRY, rule: 300, ports: 'all', protocol: 'all' }] } },
          { id: 'r', type: 'iam-role', props: { policies: [{ actions: ['s3:GetObject'], resources: ['*'] }], trustedAccounts: ['123456789012', '*'] } },
          { id: 'u', type: 'iam-user', props: { policies: [] } },
        ]),
      ),
    );
    expect(d.nodes).toHaveLength(4);
  });

  it('a version-1 file is not reported as migrated', () => {
    const result = readDiagram(doc([]));
    expect(result.ok && 'migratedFrom' in result).toBe(false);
  });

  it('does not modify its input', () => {
    const input = doc(WORLD, [edge('e', 'network', 'net', 'app')], { suppressions: [{ rule: 'ha/rds-multi-az', target: 'db', reason: 'x' }] });
    const copy = structuredClone(input);
    okDiagram(readDiagram(input));
    expect(input).toEqual(copy);
  });
});

describe('readDiagram: top-level errors', () => {
  it.each([
    ['a list', []],
    ['null', null],
    ['a string', 'diagram'],
    ['a number', 42],
    ['nothing', undefined],
  ])('refuses %s instead of an object', (described, value) => {
    expect(onlyError(value)).toBe(`not a Ramparts diagram: expected a JSON object, got ${described === 'a string' ? '"diagram"' : described === 'a number' ? '42' : described}`);
  });

  it('refuses a wrong format id', () => {
    expect(onlyError({ ...doc([]), format: 'drawio' })).toBe(
      'field "format": expected "ramparts-diagram", got "drawio"; this is not a Ramparts diagram',
    );
  });

  it('refuses a missing format', () => {
    const { format: _, ...rest } = doc([]);
    expect(onlyError(rest)).toMatch(/^field "format": expected "ramparts-diagram", got nothing/);
  });

  it('refuses a missing version', () => {
    const { version: _, ...rest } = doc([]);
    expect(onlyError(rest)).toBe('field "version": expected a whole number, got nothing');
  });

  it('refuses a fractional version', () => {
    expect(onlyError({ ...doc([]), version: 1.5 })).toBe('field "version": expected a whole number, got 1.5');
  });

  it('refuses a version given as a string', () => {
    expect(onlyError({ ...doc([]), version: '1' })).toBe('field "version": expected a whole number, got "1"');
  });

  it.each([0, -1])('refuses version %i', (version) => {
    expect(onlyError({ ...doc([]), version })).toBe(`field "version": ${version} is not a Ramparts format version (the first is 1)`);
  });

  it('refuses a newer version with a message saying so', () => {
    const message = onlyError({ ...doc([]), version: 2 });
    expect(message).toMatch(/format version 2/);
    expect(message).toMatch(/newer than this version of Ramparts understands/);
    expect(message).toMatch(/version 1/);
  });

  it('refuses a newer version even when the rest of the file would not read as version 1', () => {
    const message = onlyError({ format: 'ramparts-diagram', version: 7, shapes: {} });
    expect(message).toMatch(/newer than this version of Ramparts understands/);
  });

  it('accepts version 1.0 written with a decimal point (it is the number 1)', () => {
    okDiagram(readDiagramText('{"format":"ramparts-diagram","version":1.0,"nodes":[],"edges":[]}'));
  });

  it('refuses nodes that are not a list', () => {
    expect(onlyError({ ...doc([]), nodes: { a: 1 } })).toBe('field "nodes": expected a list of nodes, got an object');
  });

  it('refuses missing nodes and edges, naming both', () => {
    const errors = errorsOf(readDiagram({ format: 'ramparts-diagram', version: 1 }));
    expect(errors).toEqual([
      'field "nodes": expected a list of nodes, got nothing',
      'field "edges": expected a list of edges, got nothing',
    ]);
  });

  it('refuses a title that is not a string or is too long', () => {
    expect(onlyError(doc([], [], { title: 5 }))).toBe('field "title": expected a string, got 5');
    expect(onlyError(doc([], [], { title: 'x'.repeat(201) }))).toBe('field "title": 201 characters; at most 200 are allowed');
  });

  it('refuses a bad viewport', () => {
    expect(onlyError(doc([], [], { viewport: { x: 0, y: 0, zoom: 0 } }))).toBe('field "viewport": expected a zoom above 0');
    expect(onlyError(doc([], [], { viewport: { x: 0, y: 'top', zoom: 1 } }))).toMatch(/^field "viewport": .*y/);
    expect(onlyError(doc([], [], { viewport: [0, 0, 1] }))).toMatch(/^field "viewport": expected \{"x": number, "y": number, "zoom": number\}/);
  });

  it('refuses suppressions that are not a list', () => {
    expect(onlyError(doc([], [], { suppressions: { rule: 'x' } }))).toBe('field "suppressions": expected a list, got an object');
  });
});

describe('readDiagram: node errors', () => {
  it('refuses a node that is not an object, naming its index', () => {
    expect(onlyError(doc(['vpc']))).toBe('nodes[0]: expected a node object, got "vpc"');
  });

  it('refuses an id that does not match the pattern', () => {
    expect(onlyError(doc([{ id: 'net', type: 'internet' }, { id: '-bad', type: 'internet' }]))).toBe(
      'nodes[1]: field "id": "-bad" is not a valid id (1-64 letters, digits, "_", ".", ":" or "-", starting with a letter or digit)',
    );
  });

  it.each([['has space'], ['slash/id'], [''], ['é'], ['_leading'], ['trailing\n']])('refuses the id %j', (id) => {
    expect(onlyError(doc([{ id, type: 'internet' }]))).toMatch(/^nodes\[0\]: field "id": .* is not a valid id \(1-64 letters/);
  });

  it('refuses a 65-character id', () => {
    expect(onlyError(doc([{ id: 'a'.repeat(65), type: 'internet' }]))).toMatch(/^nodes\[0\]: field "id": "a+…" is not a valid id \(1-64 /);
  });

  it('refuses an id that is not a string, and a missing id', () => {
    expect(onlyError(doc([{ id: 7, type: 'internet' }]))).toBe('nodes[0]: field "id": expected a string id, got 7');
    expect(onlyError(doc([{ type: 'internet' }]))).toBe('nodes[0]: field "id": expected a string id, got nothing');
  });

  it('refuses two nodes with the same id', () => {
    expect(onlyError(doc([{ id: 'x', type: 'internet' }, { id: 'x', type: 's3-bucket' }]))).toBe('node "x": id is used by another node');
  });

  it('refuses an edge whose id is a node id', () => {
    expect(onlyError(doc(WORLD, [edge('app', 'network', 'net', 'app')]))).toBe('edge "app": id is used by another node');
  });

  it('refuses two edges with the same id', () => {
    expect(onlyError(doc(WORLD, [edge('e', 'network', 'net', 'app'), edge('e', 'network', 'app', 'db')]))).toBe(
      'edge "e": id is used by another edge',
    );
  });

  it('refuses an unknown type, listing the types', () => {
    const message = onlyError(doc([{ id: 'fn', type: 'lambda' }]));
    expect(message).toMatch(/^node "fn": type "lambda" is not a node type; expected one of vpc, subnet, /);
    expect(message).toContain('identity-provider');
  });

  it('refuses a missing type', () => {
    expect(onlyError(doc([{ id: 'fn' }]))).toMatch(/^node "fn": type nothing is not a node type; expected one of /);
  });

  it('refuses a 201-character label', () => {
    expect(onlyError(doc([{ id: 'net', type: 'internet', label: 'x'.repeat(201) }]))).toBe(
      'node "net": field "label": 201 characters; at most 200 are allowed',
    );
  });

  it('refuses a label that is not a string', () => {
    expect(onlyError(doc([{ id: 'net', type: 'internet', label: 3 }]))).toBe('node "net": field "label": expected a string, got 3');
  });

  it('refuses 2001-character notes', () => {
    expect(onlyError(doc([{ id: 'net', type: 'internet', notes: 'x'.repeat(2001) }]))).toBe(
      'node "net": field "notes": 2001 characters; at most 2000 are allowed',
    );
  });

  it.each([
    [{ x: '1', y: 2 }, 'expected a number (x)'],
    [{ x: 1 }, 'expected a number (y)'],
    [[1, 2], 'expected {"x": number, "y": number}'],
    ['10,20', 'expected {"x": number, "y": number}'],
  ])('refuses the position %j', (position, expected) => {
    expect(onlyError(doc([{ id: 'net', type: 'internet', position }]))).toBe(`node "net": field "position": ${expected}`);
  });

  it('refuses a container size that is not positive', () => {
    expect(onlyError(doc([{ id: 'vpc', type: 'vpc', size: { width: 0, height: 10 } }]))).toBe(
      'node "vpc": field "size": expected a width above 0',
    );
    expect(onlyError(doc([{ id: 'vpc', type: 'vpc', size: { width: 10, height: -1 } }]))).toBe(
      'node "vpc": field "size": expected a height above 0',
    );
  });

  it('drops a size on a node that is not a container', () => {
    const d = okDiagram(readDiagram(doc([{ id: 'net', type: 'internet', size: { width: 10, height: 10 } }])));
    expect(d.nodes[0]).toEqual({ id: 'net', type: 'internet' });
  });

  it('refuses props that are not an object', () => {
    expect(onlyError(doc([{ id: 'net', type: 'internet', props: [] }]))).toBe('node "net": field "props": expected an object, got a list');
    expect(onlyError(doc([{ id: 'net', type: 'internet', props: null }]))).toBe('node "net": field "props": expected an object, got null');
  });

  it('refuses a subnet without a parent', () => {
    expect(onlyError(doc([{ id: 's1', type: 'subnet' }]))).toBe('node "s1": a subnet must sit in a vpc; it has no parent');
  });

  it('refuses an internet gateway at top level', () => {
    expect(onlyError(doc([{ id: 'igw', type: 'internet-gateway' }]))).toBe(
      'node "igw": an internet-gateway must sit in a vpc; it has no parent',
    );
  });

  it('refuses a vpn gateway at top level', () => {
    expect(onlyError(doc([{ id: 'vgw', type: 'vpn-gateway' }]))).toBe('node "vgw": a vpn-gateway must sit in a vpc; it has no parent');
  });

  it('refuses a parent that is not a node of the diagram', () => {
    expect(onlyError(doc([{ id: 's1', type: 'subnet', parent: 'vpc9' }]))).toBe('node "s1": parent "vpc9" is not a node of this diagram');
  });

  it('refuses a parent that is an edge id', () => {
    expect(onlyError(doc(WORLD.concat([{ id: 'x', type: 'rds', parent: 'e' }]), [edge('e', 'network', 'net', 'app')]))).toBe(
      'node "x": parent "e" is not a node of this diagram',
    );
  });

  it('refuses a parent id that is not a valid id', () => {
    expect(onlyError(doc([{ id: 's1', type: 'subnet', parent: 5 }]))).toBe('node "s1": field "parent": expected a string id, got 5');
  });

  it('refuses an rds inside an rds with the exact message', () => {
    expect(
      onlyError(
        doc([
          { id: 'vpc', type: 'vpc' },
          { id: 's1', type: 'subnet', parent: 'vpc' },
          { id: 'db1', type: 'rds', parent: 's1' },
          { id: 'db2', type: 'rds', parent: 'db1' },
        ]),
      ),
    ).toBe('node "db2": parent "db1" is an rds; an rds may sit in a subnet or at top level');
  });

  it.each([
    ['subnet', 'subnet', 'node "x": parent "s1" is a subnet; a subnet may sit in a vpc'],
    ['vpc', 'vpc', 'node "x": parent "vpc" is a vpc; a vpc may sit at top level'],
    ['internet', 'vpc', 'node "x": parent "vpc" is a vpc; an internet may sit at top level'],
    ['s3-bucket', 's1', 'node "x": parent "s1" is a subnet; a s3-bucket may sit at top level'],
    ['rds', 'vpc', 'node "x": parent "vpc" is a vpc; an rds may sit in a subnet or at top level'],
    ['internet-gateway', 's1', 'node "x": parent "s1" is a subnet; an internet-gateway may sit in a vpc'],
  ])('refuses a %s whose parent is not allowed', (type, parentId, expected) => {
    const parentNodes = [
      { id: 'vpc', type: 'vpc' },
      { id: 's1', type: 'subnet', parent: 'vpc' },
    ];
    expect(onlyError(doc([...parentNodes, { id: 'x', type, parent: parentId === 'subnet' ? 's1' : parentId }]))).toBe(expected);
  });

  it('refuses a subnet whose parent is a subnet (no subnet without a vpc parent)', () => {
    expect(
      onlyError(
        doc([
          { id: 'vpc', type: 'vpc' },
          { id: 's1', type: 'subnet', parent: 'vpc' },
          { id: 's2', type: 'subnet', parent: 's1' },
        ]),
      ),
    ).toBe('node "s2": parent "s1" is a subnet; a subnet may sit in a vpc');
  });
});

describe('readDiagram: prop errors', () => {
  it('refuses a string for a boolean', () => {
    expect(onlyError(doc([{ id: 'b', type: 's3-bucket', props: { versioning: 'true' } }]))).toBe(
      'node "b": prop "versioning": expected true or false, got "true"',
    );
  });

  it('refuses a value outside an enum, listing the values', () => {
    expect(onlyError(doc([{ id: 'db', type: 'rds', props: { engine: 'db2' } }]))).toBe(
      'node "db": prop "engine": expected one of mysql, mariadb, postgres, oracle-se, oracle-ee, sqlserver-se, sqlserver-ee, aurora-mysql, aurora-postgres, got "db2"',
    );
    expect(onlyError(doc([{ id: 'q', type: 'sqs-queue', props: { encryption: 'SSE' } }]))).toBe(
      'node "q": prop "encryption": expected one of none, client-side, sse, got "SSE"',
    );
  });

  it('refuses a fractional integer', () => {
    expect(onlyError(doc([{ id: 'db', type: 'rds', props: { backupRetentionDays: 1.5 } }]))).toBe(
      'node "db": prop "backupRetentionDays": expected a whole number, got 1.5',
    );
  });

  it('refuses a number given as a string for an integer', () => {
    expect(onlyError(doc([{ id: 'dw', type: 'redshift', props: { nodeCount: '2' } }]))).toBe(
      'node "dw": prop "nodeCount": expected a whole number, got "2"',
    );
  });

  it('refuses a number for a text prop', () => {
    expect(onlyError(doc([{ id: 'db', type: 'rds', props: { masterUsername: 1 } }]))).toBe(
      'node "db": prop "masterUsername": expected a string, got 1',
    );
  });

  it.each(['10.0.0.0/33', '300.1.1.1/8', '10.0.0.0', '10.0.0/16', '010.0.0.0/8', ' 10.0.0.0/8', '10.0.0.0/8 '])(
    'refuses the cidr %j',
    (cidr) => {
      expect(onlyError(doc([{ id: 'vpc', type: 'vpc', props: { cidr } }]))).toBe(
        `node "vpc": prop "cidr": expected IPv4 CIDR notation such as 10.0.0.0/16 (a.b.c.d/n, each number 0-255, n 0-32), got ${JSON.stringify(cidr)}`,
      );
    },
  );

  it('refuses a cidr that is not a string', () => {
    expect(onlyError(doc([{ id: 'corp', type: 'corporate-network', props: { cidr: 10 } }]))).toBe(
      'node "corp": prop "cidr": expected IPv4 CIDR notation such as 10.0.0.0/16, got 10',
    );
  });

  it.each(['0.0.0.0/0', '255.255.255.255/32', '10.0.0.1/16'])('accepts the cidr %j', (cidr) => {
    okDiagram(readDiagram(doc([{ id: 'vpc', type: 'vpc', props: { cidr } }])));
  });

  it.each(['23-22', '70000', 'abc', '-1', '1-70000', 'ALL', '22,443', ''])('refuses the ports %j on a flow', (ports) => {
    expect(onlyError(doc(WORLD, [edge('e', 'network', 'net', 'app', { ports })]))).toBe(
      `edge "e": prop "ports": expected a port 0-65535, a range a-b with a <= b, or "all", got ${JSON.stringify(ports)}`,
    );
  });

  it('refuses ports given as a number', () => {
    expect(onlyError(doc(WORLD, [edge('e', 'network', 'net', 'app', { ports: 22 })]))).toBe(
      'edge "e": prop "ports": expected a port such as "443", a range such as "1024-65535", or "all", got 22',
    );
  });

  it.each(['0', '65535', '22-22', '1024-65535', 'all'])('accepts the ports %j', (ports) => {
    okDiagram(readDiagram(doc(WORLD, [edge('e', 'network', 'net', 'app', { ports })])));
  });

  it('refuses an ACL entry with a bad direction, naming the entry number and field', () => {
    expect(onlyError(subnetDoc({ networkAcl: [ACL_ENTRY, { ...ACL_ENTRY, direction: 'in' }] }))).toBe(
      'node "s1": prop "networkAcl": entry 2 field "direction": expected "inbound" or "outbound", got "in"',
    );
  });

  it.each([
    ['rule', 1.5, 'expected an integer rule number, got 1.5'],
    ['action', 'permit', 'expected "allow" or "deny", got "permit"'],
    ['protocol', 'ssh', 'expected one of tcp, udp, icmp, all, got "ssh"'],
    ['ports', '9-1', 'expected a port 0-65535, a range a-b with a <= b, or "all", got "9-1"'],
    ['cidr', '1.2.3.4/40', 'expected IPv4 CIDR notation such as 10.0.0.0/16 (a.b.c.d/n, each number 0-255, n 0-32), got "1.2.3.4/40"'],
  ])('refuses an ACL entry with a bad %s', (field, value, expected) => {
    expect(onlyError(subnetDoc({ networkAcl: [ACL_ENTRY, ACL_ENTRY, { ...ACL_ENTRY, [field]: value }] }))).toBe(
      `node "s1": prop "networkAcl": entry 3 field "${field}": ${expected}`,
    );
  });

  it('refuses an ACL entry with a missing field', () => {
    const { cidr: _, ...noCidr } = ACL_ENTRY;
    expect(onlyError(subnetDoc({ networkAcl: [noCidr] }))).toMatch(/^node "s1": prop "networkAcl": entry 1 field "cidr": .*got nothing$/);
  });

  it('refuses an ACL entry that is not an object, and an ACL that is not a list', () => {
    expect(onlyError(subnetDoc({ networkAcl: ['allow all'] }))).toBe(
      'node "s1": prop "networkAcl": entry 1: expected a network ACL entry {rule, direction, action, protocol, ports, cidr}, got "allow all"',
    );
    expect(onlyError(subnetDoc({ networkAcl: {} }))).toBe('node "s1": prop "networkAcl": expected a list of network ACL entries, got an object');
  });

  it('refuses policies of the wrong shape, naming the statement and field', () => {
    const role = (policies: unknown) => doc([{ id: 'r', type: 'iam-role', props: { policies } }]);
    expect(onlyError(role('AdministratorAccess'))).toBe('node "r": prop "policies": expected a list of policy statements, got "AdministratorAccess"');
    expect(onlyError(role([{ actions: 's3:*', resources: ['*'] }]))).toBe(
      'node "r": prop "policies": entry 1 field "actions": expected a list of strings, got "s3:*"',
    );
    expect(onlyError(role([{ actions: ['*'], resources: ['*'] }, { actions: ['*'] }]))).toBe(
      'node "r": prop "policies": entry 2 field "resources": expected a list of strings, got nothing',
    );
    expect(onlyError(role([{ actions: ['s3:GetObject', 3], resources: ['*'] }]))).toBe(
      'node "r": prop "policies": entry 1 field "actions" entry 2: expected a string, got 3',
    );
    expect(onlyError(doc([{ id: 'u', type: 'iam-user', props: { policies: [['*']] } }]))).toMatch(
      /^node "u": prop "policies": entry 1: expected a policy statement/,
    );
  });

  it('refuses a string list that is not a list of strings', () => {
    expect(onlyError(doc([{ id: 'r', type: 'iam-role', props: { trustedAccounts: '*' } }]))).toBe(
      'node "r": prop "trustedAccounts": expected a list of strings, got "*"',
    );
    expect(onlyError(doc(WORLD, [edge('g', 'access', 'role', 'bucket', { actions: ['s3:GetObject', null] })]))).toBe(
      'edge "g": prop "actions": entry 2: expected a string, got null',
    );
  });

  it('reports every bad prop of a node, not only the first', () => {
    const errors = errorsOf(readDiagram(doc([{ id: 'db', type: 'rds', props: { multiAz: 1, engine: 'x', backupRetentionDays: 0.5 } }])));
    expect(errors).toHaveLength(3);
    expect(errors.every((e) => e.startsWith('node "db": prop "'))).toBe(true);
  });
});

describe('readDiagram: edge errors', () => {
  it('refuses an edge that is not an object', () => {
    expect(onlyError(doc(WORLD, [null]))).toBe('edges[0]: expected an edge object, got null');
  });

  it('refuses an edge with a bad id', () => {
    expect(onlyError(doc(WORLD, [edge('a b', 'network', 'net', 'app')]))).toMatch(/^edges\[0\]: field "id": "a b" is not a valid id/);
  });

  it('refuses an unknown kind, listing the kinds', () => {
    expect(onlyError(doc(WORLD, [edge('e', 'peering', 'net', 'app')]))).toBe(
      'edge "e": kind "peering" is not an edge kind; expected one of network, vpn, assume, access, replication, logging, notification, key, load',
    );
  });

  it('refuses a missing source', () => {
    expect(onlyError(doc(WORLD, [{ id: 'e', kind: 'network', target: 'app' }]))).toBe(
      'edge "e": field "source": expected a string id, got nothing',
    );
  });

  it('refuses a source or target that is not a node', () => {
    expect(onlyError(doc(WORLD, [edge('e', 'network', 'ghost', 'app')]))).toBe('edge "e": source "ghost" is not a node of this diagram');
    expect(onlyError(doc(WORLD, [edge('e', 'network', 'app', 'ghost')]))).toBe('edge "e": target "ghost" is not a node of this diagram');
  });

  it('refuses an edge whose endpoint is another edge', () => {
    expect(onlyError(doc(WORLD, [edge('e1', 'network', 'net', 'app'), edge('e2', 'network', 'app', 'e1')]))).toBe(
      'edge "e2": target "e1" is not a node of this diagram',
    );
  });

  it('refuses a self-loop', () => {
    expect(onlyError(doc(WORLD, [edge('e', 'network', 'app', 'app')]))).toBe('edge "e": an edge cannot join a node to itself ("app")');
  });

  it('refuses a network flow from a vpc', () => {
    expect(onlyError(doc(WORLD, [edge('e', 'network', 'vpc', 'app')]))).toMatch(
      /^edge "e": a network edge cannot start at a vpc \("vpc"\); it may start at internet-gateway, /,
    );
  });

  it('refuses a network flow into the internet', () => {
    const message = onlyError(doc(WORLD, [edge('e', 'network', 'app', 'net')]));
    expect(message).toMatch(/^edge "e": a network edge cannot end at an internet \("net"\); it may end at /);
    expect(message).not.toMatch(/may end at.*\binternet,/);
  });

  it('refuses an access edge from an ec2 instance', () => {
    expect(onlyError(doc(WORLD, [edge('e', 'access', 'app', 'bucket')]))).toBe(
      'edge "e": an access edge cannot start at an ec2-instance ("app"); it may start at iam-role, iam-user',
    );
  });

  it('refuses replication from rds to redshift', () => {
    expect(onlyError(doc(WORLD, [edge('e', 'replication', 'db', 'dw')]))).toBe(
      'edge "e": a replication edge cannot end at a redshift ("dw"); it may end at rds',
    );
  });

  it.each([
    ['network', 'role', 'db'],
    ['network', 's1', 'db'],
    ['vpn', 'net', 'app'],
    ['assume', 'app', 'bucket'],
    ['access', 'role', 'net'],
    ['access', 'role', 'role2'],
    ['logging', 'app', 'bucket'],
    ['notification', 'app', 'bucket'],
    ['key', 'db', 'dw'],
    ['load', 'dw', 'bucket'],
  ])('refuses a %s edge from %s to %s', (kind, source, target) => {
    const nodes = [...WORLD, { id: 'role2', type: 'iam-role' }];
    expect(onlyError(doc(nodes, [edge('e', kind, source, target)]))).toMatch(/^edge "e": an? [a-z]+ edge cannot (start|end) at /);
  });

  it('refuses sourceCidr on a flow from an ec2 instance', () => {
    const message = onlyError(doc(WORLD, [edge('e', 'network', 'app', 'db', { sourceCidr: '10.0.0.0/8' })]));
    expect(message).toMatch(/^edge "e": prop "sourceCidr" applies only to flows from internet or corporate-network; this flow starts at an? ec2-instance$/);
    // BUG: the message says "a ec2-instance" (see the skipped test under "follow-on errors").
  });

  it('refuses a malformed sourceCidr', () => {
    expect(onlyError(doc(WORLD, [edge('e', 'network', 'net', 'app', { sourceCidr: 'anywhere' })]))).toMatch(
      /^edge "e": prop "sourceCidr": expected IPv4 CIDR notation/,
    );
  });

  it('refuses a bad edge label and edge props', () => {
    expect(onlyError(doc(WORLD, [{ ...edge('e', 'network', 'net', 'app'), label: 'x'.repeat(201) }]))).toBe(
      'edge "e": field "label": 201 characters; at most 200 are allowed',
    );
    expect(onlyError(doc(WORLD, [edge('e', 'network', 'net', 'app', 'tcp/22')]))).toBe('edge "e": field "props": expected an object, got "tcp/22"');
  });

  it('refuses bad edge props naming the edge and prop', () => {
    expect(onlyError(doc(WORLD, [edge('e', 'network', 'net', 'app', { protocol: 'http' })]))).toBe(
      'edge "e": prop "protocol": expected one of tcp, udp, icmp, all, got "http"',
    );
    expect(onlyError(doc(WORLD, [edge('e', 'network', 'net', 'app', { encrypted: 'yes' })]))).toBe(
      'edge "e": prop "encrypted": expected true or false, got "yes"',
    );
  });
});

describe('readDiagram: suppression errors', () => {
  const withSuppression = (s: unknown) => doc(WORLD, [edge('flow', 'network', 'net', 'app')], { suppressions: [s] });

  it('keeps a valid suppression, on a node or an edge, with and without expiry', () => {
    const d = okDiagram(
      readDiagram(
        doc(WORLD, [edge('flow', 'network', 'net', 'app')], {
          suppressions: [
            { rule: 'ha/rds-multi-az', target: 'db', reason: 'dev database, rebuilt nightly', expires: '2027-06-30' },
            { rule: 'tls/data-store-flow-encrypted', target: 'flow', reason: 'lab' },
            { rule: 'ha/rds-multi-az', target: 'db', reason: 'leap day', expires: '2028-02-29' },
          ],
        }),
      ),
    );
    expect(d.suppressions).toEqual([
      { rule: 'ha/rds-multi-az', target: 'db', reason: 'dev database, rebuilt nightly', expires: '2027-06-30' },
      { rule: 'tls/data-store-flow-encrypted', target: 'flow', reason: 'lab' },
      { rule: 'ha/rds-multi-az', target: 'db', reason: 'leap day', expires: '2028-02-29' },
    ]);
  });

  it('drops unknown fields of a suppression', () => {
    const d = okDiagram(readDiagram(withSuppression({ rule: 'ha/rds-multi-az', target: 'db', reason: 'x', by: 'alice' })));
    expect(d.suppressions).toEqual([{ rule: 'ha/rds-multi-az', target: 'db', reason: 'x' }]);
  });

  it('drops an empty suppressions list', () => {
    expect(okDiagram(readDiagram(doc(WORLD, [], { suppressions: [] })))).not.toHaveProperty('suppressions');
  });

  it('refuses an unknown rule', () => {
    expect(onlyError(withSuppression({ rule: 'ha/rds-multi-region', target: 'db', reason: 'x' }))).toBe(
      'suppression 1 ("ha/rds-multi-region" on "db"): field "rule": "ha/rds-multi-region" is not a Ramparts rule id (such as "ha/rds-multi-az")',
    );
  });

  it('refuses an unknown target', () => {
    expect(onlyError(withSuppression({ rule: 'ha/rds-multi-az', target: 'db9', reason: 'x' }))).toBe(
      'suppression 1 ("ha/rds-multi-az" on "db9"): field "target": "db9" is not a node or edge of this diagram',
    );
  });

  it.each([[''], ['   '], ['\t\n']])('refuses the reason %j', (reason) => {
    expect(onlyError(withSuppression({ rule: 'ha/rds-multi-az', target: 'db', reason }))).toBe(
      'suppression 1 ("ha/rds-multi-az" on "db"): field "reason": a reason is required (why is this risk accepted?)',
    );
  });

  it('refuses a missing or non-string reason', () => {
    expect(onlyError(withSuppression({ rule: 'ha/rds-multi-az', target: 'db' }))).toMatch(/field "reason": a reason is required/);
    expect(onlyError(withSuppression({ rule: 'ha/rds-multi-az', target: 'db', reason: 1 }))).toMatch(/field "reason": a reason is required/);
  });

  it.each(['2027-02-30', '2027-1-1', '2027-13-01', '2027-02-29', '27-01-01', '2027-01-01T00:00:00Z', ' 2027-01-01'])(
    'refuses the expiry date %j',
    (expires) => {
      expect(onlyError(withSuppression({ rule: 'ha/rds-multi-az', target: 'db', reason: 'x', expires }))).toBe(
        `suppression 1 ("ha/rds-multi-az" on "db"): field "expires": expected a date YYYY-MM-DD, got ${JSON.stringify(expires)}`,
      );
    },
  );

  it('refuses an expiry that is not a string', () => {
    expect(onlyError(withSuppression({ rule: 'ha/rds-multi-az', target: 'db', reason: 'x', expires: 20270101 }))).toBe(
      'suppression 1 ("ha/rds-multi-az" on "db"): field "expires": expected a date YYYY-MM-DD, got 20270101',
    );
  });

  it('refuses a suppression that is not an object, naming its number', () => {
    expect(onlyError(withSuppression('ha/rds-multi-az'))).toBe(
      'suppression 1: expected an object {rule, target, reason, expires?}, got "ha/rds-multi-az"',
    );
  });

  it('reports every problem of one suppression and numbers suppressions from 1', () => {
    const errors = errorsOf(
      readDiagram(
        doc(WORLD, [], {
          suppressions: [
            { rule: 'ha/rds-multi-az', target: 'db', reason: 'ok' },
            { rule: 'nope', target: 'ghost', reason: '', expires: 'soon' },
          ],
        }),
      ),
    );
    expect(errors).toHaveLength(4);
    expect(errors.every((e) => e.startsWith('suppression 2 ("nope" on "ghost"): field "'))).toBe(true);
    expect(errors.map((e) => /field "(\w+)"/.exec(e)?.[1])).toEqual(['rule', 'target', 'reason', 'expires']);
  });
});

describe('readDiagram: limits', () => {
  it('accepts 5000 nodes', () => {
    const nodes = Array.from({ length: MAX_NODES }, (_, i) => ({ id: `n${i}`, type: 'internet' }));
    expect(okDiagram(readDiagram(doc(nodes))).nodes).toHaveLength(5000);
  });

  it('refuses 5001 nodes with one message naming the count, before looking at any node', () => {
    // The entries are not even nodes: the limit is checked before any of them is read.
    const errors = errorsOf(readDiagram(doc(new Array(MAX_NODES + 1).fill(null))));
    expect(errors).toEqual(['the diagram has 5001 nodes; at most 5000 are allowed']);
  });

  it('refuses 20001 edges with one message naming the count', () => {
    const errors = errorsOf(readDiagram(doc([], new Array(MAX_EDGES + 1).fill(null))));
    expect(errors).toEqual(['the diagram has 20001 edges; at most 20000 are allowed']);
  });

  it('reports both limits at once', () => {
    expect(errorsOf(readDiagram(doc(new Array(5001).fill(0), new Array(20001).fill(0))))).toEqual([
      'the diagram has 5001 nodes; at most 5000 are allowed',
      'the diagram has 20001 edges; at most 20000 are allowed',
    ]);
  });

  it('accepts 20000 edges (the limit itself)', () => {
    const nodes = [
      { id: 'a', type: 'ec2-instance' },
      { id: 'b', type: 'ec2-instance' },
    ];
    const edges = Array.from({ length: MAX_EDGES }, (_, i) => edge(`e${i}`, 'network', 'a', 'b'));
    expect(okDiagram(readDiagram(doc(nodes, edges))).edges).toHaveLength(20000);
  });
});

describe('readDiagramText', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('reads valid text', () => {
    okDiagram(readDiagramText('{"format":"ramparts-diagram","version":1,"nodes":[],"edges":[]}'));
  });

  it('refuses invalid JSON with a message saying so', () => {
    const errors = errorsOf(readDiagramText('{"format": "ramparts-diagram",'));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/^the file is not valid JSON: /);
  });

  it('refuses an empty text as invalid JSON', () => {
    expect(errorsOf(readDiagramText(''))).toEqual([expect.stringMatching(/^the file is not valid JSON/)]);
  });

  it('refuses text over 5 MB before parsing it', () => {
    const parse = vi.spyOn(JSON, 'parse');
    const errors = errorsOf(readDiagramText(' '.repeat(MAX_BYTES + 1)));
    expect(parse).not.toHaveBeenCalled();
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/5\.0 MB/);
    expect(errors[0]).toMatch(/^the file is .*; a diagram may be at most 5\.0 MB$/);
  });

  it('counts UTF-8 bytes, not characters: 2.7 million "é" (5.4 MB) are refused before parsing', () => {
    const parse = vi.spyOn(JSON, 'parse');
    const text = `"${'é'.repeat(2_700_000)}"`;
    expect(text.length).toBeLessThan(MAX_BYTES);
    const errors = errorsOf(readDiagramText(text));
    expect(parse).not.toHaveBeenCalled();
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/^the file is 5\.1 MB \([\d,]+ bytes\); a diagram may be at most 5\.0 MB$/);
  });

  it('reads text of exactly 5 MB (the limit itself) instead of refusing it', () => {
    const head = '{"format":"ramparts-diagram","version":1,"nodes":[],"edges":[],"padding":"';
    const text = `${head}${'x'.repeat(MAX_BYTES - head.length - 2)}"}`;
    expect(new TextEncoder().encode(text).length).toBe(MAX_BYTES);
    okDiagram(readDiagramText(text));
  });

  it('passes the parsed value to the same checks as readDiagram', () => {
    expect(errorsOf(readDiagramText('[]'))).toEqual(['not a Ramparts diagram: expected a JSON object, got a list']);
    expect(errorsOf(readDiagramText('{"format":"ramparts-diagram","version":2,"nodes":[],"edges":[]}'))[0]).toMatch(/newer/);
  });
});

describe('readDiagram: reporting many errors', () => {
  it('reports all errors together, from every part of the file', () => {
    const errors = errorsOf(
      readDiagram(
        doc(
          [...WORLD, { id: 'bad-type', type: 'lambda' }, { id: 'bad-prop', type: 's3-bucket', props: { versioning: 'yes' } }, { id: 'orphan', type: 'subnet' }],
          [edge('loop', 'network', 'app', 'app'), edge('bad-kind', 'peer', 'net', 'app'), edge('bad-ports', 'network', 'net', 'app', { ports: '99999' })],
          {
            title: 7,
            suppressions: [{ rule: 'ha/rds-multi-az', target: 'db', reason: '' }],
          },
        ),
      ),
    );
    expect(errors).toEqual([
      'field "title": expected a string, got 7',
      expect.stringMatching(/^node "bad-type": type "lambda" is not a node type/),
      'node "bad-prop": prop "versioning": expected true or false, got "yes"',
      'node "orphan": a subnet must sit in a vpc; it has no parent',
      'edge "loop": an edge cannot join a node to itself ("app")',
      expect.stringMatching(/^edge "bad-kind": kind "peer" is not an edge kind/),
      expect.stringMatching(/^edge "bad-ports": prop "ports": expected a port 0-65535/),
      'suppression 1 ("ha/rds-multi-az" on "db"): field "reason": a reason is required (why is this risk accepted?)',
    ]);
  });

  it(`lists at most ${MAX_ERRORS} errors and then says how many more there are`, () => {
    const nodes = Array.from({ length: 150 }, (_, i) => ({ id: `n${i}`, type: 'lambda' }));
    const errors = errorsOf(readDiagram(doc(nodes)));
    expect(errors).toHaveLength(MAX_ERRORS + 1);
    expect(errors[0]).toMatch(/^node "n0": type "lambda"/);
    expect(errors[MAX_ERRORS - 1]).toMatch(/^node "n99": type "lambda"/);
    expect(errors[MAX_ERRORS]).toBe('... and 50 more errors');
  });

  it(`lists exactly ${MAX_ERRORS} errors without a summary line`, () => {
    const nodes = Array.from({ length: MAX_ERRORS }, (_, i) => ({ id: `n${i}`, type: 'lambda' }));
    const errors = errorsOf(readDiagram(doc(nodes)));
    expect(errors).toHaveLength(MAX_ERRORS);
    expect(errors.some((e) => e.startsWith('...'))).toBe(false);
  });

  it('caps one more than the limit with a summary line', () => {
    const nodes = Array.from({ length: MAX_ERRORS + 1 }, (_, i) => ({ id: `n${i}`, type: 'lambda' }));
    const errors = errorsOf(readDiagram(doc(nodes)));
    expect(errors).toHaveLength(MAX_ERRORS + 1);
    // Spec-neutral wording check; the implementation says "... and 1 more errors" (see report).
    expect(errors[MAX_ERRORS]).toMatch(/^\.\.\. and 1 more error/);
  });

  it('keeps messages short: a long value is cut in the message', () => {
    const message = onlyError(doc([{ id: 'db', type: 'rds', props: { engine: 'x'.repeat(10_000) } }]));
    expect(message.length).toBeLessThan(400);
    expect(message).toContain('…');
  });
});

describe('readDiagram: follow-on errors', () => {
  // BUG: a node refused for a field error (here a non-string label) is left out of the id table,
  // so its children, its edges and suppressions on it are all told that "vpc" "is not a node of
  // this diagram", which is false and buries the one real error; a second node reusing its id is
  // not reported as a duplicate either. See the report to the lead; unskip when fixed.
  it('a node with a bad field does not make references to it fail', () => {
    const errors = errorsOf(
      readDiagram(
        doc(
          [
            { id: 'vpc', type: 'vpc', label: 5 },
            { id: 's', type: 'subnet', parent: 'vpc' },
            { id: 'app', type: 'ec2-instance', parent: 's' },
          ],
          [edge('e', 'assume', 'app', 'vpc')],
          { suppressions: [{ rule: 'ha/rds-multi-az', target: 'vpc', reason: 'r' }] },
        ),
      ),
    );
    expect(errors.filter((e) => e.includes('"vpc" is not a node'))).toEqual([]);
  });

  // BUG: same cause: the duplicate of an id whose first node was refused goes unreported.
  it('a duplicate id is reported even when the first node with it was refused', () => {
    const errors = errorsOf(readDiagram(doc([{ id: 'x', type: 'lambda' }, { id: 'x', type: 'internet' }])));
    expect(errors).toContain('node "x": id is used by another node');
  });

  // BUG: readDiagram.ts writes "starts at a ${source.type}" instead of using article().
  it('names the source with the right article in the sourceCidr message', () => {
    expect(onlyError(doc(WORLD, [edge('e', 'network', 'app', 'db', { sourceCidr: '10.0.0.0/8' })]))).toBe(
      'edge "e": prop "sourceCidr" applies only to flows from internet or corporate-network; this flow starts at an ec2-instance',
    );
  });

  // BUG (wording): ErrorList.list() says "... and 1 more errors".
  it('says "1 more error" in the singular', () => {
    const nodes = Array.from({ length: MAX_ERRORS + 1 }, (_, i) => ({ id: `n${i}`, type: 'lambda' }));
    expect(errorsOf(readDiagram(doc(nodes))).at(-1)).toBe('... and 1 more error');
  });
});
