import { describe, expect, it } from 'vitest';
import { edgeProps, flowSourceCidr, nodeProps } from '../catalog/resolveProps';
import { EDGE_CATALOG } from '../catalog/edgeCatalog';
import { NODE_TYPES, type NodeType } from '../catalog/kinds';
import { NODE_CATALOG } from '../catalog/nodeCatalog';
import type { PropSpec } from '../catalog/propSpec';
import type { Diagram, DiagramEdge, DiagramNode, PropValue } from '../model/types';
import { diagram, edge, node } from '../testing/build';
import { referenceDesign } from '../testing/referenceDesign';
import { readDiagram, readDiagramText } from './readDiagram';
import { canonicalDiagram, writeDiagram } from './writeDiagram';
import { FIXTURE_SIZES, fixtureText, okDiagram, testdataText } from './testdata/helpers';

/** Orders exactly as diagram-format.md lists them (kept here, not read from the catalog, so drift shows). */
const TOP_ORDER = ['format', 'version', 'title', 'nodes', 'edges', 'suppressions', 'viewport'];
const NODE_ORDER = ['id', 'type', 'label', 'parent', 'position', 'size', 'props', 'notes'];
const EDGE_ORDER = ['id', 'kind', 'source', 'target', 'label', 'props'];
const SUPPRESSION_ORDER = ['rule', 'target', 'reason', 'expires'];
const ACL_ORDER = ['rule', 'direction', 'action', 'protocol', 'ports', 'cidr'];
const POLICY_ORDER = ['actions', 'resources'];
const PROP_ORDER: Record<NodeType, string[]> = {
  vpc: ['cidr', 'region'],
  subnet: ['cidr', 'availabilityZone', 'public', 'networkAcl'],
  'internet-gateway': [],
  'vpn-gateway': [],
  'nat-gateway': [],
  internet: [],
  'corporate-network': ['cidr'],
  bastion: ['credentials'],
  // The spec names `credentials` for all compute types in the section's intro and
  // the type's own props after it; the catalog (and so the writer) puts them last.
  'ec2-instance': ['role', 'credentials'],
  'emr-cluster': ['masterPublicSsh', 'credentials'],
  rds: [
    'engine',
    'publiclyAccessible',
    'encryptionAtRest',
    'requireSsl',
    'backupRetentionDays',
    'multiAz',
    'maintenanceWindow',
    'finalSnapshotOnDelete',
    'masterUsername',
  ],
  redshift: ['nodeCount', 'encrypted', 'requireSsl', 'snapshotRetentionDays', 'publiclyAccessible'],
  elasticache: ['engine', 'snapshotRetentionDays', 'transitEncryption'],
  cloudhsm: [],
  's3-bucket': ['serverSideEncryption', 'versioning', 'mfaDelete', 'publicRead'],
  'sqs-queue': ['encryption', 'publicPolicy'],
  'sns-topic': ['publicPolicy'],
  'kinesis-stream': ['retentionHours'],
  'iam-role': ['maxSessionHours', 'trustedAccounts', 'policies'],
  'iam-user': ['consoleAccess', 'mfa', 'accessKeys', 'policies'],
  'identity-provider': ['kind'],
};
const NETWORK_PROP_ORDER = ['protocol', 'ports', 'encrypted', 'sourceCidr', 'dbUser'];

/** Defaults exactly as the spec lists them. */
const SPEC_DEFAULTS: Record<NodeType, Record<string, PropValue>> = {
  vpc: { cidr: '10.0.0.0/16', region: 'us-east-1' },
  subnet: { cidr: '10.0.1.0/24', availabilityZone: 'us-east-1a', public: false, networkAcl: [] },
  'internet-gateway': {},
  'vpn-gateway': {},
  'nat-gateway': {},
  internet: {},
  'corporate-network': { cidr: '192.168.0.0/16' },
  bastion: { credentials: 'none' },
  'ec2-instance': { role: 'app', credentials: 'none' },
  'emr-cluster': { masterPublicSsh: false, credentials: 'none' },
  rds: {
    engine: 'postgres',
    publiclyAccessible: false,
    encryptionAtRest: 'storage',
    requireSsl: false,
    backupRetentionDays: 7,
    multiAz: false,
    maintenanceWindow: '',
    finalSnapshotOnDelete: true,
    masterUsername: 'admin',
  },
  redshift: { nodeCount: 2, encrypted: true, requireSsl: false, snapshotRetentionDays: 1, publiclyAccessible: false },
  elasticache: { engine: 'redis', snapshotRetentionDays: 0, transitEncryption: false },
  cloudhsm: {},
  's3-bucket': { serverSideEncryption: true, versioning: false, mfaDelete: false, publicRead: false },
  'sqs-queue': { encryption: 'sse', publicPolicy: false },
  'sns-topic': { publicPolicy: false },
  'kinesis-stream': { retentionHours: 24 },
  'iam-role': { maxSessionHours: 1, trustedAccounts: [], policies: [] },
  'iam-user': { consoleAccess: false, mfa: false, accessKeys: false, policies: [] },
  'identity-provider': { kind: 'saml' },
};

