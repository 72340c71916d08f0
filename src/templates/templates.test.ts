/**
 * The starter templates: each file is canonical, reads, lays out cleanly,
 * fits a share link, and validates to exactly the findings written by hand
 * in its `<id>.findings.json` (reasoned from controls.md, then checked).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { readDiagramText } from '../format/readDiagram';
import { writeDiagram } from '../format/writeDiagram';
import { CONTAINER_PADDING, absoluteRect, isContainerType, lookupOf, type Rect } from '../model/geometry';
import type { Diagram, DiagramNode } from '../model/types';
import { targetId } from '../rules/types';
import { validate } from '../rules/validate';
import { shareLink } from '../share/shareLink';
import { referenceDesign } from '../testing/referenceDesign';
import { DEFAULT_TEMPLATE_ID, TEMPLATES, templateById } from './index';
import { loadTemplate } from './loadTemplate';

const IDS = ['bastion-private-rds', 'redshift-hsm', 'web-elasticache', 'corporate-vpn'];

function fileText(id: string): string {
  return readFileSync(join(__dirname, `${id}.ramparts.json`), 'utf8');
}

function expected(id: string): { now: string; findings: string[] } {
  return JSON.parse(readFileSync(join(__dirname, `${id}.findings.json`), 'utf8')) as { now: string; findings: string[] };
}

const overlaps = (a: Rect, b: Rect): boolean =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

/** The parent's inner area: its label band on top and a margin on the other sides. */
function inner(parent: Rect): Rect {
  return {
    x: parent.x + CONTAINER_PADDING.left,
    y: parent.y + CONTAINER_PADDING.top,
    width: parent.width - CONTAINER_PADDING.left - CONTAINER_PADDING.right,
    height: parent.height - CONTAINER_PADDING.top - CONTAINER_PADDING.bottom,
  };
}

const inside = (outer: Rect, r: Rect): boolean =>
  r.x >= outer.x && r.y >= outer.y && r.x + r.width <= outer.x + outer.width && r.y + r.height <= outer.y + outer.height;

describe('template list', () => {
  it('offers the four templates, in order, with the reference design first and by default', () => {
    expect(TEMPLATES.map((t) => t.id)).toEqual(IDS);
    expect(DEFAULT_TEMPLATE_ID).toBe('bastion-private-rds');
    expect(templateById(DEFAULT_TEMPLATE_ID)).toBe(TEMPLATES[0]);
    expect(templateById('no-such-template')).toBeUndefined();
    for (const t of TEMPLATES) {
      expect(t.name).toBe(t.diagram.title);
      expect(t.description.length).toBeGreaterThan(20);
    }
  });

  it('the first template is the reference design of controls.md, laid out and titled', () => {
    const withoutLayout = (d: Diagram): Diagram => ({
      ...d,
      title: undefined,
      nodes: d.nodes.map(({ position: _p, size: _s, ...rest }) => rest),
    });
    const template = templateById('bastion-private-rds')!.diagram;
    const reference = readDiagramText(writeDiagram(referenceDesign()));
    if (!reference.ok) throw new Error(reference.errors.join('\n'));
    expect(writeDiagram(withoutLayout(template))).toBe(writeDiagram(reference.diagram));
  });
});

describe.each(IDS)('template %s', (id) => {
  const template = templateById(id)!;
  const diagram = template.diagram;

  it('reads, and writes back canonically to the same bytes', () => {
    const text = fileText(id);
    const read = readDiagramText(text);
    if (!read.ok) throw new Error(read.errors.join('\n'));
    expect(writeDiagram(read.diagram)).toBe(text);
    expect(writeDiagram(diagram)).toBe(text);
  });

  it('validates to exactly its golden findings, with no error', () => {
    const golden = expected(id);
    const { findings } = validate(diagram, { now: new Date(`${golden.now}T00:00:00Z`) });
    const actual = findings.map((f) => `${f.rule} ${f.target.kind}:${targetId(f.target)}${f.suppressed ? ' (suppressed)' : ''}`);
    expect([...actual].sort()).toEqual([...golden.findings].sort());
    expect(findings.filter((f) => f.severity === 'error')).toEqual([]);
    if (id === 'bastion-private-rds') expect(findings.filter((f) => f.severity !== 'info')).toEqual([]);
  });

  it('places every node and sizes every container', () => {
    for (const node of diagram.nodes) {
      expect(node.position, `${node.id} position`).toBeDefined();
      if (isContainerType(node.type)) expect(node.size, `${node.id} size`).toBeDefined();
      else expect(node.size, `${node.id} size`).toBeUndefined();
    }
  });

  it('keeps children inside their parents and siblings apart', () => {
    const lookup = lookupOf(diagram);
    const byParent = new Map<string, DiagramNode[]>();
    for (const node of diagram.nodes) {
      const key = node.parent ?? '';
      byParent.set(key, [...(byParent.get(key) ?? []), node]);
      if (node.parent === undefined) continue;
      const parent = lookup(node.parent)!;
      expect(inside(inner(absoluteRect(parent, lookup)), absoluteRect(node, lookup)), `${node.id} inside ${parent.id}`).toBe(true);
    }
    for (const siblings of byParent.values()) {
      for (let i = 0; i < siblings.length; i++) {
        for (let j = i + 1; j < siblings.length; j++) {
          const [a, b] = [siblings[i]!, siblings[j]!];
          expect(overlaps(absoluteRect(a, lookup), absoluteRect(b, lookup)), `${a.id} overlaps ${b.id}`).toBe(false);
        }
      }
    }
  });

  it('has a title and labels on every node', () => {
    expect(diagram.title).toBe(template.name);
    for (const node of diagram.nodes) expect(node.label, node.id).toBeTruthy();
  });

  it('fits a share link under 1,024 characters', () => {
    expect(shareLink(diagram).length).toBeLessThan(1024);
  });
});

describe('loading', () => {
  afterEach(() => {
    vi.doUnmock('./redshift-hsm.ramparts.json');
    vi.resetModules();
  });

  it('loadTemplate returns the diagram as read, and names the template when it does not read', () => {
    expect(loadTemplate('x', JSON.parse(fileText('redshift-hsm')))).toEqual(templateById('redshift-hsm')!.diagram);
    expect(() => loadTemplate('broken', { format: 'ramparts-diagram', version: 1, nodes: [{ id: 'a', type: 'nope' }], edges: [] })).toThrow(
      /template "broken" does not read/,
    );
  });

  it('a bundled template that does not read is refused, naming it, when its diagram is first asked for (and not before: start-up reads none)', async () => {
    vi.resetModules();
    vi.doMock('./redshift-hsm.ramparts.json', () => ({ default: { format: 'ramparts-diagram', version: 1, nodes: 'oops', edges: [] } }));
    const templates = await import('./index');
    expect(templates.templateById('redshift-hsm')!.name).toBe('Redshift warehouse with HSM keys');
    expect(() => templates.templateById('redshift-hsm')!.diagram).toThrow(/template "redshift-hsm" does not read/);
    expect(templates.templateById('bastion-private-rds')!.diagram.nodes.length).toBeGreaterThan(0);
  });
});
