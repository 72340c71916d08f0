/**
 * An icon's SVG file reduced to plain shapes, for inlining in an exported
 * SVG. The icons come from the aws-icons package, but an exported file is
 * opened by other tools, so nothing passes through as text: the file is
 * tokenised and only allow-listed shape elements with allow-listed
 * presentation attributes (values without url() or entities) are written
 * back, escaped. Scripts, styles, foreignObject, links, event attributes,
 * titles and text are dropped with their content.
 */
export interface SanitizedIcon {
  readonly viewBox: string;
  /** Shape markup to put inside a <symbol> or <svg>. */
  readonly body: string;
}

const ELEMENTS: ReadonlySet<string> = new Set(['g', 'path', 'circle', 'ellipse', 'rect', 'line', 'polyline', 'polygon']);
const ATTRIBUTES: ReadonlySet<string> = new Set([
  'd', 'fill', 'fill-rule', 'clip-rule', 'fill-opacity', 'stroke', 'stroke-width', 'stroke-linecap', 'stroke-linejoin',
  'stroke-miterlimit', 'stroke-opacity', 'stroke-dasharray', 'opacity', 'transform',
  'cx', 'cy', 'r', 'rx', 'ry', 'x', 'y', 'width', 'height', 'x1', 'y1', 'x2', 'y2', 'points',
]);
/** Path data, numbers, colours, keywords and transform lists; no url(), quotes, entities or angle brackets. */
const SAFE_VALUE = /^[-\w\s.,#%()+]*$/;
const VIEWBOX = /^\s*-?[\d.]+(?:[\s,]+-?[\d.]+){3}\s*$/;

const TOKEN = /<!--[\s\S]*?-->|<!\[CDATA\[[\s\S]*?\]\]>|<[?!][^>]*>|<(\/?)([A-Za-z][\w:.-]*)((?:\s+[^\s=/>]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'>]+))?)*)\s*(\/?)>/g;
const ATTRIBUTE = /([^\s=/>]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+)))?/g;

function attributesOf(source: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of source.matchAll(ATTRIBUTE)) out.set(m[1]!.toLowerCase(), m[2] ?? m[3] ?? m[4] ?? '');
  return out;
}

function escapeAttribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** Undefined when the text has no <svg> root with a plain numeric viewBox. */
export function sanitizeIcon(svgText: string): SanitizedIcon | undefined {
  let viewBox: string | undefined;
  const out: string[] = [];
  const open: string[] = [];
  /** Depth inside a dropped element (script, title, foreignObject...); everything in it is dropped too. */
  let skipping = 0;
  let inRoot = false;
  for (const m of svgText.matchAll(TOKEN)) {
    const name = m[2]?.toLowerCase();
    if (name === undefined) continue; // comment, CDATA, doctype or processing instruction
    const closing = m[1] === '/';
    const selfClosing = m[4] === '/';
    if (skipping > 0) {
      if (closing) skipping--;
      else if (!selfClosing) skipping++;
      continue;
    }
    if (name === 'svg') {
      if (!closing && !inRoot) {
        inRoot = true;
        const vb = attributesOf(m[3] ?? '').get('viewbox');
        if (vb !== undefined && VIEWBOX.test(vb)) viewBox = vb.trim().replace(/[\s,]+/g, ' ');
      }
      continue;
    }
    if (!inRoot) continue;
    if (!ELEMENTS.has(name)) {
      if (!closing && !selfClosing) skipping = 1;
      continue;
    }
    if (closing) {
      if (open[open.length - 1] === name) {
        open.pop();
        out.push(`</${name}>`);
      }
      continue;
    }
    const kept: string[] = [];
    for (const [key, value] of attributesOf(m[3] ?? '')) {
      if (!ATTRIBUTES.has(key) || !SAFE_VALUE.test(value) || /url\s*\(/i.test(value)) continue;
      kept.push(` ${key}="${escapeAttribute(value)}"`);
    }
    if (selfClosing) out.push(`<${name}${kept.join('')}/>`);
    else {
      open.push(name);
      out.push(`<${name}${kept.join('')}>`);
    }
  }
  while (open.length > 0) out.push(`</${open.pop()!}>`);
  if (viewBox === undefined) return undefined;
  return { viewBox, body: out.join('') };
}