const PARENT: Partial<Record<NodeType, string>> = { subnet: 'vpc', 'internet-gateway': 'vpc', 'vpn-gateway': 'vpc' };

/** A node of this type that the reader accepts (in a VPC where it must be). */
function placed(type: NodeType, props?: Record<string, PropValue>): Diagram {
  const needsVpc = PARENT[type] !== undefined;
  return diagram(
    ...(needsVpc && type !== 'vpc' ? [node('vpc', 'vpc')] : []),
    node('x', type, { ...(needsVpc ? { parent: 'vpc' } : {}), ...(props === undefined ? {} : { props }) }),
  );
}

/** A value different from the spec's default, valid for the prop. */
function nonDefault(spec: PropSpec): PropValue {
  switch (spec.kind) {
    case 'boolean':
      return !spec.default;
    case 'integer':
      return spec.default + 1;
    case 'enum':
      return spec.values.find((v) => v !== spec.default)!;
    case 'text':
      return `${spec.default}-changed`;
    case 'cidr':
      return '10.99.0.0/16';
    case 'ports':
      return '8080';
    case 'string-list':
      return ['a', 'b'];
    case 'acl':
      return [{ rule: 100, direction: 'inbound', action: 'allow', protocol: 'tcp', ports: '22', cidr: '10.0.0.0/8' }];
    case 'policies':
      return [{ actions: ['s3:GetObject'], resources: ['*'] }];
  }
}

type Json = Record<string, unknown>;
const parsed = (text: string) => JSON.parse(text) as Json;
const nodesOf = (text: string) => parsed(text)['nodes'] as Json[];
const edgesOf = (text: string) => parsed(text)['edges'] as Json[];

/** Keys of `keys` must appear in the same relative order as in `order`, and only keys of `order`. */
function expectOrdered(keys: string[], order: string[]): void {
  expect(keys.every((k) => order.includes(k))).toBe(true);
  expect(keys).toEqual(order.filter((k) => keys.includes(k)));
}

function roundTrip(d: Diagram): Diagram {
  return okDiagram(readDiagramText(writeDiagram(d)));
}

