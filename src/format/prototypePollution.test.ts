/**
 * Hostile keys (`__proto__`, `constructor`, `prototype`) anywhere in a file
 * must stay data: reading, writing and re-reading never touch
 * Object.prototype. Inputs are built from JSON text, because JSON.parse makes
 * `__proto__` an own property (an object literal would set the prototype).
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { nodeProps } from '../catalog/resolveProps';
import { readDiagram, readDiagramText } from './readDiagram';
import { writeDiagram } from './writeDiagram';
import { errorsOf, okDiagram, prototypeKeys } from './testdata/helpers';

const POISON = '{"polluted": true}';
const HOSTILE = `"__proto__": ${POISON}, "constructor": {"prototype": ${POISON}}, "prototype": ${POISON}`;

const wrap = (nodes: string, edges = '[]', extra = '') =>
  `{"format": "ramparts-diagram", "version": 1, "nodes": ${nodes}, "edges": ${edges}${extra}}`;

const ACL = '"rule": 100, "direction": "inbound", "action": "allow", "protocol": "tcp", "ports": "22", "cidr": "0.0.0.0/0"';

const CASES: readonly (readonly [string, string])[] = [
  ['at top level', `{${HOSTILE}, "format": "ramparts-diagram", "version": 1, "nodes": [], "edges": []}`],
  ['in a node', wrap(`[{${HOSTILE}, "id": "net", "type": "internet"}]`)],
  ['in node props', wrap(`[{"id": "net", "type": "internet", "props": {${HOSTILE}}}]`)],
  ['in props beside known props', wrap(`[{"id": "db", "type": "rds", "props": {"multiAz": true, ${HOSTILE}}}]`)],
  [
    'in nested unknown prop values',
    wrap(`[{"id": "r", "type": "iam-role", "props": {"extra": {"list": [{${HOSTILE}}], "inner": {${HOSTILE}}}}}]`),
  ],
  ['inside network ACL entries', wrap(`[{"id": "vpc", "type": "vpc"}, {"id": "s", "type": "subnet", "parent": "vpc", "props": {"networkAcl": [{${ACL}, ${HOSTILE}}]}}]`)],
  ['inside policy statements', wrap(`[{"id": "r", "type": "iam-role", "props": {"policies": [{"actions": ["*"], "resources": ["*"], ${HOSTILE}}]}}]`)],
  ['in a position', wrap(`[{"id": "net", "type": "internet", "position": {"x": 1, "y": 2, ${HOSTILE}}}]`)],
  [
    'in an edge and its props',
    wrap(
      '[{"id": "net", "type": "internet"}, {"id": "app", "type": "ec2-instance"}]',
      `[{${HOSTILE}, "id": "e", "kind": "network", "source": "net", "target": "app", "props": {${HOSTILE}}}]`,
    ),
  ],
  [
    'in a suppression and the viewport',
    wrap(
      '[{"id": "db", "type": "rds"}]',
      '[]',
      `, "suppressions": [{${HOSTILE}, "rule": "ha/rds-multi-az", "target": "db", "reason": "dev"}], "viewport": {"x": 0, "y": 0, "zoom": 1, ${HOSTILE}}`,
    ),
  ],
];

describe('prototype pollution', () => {
  let before: string[];
  beforeEach(() => {
    before = prototypeKeys();
  });
  afterEach(() => {
    // Never leave a polluted prototype behind for other tests, whatever happened.
    delete (Object.prototype as Record<string, unknown>)['polluted'];
  });

  it('the test inputs really carry __proto__ as an own key', () => {
    const parsed = JSON.parse(`{${HOSTILE}}`) as object;
    expect(Object.hasOwn(parsed, '__proto__')).toBe(true);
    expect(Object.getPrototypeOf(parsed)).toBe(Object.prototype);
  });

  it.each(CASES)('keys %s do not reach Object.prototype through read, write and re-read', (_, text) => {
    const first = okDiagram(readDiagramText(text));
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
    const written = writeDiagram(first);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
    const second = okDiagram(readDiagramText(written));
    expect(writeDiagram(second)).toBe(written);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
    expect(prototypeKeys()).toEqual(before);
    // Resolving props with defaults must not pick anything up from the hostile keys either.
    for (const node of second.nodes) nodeProps(node as never);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });

  it.each(CASES)('keys %s also stay harmless when read from a parsed object', (_, text) => {
    okDiagram(readDiagram(JSON.parse(text)));
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
    expect(prototypeKeys()).toEqual(before);
  });

  it('an unknown "__proto__" prop survives as data: stored on the node, written to the text, read back', () => {
    const text = wrap(`[{"id": "net", "type": "internet", "props": {${HOSTILE}}}]`);
    const d = okDiagram(readDiagramText(text));
    const props = d.nodes[0]!.props!;
    expect(Object.keys(props)).toEqual(['__proto__', 'constructor', 'prototype']);
    expect(Object.hasOwn(props, '__proto__')).toBe(true);
    // The key holds the data; the prototype is the ordinary one.
    // The attacker's object is a value, never the prototype.
    expect(Object.getPrototypeOf(props)).toBe(Object.prototype);
    expect(JSON.stringify(props)).toBe(`{"__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}},"prototype":{"polluted":true}}`);

    const written = writeDiagram(d);
    expect(written).toContain('"__proto__": {\n          "polluted": true\n        }');
    const reparsed = JSON.parse(written) as { nodes: { props: object }[] };
    expect(Object.hasOwn(reparsed.nodes[0]!.props, '__proto__')).toBe(true);
    expect(Object.keys(reparsed.nodes[0]!.props)).toEqual(['__proto__', 'constructor', 'prototype']);

    const again = okDiagram(readDiagramText(written));
    expect(Object.keys(again.nodes[0]!.props!)).toEqual(['__proto__', 'constructor', 'prototype']);
  });

  it('nested "__proto__" keys in unknown props survive as data', () => {
    const text = wrap(`[{"id": "r", "type": "iam-role", "props": {"extra": {"list": [{"__proto__": ${POISON}}]}}}]`);
    const written = writeDiagram(okDiagram(readDiagramText(text)));
    const reparsed = JSON.parse(written) as { nodes: { props: { extra: { list: object[] } } }[] };
    const inner = reparsed.nodes[0]!.props.extra.list[0]!;
    expect(Object.hasOwn(inner, '__proto__')).toBe(true);
  });

  it('an unknown "__proto__" prop on an edge survives as data', () => {
    const text = wrap(
      '[{"id": "net", "type": "internet"}, {"id": "app", "type": "ec2-instance"}]',
      `[{"id": "e", "kind": "network", "source": "net", "target": "app", "props": {"ports": "22", "__proto__": ${POISON}}}]`,
    );
    const d = okDiagram(readDiagramText(text));
    expect(Object.keys(d.edges[0]!.props!)).toEqual(['ports', '__proto__']);
    expect(writeDiagram(d)).toContain('"__proto__"');
  });

  it('hostile keys outside props are dropped, not written: top level, node, edge, suppression, viewport, ACL entries, policy statements', () => {
    for (const [name, text] of CASES) {
      if (/prop/.test(name)) continue; // unknown props are kept, hostile names included
      const written = writeDiagram(okDiagram(readDiagramText(text)));
      expect(written, name).not.toContain('__proto__');
      expect(written, name).not.toContain('"prototype"');
      expect(written, name).not.toContain('"constructor"');
    }
  });

  it('a "__proto__" id is simply an invalid id', () => {
    const errors = errorsOf(readDiagramText(wrap('[{"id": "__proto__", "type": "internet"}]')));
    expect(errors).toEqual([expect.stringMatching(/^nodes\[0\]: field "id": "__proto__" is not a valid id/)]);
  });

  it('ids "constructor" and "prototype" are ordinary ids, and inherited names are not taken for nodes', () => {
    const d = okDiagram(
      readDiagramText(
        wrap(
          '[{"id": "constructor", "type": "internet"}, {"id": "prototype", "type": "ec2-instance"}]',
          '[{"id": "toString", "kind": "network", "source": "constructor", "target": "prototype"}]',
        ),
      ),
    );
    expect(d.nodes.map((n) => n.id)).toEqual(['constructor', 'prototype']);
    expect(d.edges.map((e) => e.id)).toEqual(['toString']);

    const errors = errorsOf(
      readDiagramText(
        wrap(
          '[{"id": "app", "type": "ec2-instance"}, {"id": "db", "type": "rds", "parent": "valueOf"}]',
          '[{"id": "e", "kind": "network", "source": "app", "target": "toString"}]',
          ', "suppressions": [{"rule": "ha/rds-multi-az", "target": "hasOwnProperty", "reason": "x"}]',
        ),
      ),
    );
    expect(errors).toEqual([
      'node "db": parent "valueOf" is not a node of this diagram',
      'edge "e": target "toString" is not a node of this diagram',
      'suppression 1 ("ha/rds-multi-az" on "hasOwnProperty"): field "target": "hasOwnProperty" is not a node or edge of this diagram',
    ]);
  });

  it('a "constructor" or "__proto__" prop name on a known type does not disturb its known props', () => {
    const d = okDiagram(readDiagramText(wrap(`[{"id": "db", "type": "rds", "props": {"multiAz": true, ${HOSTILE}}}]`)));
    const db = d.nodes[0]! as typeof d.nodes[number] & { type: 'rds' };
    expect(nodeProps(db).multiAz).toBe(true);
    expect(nodeProps(db).engine).toBe('postgres');
    expect(Object.keys(db.props!)).toEqual(['multiAz', '__proto__', 'constructor', 'prototype']);
  });
});
