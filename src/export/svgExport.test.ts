import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { NODE_CATALOG } from '../catalog/nodeCatalog';
import { readDiagramText } from '../format/readDiagram';
import type { Diagram } from '../model/types';
import { validate } from '../rules/validate';
import { EDGE_ALERT_COLOR, EDGE_COLOR, estimateText } from './exportLook';
import { esc, svgExport, wrap, type IconLookup } from './svgExport';

interface Element {
  readonly name: string;
  readonly attrs: ReadonlyMap<string, string>;
  text: string;
  readonly parent: Element | undefined;
}

/**
 * A strict little XML well-formedness check (Node has no XML parser): tags
 * nest, attributes are quoted and unique, text has no raw "<" and every "&"
 * starts a known entity. Returns every element with its direct text.
 */
function parseXml(xml: string): Element[] {
  const body = xml.replace(/^<\?xml[^?]*\?>\s*/, '');
  const elements: Element[] = [];
  const stack: Element[] = [];
  const TAG = /<(\/?)([A-Za-z_][\w:.-]*)((?:\s+[A-Za-z_][\w:.-]*\s*=\s*"[^"<]*")*)\s*(\/?)>/y;
  const ATTR = /([A-Za-z_][\w:.-]*)\s*=\s*"([^"<]*)"/g;
  let at = 0;
  const checkText = (text: string) => {
    if (/&(?!(?:amp|lt|gt|quot|apos|#\d+|#x[0-9a-f]+);)/i.test(text)) throw new Error(`bare & in ${JSON.stringify(text.slice(0, 60))}`);
  };
  while (at < body.length) {
    const lt = body.indexOf('<', at);
    const text = body.slice(at, lt === -1 ? body.length : lt);
    if (text.trim() !== '') {
      if (stack.length === 0) throw new Error(`text outside the root: ${text.slice(0, 40)}`);
      checkText(text);
      stack[stack.length - 1]!.text += text;
    }
    if (lt === -1) break;
    TAG.lastIndex = lt;
    const m = TAG.exec(body);
    if (m === null) throw new Error(`malformed tag at ${lt}: ${body.slice(lt, lt + 80)}`);
    const [, closing, name, attrText, selfClosing] = m;
    if (closing) {
      const top = stack.pop();
      if (top?.name !== name) throw new Error(`</${name}> closes <${top?.name}>`);
    } else {
      const attrs = new Map<string, string>();
      for (const a of attrText!.matchAll(ATTR)) {
        if (attrs.has(a[1]!)) throw new Error(`duplicate attribute ${a[1]}`);
        checkText(a[2]!);
        attrs.set(a[1]!, a[2]!);
      }
      if (stack.length === 0 && elements.length > 0) throw new Error('two roots');
      const el: Element = { name: name!, attrs, text: '', parent: stack[stack.length - 1] };
      elements.push(el);
      if (!selfClosing) stack.push(el);
    }
    at = TAG.lastIndex;
  }
  if (stack.length > 0) throw new Error(`unclosed <${stack[stack.length - 1]!.name}>`);
  return elements;
}

function unescape(text: string): string {
  return text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');
}

const root = join(import.meta.dirname, '..', '..');
const icons: IconLookup = (type, variant) =>
  readFileSync(join(root, 'node_modules/aws-icons/icons', `${variant === 'public' ? 'architecture-group/Publicsubnet' : NODE_CATALOG[type].icon}.svg`), 'utf8');

function template(name: string): Diagram {
  const r = readDiagramText(readFileSync(join(root, 'src/templates', `${name}.ramparts.json`), 'utf8'));
  if (!r.ok) throw new Error(r.errors.join('\n'));
  return r.diagram;
}

const NOW = new Date('2026-01-01T00:00:00Z');

describe('svgExport', () => {
  const diagram = template('web-elasticache');
  const findings = validate(diagram, { now: NOW }).findings;
  const out = svgExport(diagram, findings, icons);
  const elements = parseXml(out.svg);

  it('is well-formed XML with an svg root, a size and no script, event attributes or foreignObject', () => {
    expect(elements[0]!.name).toBe('svg');
    expect(elements[0]!.attrs.get('xmlns')).toBe('http://www.w3.org/2000/svg');
    expect(elements[0]!.attrs.get('viewBox')).toBe(`0 0 ${out.width} ${out.height}`);
    const names = new Set(elements.map((e) => e.name.toLowerCase()));
    for (const banned of ['script', 'foreignobject', 'iframe', 'image', 'a', 'style']) expect(names.has(banned)).toBe(false);
    for (const e of elements) for (const key of e.attrs.keys()) expect(key.toLowerCase().startsWith('on')).toBe(false);
  });

  it('draws every node label as <text>, and the title', () => {
    const texts = elements.filter((e) => e.name === 'text').map((e) => unescape(e.text));
    for (const n of diagram.nodes) expect(texts).toContain(n.label ?? NODE_CATALOG[n.type].displayName);
    expect(texts).toContain(diagram.title);
  });

  it('inlines each icon once as a symbol, used by every node of its type', () => {
    const symbols = elements.filter((e) => e.name === 'symbol');
    const ids = symbols.map((s) => s.attrs.get('id'));
    expect(new Set(ids).size).toBe(ids.length);
    const uses = elements.filter((e) => e.name === 'use');
    expect(uses).toHaveLength(diagram.nodes.length);
    for (const u of uses) expect(ids).toContain(u.attrs.get('href')!.slice(1));
    // Real shapes, not an <image> of the file.
    expect(elements.filter((e) => e.name === 'path' && e.parent?.name === 'symbol').length).toBeGreaterThan(0);
  });

  it('draws each edge as a path with its kind colour, dash and an arrowhead that is defined', () => {
    const markers = new Set(elements.filter((e) => e.name === 'marker').map((m) => m.attrs.get('id')));
    const paths = elements.filter((e) => e.name === 'path' && e.attrs.get('class') === 'edge');
    expect(paths).toHaveLength(diagram.edges.length);
    for (const edge of diagram.edges) {
      const p = paths.find((x) => x.attrs.get('data-id') === edge.id)!;
      const error = findings.some((f) => f.target.kind === 'edge' && f.target.id === edge.id && f.severity === 'error' && !f.suppressed);
      expect(p.attrs.get('stroke')).toBe(error ? EDGE_ALERT_COLOR : EDGE_COLOR[edge.kind]);
      expect(p.attrs.has('stroke-dasharray')).toBe(edge.kind !== 'network');
      expect(markers.has(/url\(#(.+)\)/.exec(p.attrs.get('marker-end')!)![1])).toBe(true);
      expect(p.attrs.get('d')).toMatch(/^M [\d.-]+ [\d.-]+ L [\d.-]+ [\d.-]+$/);
    }
  });

  it('shows one badge per node or edge with findings, with its count', () => {
    const targets = new Set(findings.filter((f) => f.target.kind !== 'diagram').map((f) => (f.target as { id: string }).id));
    expect(targets.size).toBeGreaterThan(0);
    const badges = elements.filter((e) => e.attrs.get('class') === 'finding-badge');
    expect(badges).toHaveLength(targets.size);
  });

  it('sizes the drawing to the nodes’ bounds plus padding, with the band under it', () => {
    expect(out.bounds).toEqual({ x: 40, y: 40, width: 1600, height: 764 });
    expect(out.width).toBe(1600 + 64);
    expect(out.height).toBe(764 + 64 + out.band);
    expect(out.band).toBeGreaterThan(40);
    expect(svgExport(diagram, findings, icons, { scale: 2 }).svg).toContain(`width="${out.width * 2}" height="${out.height * 2}"`);
    expect(out.sizedTo(3000, 1500)).toBe(out.svg.replace(`width="${out.width}" height="${out.height}"`, 'width="3000" height="1500"'));
  });

  it('has a white background unless transparent is asked for', () => {
    expect(out.svg).toContain('fill="#ffffff"/>');
    const clear = parseXml(svgExport(diagram, findings, icons, { background: 'transparent' }).svg);
    expect(clear.filter((e) => e.name === 'rect' && e.parent?.name === 'svg')).toHaveLength(0);
  });
});

describe('svgExport with hostile text', () => {
  const hostile = '<img src=x onerror=alert(1)>';
  const diagram: Diagram = {
    format: 'ramparts-diagram',
    version: 1,
    title: `]]> <script>alert(1)</script> & "quotes"`,
    nodes: [
      { id: 'v"><script>', type: 'vpc', label: `${hostile} vpc`, position: { x: 0, y: 0 }, size: { width: 400, height: 300 } },
      { id: 'db', type: 'rds', label: hostile, parent: 'v"><script>', position: { x: 40, y: 60 } },
      { id: 'web', type: 'ec2-instance', label: `a]]>b\u0000c\u001b\ud800`, position: { x: 600, y: 60 } },
    ],
    edges: [{ id: 'e', kind: 'network', source: 'web', target: 'db', label: `</text><a href="javascript:x">` }],
  };
  const svg = svgExport(diagram, [], icons).svg;

  it('escapes labels, ids, titles and edge labels so they are only text', () => {
    const elements = parseXml(svg);
    expect(elements.map((e) => e.name)).not.toContain('img');
    expect(elements.map((e) => e.name)).not.toContain('script');
    expect(elements.map((e) => e.name)).not.toContain('a');
    for (const e of elements) for (const key of e.attrs.keys()) expect(key.startsWith('on')).toBe(false);
    expect(svg).not.toContain('<img');
    expect(svg).not.toContain('<script');
    expect(svg).not.toContain(']]>');
    expect(svg).toContain('&lt;img src=x onerror=alert(1)&gt;');
    // Wrapped over two lines on the canvas, whole in the node's title.
    const db = elements.find((e) => e.name === 'g' && e.attrs.get('data-id') === 'db')!;
    const lines = elements.filter((e) => e.parent === db && e.name === 'text' && e.attrs.get('class') === 'label').map((e) => unescape(e.text));
    expect(lines.join(' ')).toBe(hostile);
    expect(unescape(elements.find((e) => e.parent === db && e.name === 'title')!.text)).toBe(`RDS database: ${hostile}`);
  });

  it('replaces characters XML forbids', () => {
    expect(svg).not.toMatch(/[\u0000-\u0008\u001b]/);
    expect(esc('a\u0000b\ud800c\ud83d\udee1')).toBe('a\ufffdb\ufffdc\ud83d\udee1');
  });

  it('strips scripts and event attributes from a hostile icon', () => {
    const evil: IconLookup = () =>
      `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 48 48" onload="alert(1)"><script>alert(2)</script><path d="M0 0h4" onclick="x()" fill="url(javascript:alert(3))"/><foreignObject><div>hi</div></foreignObject><a href="javascript:alert(4)"><path d="M1 1"/></a></svg>`;
    const plain: Diagram = { ...diagram, title: 'plain', nodes: diagram.nodes.map((n) => ({ ...n, label: 'plain' })), edges: [] };
    const out = svgExport(plain, [], evil).svg;
    const elements = parseXml(out);
    expect(out).not.toMatch(/alert|onload|onclick|foreignObject|javascript/i);
    expect(elements.filter((e) => e.name === 'symbol')).toHaveLength(3);
  });

  it('still draws a diagram without nodes, as a valid file', () => {
    const empty = svgExport({ format: 'ramparts-diagram', version: 1, nodes: [], edges: [] }, [], icons);
    expect(parseXml(empty.svg)[0]!.name).toBe('svg');
    expect(empty.svg).toContain('Untitled diagram');
  });
});

describe('wrap', () => {
  it('keeps short labels on one line, wraps long ones to two and ends what does not fit with an ellipsis', () => {
    expect(wrap('Orders DB', 112, 12, estimateText)).toEqual(['Orders DB']);
    expect(wrap('Primary orders database', 112, 12, estimateText)).toEqual(['Primary orders', 'database']);
    const long = wrap('A very long label that goes on and on and on and on', 112, 12, estimateText);
    expect(long).toHaveLength(2);
    expect(long[1]!.endsWith('…')).toBe(true);
    for (const line of long) expect(estimateText(line, 12, false)).toBeLessThanOrEqual(112);
    const word = wrap('x'.repeat(60), 112, 12, estimateText);
    expect(word).toHaveLength(2);
    expect(word[1]!.endsWith('…')).toBe(true);
  });
});