describe('writeDiagram: canonical bytes', () => {
  it.each(FIXTURE_SIZES)('design-%i: write(read(x)) is a fixed point (read + write again gives the same bytes)', (size) => {
    const once = writeDiagram(okDiagram(readDiagramText(fixtureText(size))));
    const twice = writeDiagram(okDiagram(readDiagramText(once)));
    expect(twice === once).toBe(true);
  });

  it('the reference design: write(read(x)) is a fixed point', () => {
    const once = writeDiagram(okDiagram(readDiagram(referenceDesign())));
    expect(writeDiagram(okDiagram(readDiagramText(once)))).toBe(once);
  });

  it('writing the reference design directly equals writing it after a read', () => {
    expect(writeDiagram(referenceDesign())).toBe(writeDiagram(okDiagram(readDiagram(referenceDesign()))));
  });

  it('a hand-checked canonical file reads and writes back to the same bytes', () => {
    const canonical = testdataText('canonical.ramparts.json');
    expect(writeDiagram(okDiagram(readDiagramText(canonical)))).toBe(canonical);
  });

  it('a file with every key shuffled, defaults spelled out and unknown fields writes as the canonical file', () => {
    const shuffled = testdataText('shuffled.ramparts.json');
    expect(writeDiagram(okDiagram(readDiagramText(shuffled)))).toBe(testdataText('canonical.ramparts.json'));
  });

  it('ends with exactly one newline and indents with two spaces', () => {
    for (const d of [referenceDesign(), okDiagram(readDiagramText(testdataText('shuffled.ramparts.json')))]) {
      const text = writeDiagram(d);
      expect(text.endsWith('}\n')).toBe(true);
      expect(text.endsWith('\n\n')).toBe(false);
      expect(text).toBe(`${JSON.stringify(JSON.parse(text), null, 2)}\n`);
      expect(text).not.toContain('\t');
      expect(text).not.toContain('\r');
      const indents = text
        .split('\n')
        .map((line) => /^( *)/.exec(line)![1]!.length)
        .filter((n) => n > 0);
      expect(indents.every((n) => n % 2 === 0)).toBe(true);
      expect(Math.min(...indents)).toBe(2);
    }
  });

  it('writes an empty diagram as the minimal document', () => {
    expect(writeDiagram(diagram())).toBe('{\n  "format": "ramparts-diagram",\n  "version": 1,\n  "nodes": [],\n  "edges": []\n}\n');
  });

  it('canonicalDiagram is the object writeDiagram prints', () => {
    const d = okDiagram(readDiagramText(testdataText('shuffled.ramparts.json')));
    expect(`${JSON.stringify(canonicalDiagram(d), null, 2)}\n`).toBe(writeDiagram(d));
  });

  it('does not modify the diagram it writes', () => {
    const d = okDiagram(readDiagramText(testdataText('shuffled.ramparts.json')));
    const before = JSON.stringify(d);
    writeDiagram(d);
    expect(JSON.stringify(d)).toBe(before);
  });

  it('keeps non-ASCII text as characters, not escapes', () => {
    const text = writeDiagram(diagram(node('net', 'internet', { label: 'Zürich — 東京' })));
    expect(text).toContain('"label": "Zürich — 東京"');
  });
});

describe('writeDiagram: key order', () => {
  const shuffledText = () => writeDiagram(okDiagram(readDiagramText(testdataText('shuffled.ramparts.json'))));

  it('orders top-level keys as the spec lists them, dropping unknown ones', () => {
    expect(Object.keys(parsed(shuffledText()))).toEqual(TOP_ORDER);
  });

  it('orders node keys as the spec lists them', () => {
    const nodes = nodesOf(shuffledText());
    expect(Object.keys(nodes.find((n) => n['id'] === 'public-a')!)).toEqual(NODE_ORDER);
    for (const n of nodes) expectOrdered(Object.keys(n), NODE_ORDER);
  });

  it('orders edge keys as the spec lists them', () => {
    const edges = edgesOf(shuffledText());
    expect(Object.keys(edges[0]!)).toEqual(EDGE_ORDER);
    for (const e of edges) expectOrdered(Object.keys(e), EDGE_ORDER);
  });

  it('orders suppression keys as the spec lists them', () => {
    const suppressions = parsed(shuffledText())['suppressions'] as Json[];
    expect(Object.keys(suppressions[0]!)).toEqual(SUPPRESSION_ORDER);
    expect(Object.keys(suppressions[1]!)).toEqual(['rule', 'target', 'reason']);
  });

  it('orders network ACL entry keys and policy statement keys as the spec lists them', () => {
    const nodes = nodesOf(shuffledText());
    const acl = (nodes.find((n) => n['id'] === 'private-a')!['props'] as Json)['networkAcl'] as Json[];
    for (const entry of acl) expect(Object.keys(entry)).toEqual(ACL_ORDER);
    const policies = (nodes.find((n) => n['id'] === 'app-role')!['props'] as Json)['policies'] as Json[];
    expect(Object.keys(policies[0]!)).toEqual(POLICY_ORDER);
  });

  it('orders the viewport and positions x, y (zoom) and sizes width, height', () => {
    const out = parsed(shuffledText());
    expect(Object.keys(out['viewport'] as Json)).toEqual(['x', 'y', 'zoom']);
    const vpc = (out['nodes'] as Json[])[0]!;
    expect(Object.keys(vpc['position'] as Json)).toEqual(['x', 'y']);
    expect(Object.keys(vpc['size'] as Json)).toEqual(['width', 'height']);
  });

  it('orders keys even for a diagram built in memory with shuffled keys (no reader involved)', () => {
    const d = {
      viewport: { zoom: 2, y: 1, x: 0 },
      edges: [{ props: { ports: '22' }, label: 'ssh', target: 'b', source: 'net', kind: 'network', id: 'e' }],
      nodes: [
        { notes: 'n', props: { public: true }, size: { height: 1, width: 2 }, position: { y: 1, x: 0 }, parent: 'vpc', label: 'S', type: 'subnet', id: 's' },
        { type: 'vpc', id: 'vpc' },
        { type: 'internet', id: 'net' },
        { parent: 's', type: 'bastion', id: 'b' },
        {
          props: {
            policies: [{ resources: ['*'], actions: ['ec2:*'] }],
            maxSessionHours: 4,
          },
          type: 'iam-role',
          id: 'r',
        },
        {
          props: { networkAcl: [{ cidr: '0.0.0.0/0', ports: 'all', protocol: 'all', action: 'deny', direction: 'outbound', rule: 1 }] },
          parent: 'vpc',
          type: 'subnet',
          id: 's2',
        },
      ],
      suppressions: [{ expires: '2030-01-01', reason: 'r', target: 'e', rule: 'net/bastion-ssh-only' }],
      title: 'T',
      version: 1,
      format: 'ramparts-diagram',
    } as unknown as Diagram;
    const out = parsed(writeDiagram(d));
    expect(Object.keys(out)).toEqual(TOP_ORDER);
    const nodes = out['nodes'] as Json[];
    expect(Object.keys(nodes[0]!)).toEqual(NODE_ORDER);
    expect(Object.keys((out['edges'] as Json[])[0]!)).toEqual(EDGE_ORDER);
    expect(Object.keys((out['suppressions'] as Json[])[0]!)).toEqual(SUPPRESSION_ORDER);
    expect(Object.keys(((nodes[4]!['props'] as Json)['policies'] as Json[])[0]!)).toEqual(POLICY_ORDER);
    expect(Object.keys((nodes[4]!['props'] as Json))).toEqual(['maxSessionHours', 'policies']);
    expect(Object.keys(((nodes[5]!['props'] as Json)['networkAcl'] as Json[])[0]!)).toEqual(ACL_ORDER);
    // And the result is what reading it back and writing again gives.
    expect(writeDiagram(okDiagram(readDiagramText(writeDiagram(d))))).toBe(writeDiagram(d));
  });

  it.each(NODE_TYPES)('writes the props of a %s in the spec order', (type) => {
    const specs = NODE_CATALOG[type].props as Record<string, PropSpec>;
    // Build the props in reverse order, every one different from its default.
    const keys = Object.keys(specs).reverse();
    const props = Object.fromEntries(keys.map((k) => [k, nonDefault(specs[k]!)]));
    const d = okDiagram(readDiagram(placed(type, props)));
    const written = nodesOf(writeDiagram(d)).find((n) => n['id'] === 'x')!;
    expect(Object.keys((written['props'] as Json | undefined) ?? {})).toEqual(PROP_ORDER[type]);
  });

  it('writes network flow props in the spec order', () => {
    const d = okDiagram(
      readDiagram(
        diagram(
          node('net', 'internet'),
          node('app', 'ec2-instance'),
          edge('e', 'network', 'net', 'app', { dbUser: 'u', sourceCidr: '1.2.3.0/24', encrypted: true, ports: '22', protocol: 'udp' }),
        ),
      ),
    );
    expect(Object.keys(edgesOf(writeDiagram(d))[0]!['props'] as Json)).toEqual(NETWORK_PROP_ORDER);
  });

  it('writes unknown props after the known ones, in the order they came', () => {
    const d = okDiagram(
      readDiagram(diagram(node('b', 's3-bucket', { props: { zeta: 1, versioning: true, alpha: 'a', publicRead: true, mid: [1] } }))),
    );
    expect(Object.keys(nodesOf(writeDiagram(d))[0]!['props'] as Json)).toEqual(['versioning', 'publicRead', 'zeta', 'alpha', 'mid']);
  });

  it('keeps unknown props even when every known prop is at its default', () => {
    const d = okDiagram(readDiagram(diagram(node('db', 'rds', { props: { engine: 'postgres', custom: false } }))));
    expect(nodesOf(writeDiagram(d))[0]!['props']).toEqual({ custom: false });
  });

  it('keeps nodes and edges in diagram order', () => {
    const d = okDiagram(readDiagramText(fixtureText(100)));
    const text = writeDiagram(d);
    expect(nodesOf(text).map((n) => n['id'])).toEqual(d.nodes.map((n) => n.id));
    expect(edgesOf(text).map((e) => e['id'])).toEqual(d.edges.map((e) => e.id));
  });
});

describe('writeDiagram: defaults omitted', () => {
  it('the catalog defaults are the spec defaults', () => {
    for (const type of NODE_TYPES) {
      const specs = NODE_CATALOG[type].props as Record<string, PropSpec>;
      expect(Object.fromEntries(Object.entries(specs).map(([k, s]) => [k, s.default])), type).toEqual(SPEC_DEFAULTS[type]);
    }
    expect(EDGE_CATALOG.network.props.protocol.default).toBe('tcp');
    expect(EDGE_CATALOG.network.props.ports.default).toBe('443');
    expect(EDGE_CATALOG.network.props.encrypted.default).toBe(false);
    expect(EDGE_CATALOG.network.props.dbUser.default).toBe('');
    expect(EDGE_CATALOG.access.props.actions.default).toEqual(['*']);
  });

  it.each(NODE_TYPES)('a %s whose props all equal the spec defaults is written without props', (type) => {
    const d = okDiagram(readDiagram(placed(type, SPEC_DEFAULTS[type])));
    const written = nodesOf(writeDiagram(d)).find((n) => n['id'] === 'x')!;
    expect(written).not.toHaveProperty('props');
  });

  it.each(NODE_TYPES)('a %s keeps each prop that differs from its default, and only that one', (type) => {
    const specs = NODE_CATALOG[type].props as Record<string, PropSpec>;
    for (const key of Object.keys(specs)) {
      const value = nonDefault(specs[key]!);
      const d = okDiagram(readDiagram(placed(type, { ...SPEC_DEFAULTS[type], [key]: value })));
      const written = nodesOf(writeDiagram(d)).find((n) => n['id'] === 'x')!;
      expect(written['props'], `${type}.${key}`).toEqual({ [key]: value });
    }
  });

  it('omits deep-equal defaults: an empty network ACL, empty trusted accounts and policies', () => {
    const d = diagram(
      node('vpc', 'vpc'),
      node('s', 'subnet', { parent: 'vpc', props: { networkAcl: [], public: true } }),
      node('r', 'iam-role', { props: { trustedAccounts: [], policies: [] } }),
      node('u', 'iam-user', { props: { policies: [] } }),
    );
    const nodes = nodesOf(writeDiagram(d));
    expect(nodes[1]!['props']).toEqual({ public: true });
    expect(nodes[2]).not.toHaveProperty('props');
    expect(nodes[3]).not.toHaveProperty('props');
  });

  it('omits access actions ["*"] (a fresh array, deep-equal to the default) and keeps any other list', () => {
    const d = diagram(
      node('r', 'iam-role'),
      node('b', 's3-bucket'),
      edge('all', 'access', 'r', 'b', { actions: ['*'] }),
      edge('some', 'access', 'r', 'b', { actions: ['s3:GetObject'] }),
      edge('none', 'access', 'r', 'b', { actions: [] }),
      edge('two', 'access', 'r', 'b', { actions: ['*', '*'] }),
    );
    const edges = edgesOf(writeDiagram(okDiagram(readDiagram(d))));
    expect(edges[0]).not.toHaveProperty('props');
    expect(edges[1]!['props']).toEqual({ actions: ['s3:GetObject'] });
    expect(edges[2]!['props']).toEqual({ actions: [] });
    expect(edges[3]!['props']).toEqual({ actions: ['*', '*'] });
  });

  it('omits network flow props at their defaults', () => {
    const d = diagram(
      node('a', 'ec2-instance'),
      node('b', 'rds'),
      edge('e', 'network', 'a', 'b', { protocol: 'tcp', ports: '443', encrypted: false, dbUser: '' }),
    );
    expect(edgesOf(writeDiagram(d))[0]).not.toHaveProperty('props');
  });

  it('omits a flow\'s sourceCidr equal to its source\'s default and keeps a different one', () => {
    const d = okDiagram(
      readDiagram(
        diagram(
          node('net', 'internet'),
          node('corp', 'corporate-network', { props: { cidr: '172.16.0.0/12' } }),
          node('corp2', 'corporate-network'),
          node('app', 'ec2-instance'),
          edge('net-default', 'network', 'net', 'app', { sourceCidr: '0.0.0.0/0' }),
          edge('net-narrow', 'network', 'net', 'app', { sourceCidr: '198.51.100.0/24' }),
          edge('corp-default', 'network', 'corp', 'app', { sourceCidr: '172.16.0.0/12' }),
          edge('corp-world', 'network', 'corp', 'app', { sourceCidr: '0.0.0.0/0' }),
          edge('corp-other', 'network', 'corp', 'app', { sourceCidr: '192.168.0.0/16' }),
          edge('corp2-default', 'network', 'corp2', 'app', { sourceCidr: '192.168.0.0/16' }),
          edge('corp2-sub', 'network', 'corp2', 'app', { sourceCidr: '192.168.1.0/24' }),
        ),
      ),
    );
    const written = edgesOf(writeDiagram(d));
    const cidrOf = (id: string) => (written.find((e) => e['id'] === id)!['props'] as Json | undefined)?.['sourceCidr'];
    expect(cidrOf('net-default')).toBeUndefined();
    expect(cidrOf('net-narrow')).toBe('198.51.100.0/24');
    expect(cidrOf('corp-default')).toBeUndefined();
    expect(cidrOf('corp-world')).toBe('0.0.0.0/0');
    // 192.168.0.0/16 is the catalog's corporate-network default, but this network's cidr is 172.16.0.0/12.
    expect(cidrOf('corp-other')).toBe('192.168.0.0/16');
    expect(cidrOf('corp2-default')).toBeUndefined();
    expect(cidrOf('corp2-sub')).toBe('192.168.1.0/24');
    // Omitting it loses nothing: the effective source range is the same after a round trip.
    const again = roundTrip(d);
    const sourceOf = (x: Diagram, e: DiagramEdge) => x.nodes.find((n) => n.id === e.source)!;
    for (const e of d.edges) {
      const after = again.edges.find((x) => x.id === e.id)!;
      expect(flowSourceCidr(after, sourceOf(again, after)), e.id).toBe(flowSourceCidr(e, sourceOf(d, e)));
    }
    expect(flowSourceCidr(again.edges[0]!, again.nodes[0]!)).toBe('0.0.0.0/0');
    expect(flowSourceCidr(again.edges[2]!, again.nodes[1]!)).toBe('172.16.0.0/12');
  });

  it('omits an empty suppressions list, and keeps a non-empty one', () => {
    const base = diagram(node('db', 'rds'));
    expect(parsed(writeDiagram({ ...base, suppressions: [] }))).not.toHaveProperty('suppressions');
    const withOne = { ...base, suppressions: [{ rule: 'ha/rds-multi-az', target: 'db', reason: 'dev' }] };
    expect(parsed(writeDiagram(withOne))['suppressions']).toEqual([{ rule: 'ha/rds-multi-az', target: 'db', reason: 'dev' }]);
  });

  it('omits empty props objects on nodes and edges', () => {
    const d = diagram(node('net', 'internet', { props: {} }), node('app', 'ec2-instance'), edge('e', 'network', 'net', 'app', {}));
    const text = writeDiagram(d);
    expect(nodesOf(text)[0]).not.toHaveProperty('props');
    expect(edgesOf(text)[0]).not.toHaveProperty('props');
  });

  it('writes the fixtures without any prop equal to its default', () => {
    const text = writeDiagram(okDiagram(readDiagramText(fixtureText(1000))));
    for (const n of nodesOf(text)) {
      const props = (n['props'] as Json | undefined) ?? {};
      const defaults = SPEC_DEFAULTS[n['type'] as NodeType];
      for (const [k, v] of Object.entries(props)) {
        if (Object.hasOwn(defaults, k)) expect(v, `${String(n['id'])}.${k}`).not.toEqual(defaults[k]);
      }
    }
  });
});

describe('writeDiagram: round trips', () => {
  it.each(FIXTURE_SIZES)('design-%i: read(write(d)) equals d once d is canonical', (size) => {
    const canonical = roundTrip(okDiagram(readDiagramText(fixtureText(size))));
    expect(roundTrip(canonical)).toEqual(canonical);
  });

  it.each(FIXTURE_SIZES)('design-%i: read(write(d)) means the same as d (same fields, same props with defaults applied)', (size) => {
    const d = okDiagram(readDiagramText(fixtureText(size)));
    const again = roundTrip(d);
    // The fixtures spell out default props (for example "networkAcl": []), which the canonical form
    // drops, so the stored props differ; everything else, and every resolved prop, is equal.
    const strip = (x: DiagramNode | DiagramEdge) => {
      const { props: _, ...rest } = x;
      return rest;
    };
    expect(again.nodes.map(strip)).toEqual(d.nodes.map(strip));
    expect(again.edges.map(strip)).toEqual(d.edges.map(strip));
    expect(again.title).toBe(d.title);
    d.nodes.forEach((n, i) => expect(nodeProps(again.nodes[i]! as never)).toEqual(nodeProps(n as never)));
    d.edges.forEach((e, i) => expect(edgeProps(again.edges[i]! as never)).toEqual(edgeProps(e as never)));
  });

  it('the reference design: read(write(d)) keeps every effective prop', () => {
    const d = referenceDesign();
    const again = roundTrip(d);
    expect(again.nodes.map((n) => n.id)).toEqual(d.nodes.map((n) => n.id));
    d.nodes.forEach((n, i) => expect(nodeProps(again.nodes[i]! as never)).toEqual(nodeProps(n as never)));
    d.edges.forEach((e, i) => expect(edgeProps(again.edges[i]! as never)).toEqual(edgeProps(e as never)));
    expect(roundTrip(again)).toEqual(again);
  });

  it('the canonical test file: read(write(d)) equals d', () => {
    const d = okDiagram(readDiagramText(testdataText('canonical.ramparts.json')));
    expect(roundTrip(d)).toEqual(d);
    expect(d.suppressions).toHaveLength(2);
    expect(d.viewport).toEqual({ x: 12.5, y: -40, zoom: 1.25 });
  });

  it('keeps labels and notes as plain text, however they look', () => {
    const label = '<img src=x onerror=alert(1)> **bold** "quoted" \\ back\u2028line';
    const notes = '</script>\n# heading\n\u0000 nul';
    const d = diagram({ id: 'net', type: 'internet', label, notes });
    const again = roundTrip(d);
    expect(again.nodes[0]!.label).toBe(label);
    expect(again.nodes[0]!.notes).toBe(notes);
  });

  it('writes a "__proto__" prop of a diagram built from parsed JSON as data', () => {
    const d = JSON.parse(
      '{"format":"ramparts-diagram","version":1,"nodes":[{"id":"net","type":"internet","props":{"__proto__":{"polluted":true}}}],"edges":[]}',
    ) as Diagram;
    const text = writeDiagram(d);
    expect(text).toContain('"__proto__"');
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
    expect(Object.hasOwn((JSON.parse(text) as { nodes: { props: object }[] }).nodes[0]!.props, '__proto__')).toBe(true);
  });
});

describe('canonical forms kept per object', () => {
  it('an edit that replaces one node shows in the next write, and the untouched nodes are written as before', () => {
    const corp = node('corp', 'corporate-network', { props: { cidr: '10.9.0.0/16' } });
    const db = node('db', 'rds');
    const flow = edge('f', 'network', 'corp', 'db', { sourceCidr: '10.9.0.0/16' });
    const first = diagram(corp, db, flow);
    expect(edgesOf(writeDiagram(first))[0]!['props']).toBeUndefined(); // equal to its source's default
    const renamed = { ...first, nodes: first.nodes.map((n) => (n.id === 'db' ? { ...n, label: 'Orders' } : n)) };
    expect(nodesOf(writeDiagram(renamed)).map((n) => n['label'])).toEqual([undefined, 'Orders']);
    expect(nodesOf(writeDiagram(first)).map((n) => n['label'])).toEqual([undefined, undefined]);
  });

  it("an edge is written again when its source node changes, since sourceCidr's default follows the source", () => {
    const corp = node('corp', 'corporate-network', { props: { cidr: '10.9.0.0/16' } });
    const flow = edge('f', 'network', 'corp', 'db', { sourceCidr: '10.9.0.0/16' });
    const first = diagram(corp, node('db', 'rds'), flow);
    expect(edgesOf(writeDiagram(first))[0]!['props']).toBeUndefined();
    const moved = { ...first, nodes: first.nodes.map((n) => (n.id === 'corp' ? { ...n, props: { cidr: '172.16.0.0/12' } } : n)) };
    // Same edge object, new source: its sourceCidr is no longer the default and must be spelled out.
    expect(edgesOf(writeDiagram(moved))[0]!['props']).toEqual({ sourceCidr: '10.9.0.0/16' });
  });
});
