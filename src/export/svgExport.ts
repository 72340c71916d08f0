/**
 * The diagram as a standalone vector drawing, for design documents: VPCs
 * and subnets as labelled AWS-style regions, resources as their AWS icons
 * (inlined once as <symbol>s) with their labels as <text>, edges as lines
 * with arrowheads in their kind's colour and dash, finding badges, and a
 * band at the bottom with the title and a legend. PNG export rasterises this
 * same drawing, so the two always agree. Everything from the diagram is
 * escaped; the only markup from outside is the icons, which pass through
 * sanitizeIcon. Geometry follows the editor: RESOURCE_SIZE boxes, absolute
 * positions, floating edges that end on the icon's border.
 */
import { EDGE_CATALOG } from '../catalog/edgeCatalog';
import { EDGE_KINDS, type EdgeKind, type NodeType } from '../catalog/kinds';
import { NODE_CATALOG } from '../catalog/nodeCatalog';
import { nodeProps } from '../catalog/resolveProps';
import { absoluteRect, boundsOf, depthOf, isContainerType, lookupOf, type Rect } from '../model/geometry';
import type { Diagram, DiagramEdge, DiagramNode } from '../model/types';
import { containerSubtitle, edgeCaption } from '../model/captions';
import { edgeEnds, inkBox } from '../model/edgeGeometry';
import { RULES } from '../rules/registry';
import type { Finding, Severity } from '../rules/types';
import { targetId } from '../rules/types';
import {
  EDGE_ALERT_COLOR,
  EDGE_COLOR,
  EDGE_STROKE,
  estimateText,
  FONT_FAMILY,
  GROUP_COLOR,
  SEVERITY_COLOR,
  SUPPRESSED_COLOR,
  TEXT_COLOR,
  type MeasureText,
} from './exportLook';
import { sanitizeIcon } from './sanitizeIcon';

/** The raw SVG file of a node type's icon (a public subnet has its own), or undefined. */
export type IconLookup = (type: NodeType, variant: 'public' | undefined) => string | undefined;

export interface SvgExportOptions {
  readonly background?: 'white' | 'transparent';
  /** Multiplies the width and height attributes (not the drawing): PNG export renders at 2x this way. */
  readonly scale?: number;
  readonly measure?: MeasureText;
}

export interface SvgDrawing {
  readonly svg: string;
  /** Size in CSS px at scale 1, band included. */
  readonly width: number;
  readonly height: number;
  /** The nodes' bounding box in diagram coordinates. */
  readonly bounds: Rect;
  /** Height of the title and legend band under the diagram. */
  readonly band: number;
  /** The same drawing with its width and height attributes set to a pixel size (for rasterising), without drawing it again. */
  readonly sizedTo: (pixelWidth: number, pixelHeight: number) => string;
}

/** Margin around the diagram's bounding box. */
export const EXPORT_PADDING = 32;
const MIN_WIDTH = 360;

export function svgExport(diagram: Diagram, findings: readonly Finding[], icon: IconLookup, options: SvgExportOptions = {}): SvgDrawing {
  const measure = options.measure ?? estimateText;
  const lookup = lookupOf(diagram);
  const rects = new Map(diagram.nodes.map((n) => [n.id, absoluteRect(n, lookup)]));
  const bounds = boundsOf([...rects.values()]);
  const width = Math.max(MIN_WIDTH, Math.ceil(bounds.width + 2 * EXPORT_PADDING));
  const ox = EXPORT_PADDING - bounds.x + (width - Math.ceil(bounds.width + 2 * EXPORT_PADDING)) / 2;
  const oy = EXPORT_PADDING - bounds.y;
  const diagramHeight = Math.ceil(bounds.height + 2 * EXPORT_PADDING);
  const groups = groupFindings(findings);
  const kindsUsed = EDGE_KINDS.filter((k) => diagram.edges.some((e) => e.kind === k));
  const legend = legendBand(diagram.title ?? 'Untitled diagram', findings, kindsUsed, width, measure);
  const height = diagramHeight + legend.height;
  const scale = options.scale ?? 1;

  const symbols = new Map<string, string>();
  const iconRef = (type: NodeType, variant: 'public' | undefined): string | undefined => {
    const id = `rp-icon-${type}${variant === 'public' ? '-public' : ''}`;
    if (!symbols.has(id)) {
      const raw = icon(type, variant);
      const clean = raw === undefined ? undefined : sanitizeIcon(raw);
      symbols.set(id, clean === undefined ? '' : `<symbol id="${id}" viewBox="${clean.viewBox}">${clean.body}</symbol>`);
    }
    return symbols.get(id) === '' ? undefined : id;
  };

  const containers = diagram.nodes.filter((n) => isContainerType(n.type)).sort((a, b) => depthOf(a, lookup) - depthOf(b, lookup));
  const resources = diagram.nodes.filter((n) => !isContainerType(n.type));
  const body: string[] = [];
  for (const n of containers) body.push(containerMarkup(n, rects.get(n.id)!, groups.get(n.id), iconRef, measure));
  const edgeParts = diagram.edges.map((e) => edgeMarkup(e, rects, lookup, groups.get(e.id), measure));
  for (const p of edgeParts) body.push(p.line);
  for (const n of resources) body.push(resourceMarkup(n, rects.get(n.id)!, groups.get(n.id), iconRef, measure));
  for (const p of edgeParts) body.push(p.label);

  const markers = new Set<string>();
  for (const e of diagram.edges) markers.add(markerFor(e.kind, groups.get(e.id)?.severity === 'error'));
  for (const k of kindsUsed) markers.add(markerFor(k, false));

  const title = esc(diagram.title ?? 'Untitled diagram');
  const root = (w: number, h: number) =>
    `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="${num(w)}" height="${num(h)}" viewBox="0 0 ${width} ${height}" role="img" aria-label="${title}" font-family="${esc(FONT_FAMILY)}">`;
  const rest = [
    `<title>${title}</title>`,
    `<defs>`,
    ...[...symbols.values()].filter((s) => s !== ''),
    ...[...markers].map(markerDef),
    `</defs>`,
    options.background === 'transparent' ? '' : `<rect width="${width}" height="${height}" fill="#ffffff"/>`,
    `<g transform="translate(${num(ox)} ${num(oy)})">`,
    ...body,
    `</g>`,
    `<g transform="translate(0 ${diagramHeight})">`,
    legend.markup,
    `</g>`,
    `</svg>`,
  ]
    .filter((l) => l !== '')
    .join('\n');
  const sizedTo = (w: number, h: number) => `<?xml version="1.0" encoding="UTF-8"?>\n${root(w, h)}\n${rest}\n`;
  return { svg: sizedTo(width * scale, height * scale), width, height, bounds, band: legend.height, sizedTo };
}

// ---------------------------------------------------------------- findings

interface Badge {
  /** Highest unsuppressed severity, or the first finding's when all are suppressed. */
  readonly severity: Severity;
  readonly count: number;
  readonly suppressedOnly: boolean;
}

const RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** The badge each node and edge shows: as FindingBadge does on the canvas. */
function groupFindings(findings: readonly Finding[]): Map<string, Badge> {
  const lists = new Map<string, Finding[]>();
  for (const f of findings) {
    if (f.target.kind === 'diagram') continue;
    const id = targetId(f.target);
    const list = lists.get(id) ?? [];
    list.push(f);
    lists.set(id, list);
  }
  const out = new Map<string, Badge>();
  for (const [id, list] of lists) {
    const active = list.filter((f) => !f.suppressed);
    if (active.length === 0) {
      out.set(id, { severity: list[0]!.severity, count: list.length, suppressedOnly: true });
      continue;
    }
    const severity = active.reduce<Severity>((s, f) => (RANK[f.severity] < RANK[s] ? f.severity : s), 'info');
    out.set(id, { severity, count: active.length, suppressedOnly: false });
  }
  return out;
}

/** The severity symbol of app/findings/SeverityIcon.tsx, size px square at (x, y). */
function severityIcon(severity: Severity, color: string, x: number, y: number, size: number): string {
  const k = size / 12;
  const t = `transform="translate(${num(x)} ${num(y)}) scale(${num(k)})"`;
  if (severity === 'error') {
    return `<g ${t}><circle cx="6" cy="6" r="5.5" fill="${color}"/><path d="M6 3v3.6M6 8.4v.1" stroke="#fff" stroke-width="1.6" stroke-linecap="round"/></g>`;
  }
  if (severity === 'warning') {
    return `<g ${t}><path d="M6 .8 11.5 11H.5z" fill="${color}"/><path d="M6 4.4v3M6 9.1v.1" stroke="#fff" stroke-width="1.5" stroke-linecap="round"/></g>`;
  }
  return `<g ${t}><circle cx="6" cy="6" r="5.2" fill="#fff" stroke="${color}" stroke-width="1.3"/><path d="M6 5.4v3.2M6 3.4v.1" stroke="${color}" stroke-width="1.5" stroke-linecap="round"/></g>`;
}

function badgeWidth(badge: Badge, measure: MeasureText): number {
  return Math.ceil(3 + 11 + 2 + measure(String(badge.count), 11, true) + 5);
}

/** A pill with the severity symbol and the count, top-left at (x, y). */
function badgeMarkup(badge: Badge, x: number, y: number, measure: MeasureText, height = 18): string {
  const color = badge.suppressedOnly ? SUPPRESSED_COLOR : SEVERITY_COLOR[badge.severity];
  const w = badgeWidth(badge, measure);
  const text = String(badge.count);
  const tx = x + 3 + 11 + 2;
  const baseline = y + height / 2 + 4;
  const strike = badge.suppressedOnly ? `<line x1="${num(tx)}" y1="${num(baseline - 3.5)}" x2="${num(tx + measure(text, 11, false))}" y2="${num(baseline - 3.5)}" stroke="${color}" stroke-width="1"/>` : '';
  return (
    `<g class="finding-badge" data-severity="${badge.severity}"${badge.suppressedOnly ? ' data-suppressed="true"' : ''}>` +
    `<rect x="${num(x + 0.75)}" y="${num(y + 0.75)}" width="${num(w - 1.5)}" height="${num(height - 1.5)}" rx="${num((height - 1.5) / 2)}" fill="#ffffff" stroke="${color}" stroke-width="1.5"/>` +
    severityIcon(badge.severity, color, x + 3, y + (height - 11) / 2, 11) +
    `<text x="${num(tx)}" y="${num(baseline)}" font-size="11" font-weight="${badge.suppressedOnly ? 500 : 700}" fill="${color}">${text}</text>${strike}</g>`
  );
}

// ---------------------------------------------------------------- nodes

function containerMarkup(node: DiagramNode, r: Rect, badge: Badge | undefined, iconRef: (t: NodeType, v: 'public' | undefined) => string | undefined, measure: MeasureText): string {
  const isPublic = node.type === 'subnet' && nodeProps(node as DiagramNode & { type: 'subnet' }).public;
  const look = node.type === 'vpc' ? GROUP_COLOR.vpc : isPublic ? GROUP_COLOR.public : GROUP_COLOR.private;
  const label = node.label ?? NODE_CATALOG[node.type].displayName;
  const subtitle = containerSubtitle(node);
  const kind = node.type === 'vpc' ? 'VPC' : isPublic ? 'Public subnet' : 'Private subnet';
  const badgeW = badge === undefined ? 0 : badgeWidth(badge, measure) + 6;
  const textX = r.x + 12 + 28 + 8;
  const textRoom = Math.max(0, r.x + r.width - 12 - badgeW - textX);
  const id = iconRef(node.type, isPublic ? 'public' : undefined);
  const parts = [
    `<g class="node container" data-id="${esc(node.id)}" data-type="${node.type}">`,
    `<rect x="${num(r.x + 1)}" y="${num(r.y + 1)}" width="${num(Math.max(0, r.width - 2))}" height="${num(Math.max(0, r.height - 2))}" rx="2" fill="${look.fill}" stroke="${look.stroke}" stroke-width="2"/>`,
  ];
  if (badge?.severity === 'error' && !badge.suppressedOnly) {
    parts.push(`<rect x="${num(r.x + 2.5)}" y="${num(r.y + 2.5)}" width="${num(Math.max(0, r.width - 5))}" height="${num(Math.max(0, r.height - 5))}" fill="none" stroke="${SEVERITY_COLOR.error}" stroke-width="1"/>`);
  }
  if (id !== undefined) parts.push(useIcon(id, r.x + 12, r.y + 8, 28));
  parts.push(`<title>${esc(`${kind}: ${label}`)}</title>`);
  parts.push(`<text class="label" x="${num(textX)}" y="${num(r.y + 22)}" font-size="13" font-weight="600" fill="${TEXT_COLOR.strong}">${esc(fit(label, textRoom, 13, true, measure))}</text>`);
  parts.push(`<text x="${num(textX)}" y="${num(r.y + 37)}" font-size="11" fill="${TEXT_COLOR.muted}">${esc(fit(subtitle, textRoom, 11, false, measure))}</text>`);
  if (badge !== undefined) parts.push(badgeMarkup(badge, r.x + r.width - 12 - badgeWidth(badge, measure), r.y + 13, measure));
  parts.push(`</g>`);
  return parts.join('');
}

const LABEL_WIDTH = 112;

function resourceMarkup(node: DiagramNode, r: Rect, badge: Badge | undefined, iconRef: (t: NodeType, v: 'public' | undefined) => string | undefined, measure: MeasureText): string {
  const def = NODE_CATALOG[node.type];
  const label = node.label ?? def.displayName;
  const cx = r.x + r.width / 2;
  const parts = [`<g class="node resource" data-id="${esc(node.id)}" data-type="${node.type}">`, `<title>${esc(`${def.displayName}: ${label}`)}</title>`];
  if (badge !== undefined && !badge.suppressedOnly && badge.severity !== 'info') {
    parts.push(`<rect x="${num(r.x + 1)}" y="${num(r.y + 1)}" width="${num(r.width - 2)}" height="${num(r.height - 2)}" rx="6" fill="none" stroke="${SEVERITY_COLOR[badge.severity]}" stroke-width="2"/>`);
  }
  const id = iconRef(node.type, undefined);
  if (id !== undefined) parts.push(useIcon(id, cx - 24, r.y + 4, 48));
  const lines = wrap(label, LABEL_WIDTH, 12, measure);
  lines.forEach((line, i) => {
    parts.push(
      `<text class="label" x="${num(cx)}" y="${num(r.y + 68 + i * 15)}" font-size="12" text-anchor="middle" fill="${TEXT_COLOR.body}" stroke="#ffffff" stroke-width="3" stroke-linejoin="round" paint-order="stroke">${esc(line)}</text>`,
    );
  });
  if (badge !== undefined) parts.push(badgeMarkup(badge, r.x + r.width - 4 - badgeWidth(badge, measure), r.y, measure));
  parts.push(`</g>`);
  return parts.join('');
}

function useIcon(id: string, x: number, y: number, size: number): string {
  return `<use href="#${id}" xlink:href="#${id}" x="${num(x)}" y="${num(y)}" width="${size}" height="${size}"/>`;
}

// ---------------------------------------------------------------- edges

function markerFor(kind: EdgeKind, alert: boolean): string {
  return alert ? `rp-arrow-${kind}-alert` : `rp-arrow-${kind}`;
}

function markerDef(id: string): string {
  const kind = id.replace(/^rp-arrow-/, '').replace(/-alert$/, '') as EdgeKind;
  const color = id.endsWith('-alert') ? EDGE_ALERT_COLOR : EDGE_COLOR[kind];
  return `<marker id="${id}" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse"><path d="M 0 0 L 10 5 L 0 10 z" fill="${color}"/></marker>`;
}

const LOCK = 'M4 7V5a4 4 0 1 1 8 0v2h1v8H3V7h1zm2 0h4V5a2 2 0 1 0-4 0v2z';

function edgeMarkup(edge: DiagramEdge, rects: ReadonlyMap<string, Rect>, lookup: (id: string) => DiagramNode | undefined, badge: Badge | undefined, measure: MeasureText): { line: string; label: string } {
  const s = lookup(edge.source);
  const t = lookup(edge.target);
  if (s === undefined || t === undefined) return { line: '', label: '' };
  const ends = edgeEnds(inkBox(rects.get(s.id)!, !isContainerType(s.type)), inkBox(rects.get(t.id)!, !isContainerType(t.type)));
  const a = { x: ends.sx, y: ends.sy };
  const b = { x: ends.tx, y: ends.ty };
  const alert = badge !== undefined && !badge.suppressedOnly && badge.severity === 'error';
  const color = alert ? EDGE_ALERT_COLOR : EDGE_COLOR[edge.kind];
  const stroke = EDGE_STROKE[edge.kind];
  const dash = stroke.dash === undefined ? '' : ` stroke-dasharray="${stroke.dash}"`;
  const line =
    `<path class="edge" data-id="${esc(edge.id)}" data-kind="${edge.kind}" d="M ${num(a.x)} ${num(a.y)} L ${num(b.x)} ${num(b.y)}" fill="none" stroke="${color}" stroke-width="${stroke.width}"${dash} marker-end="url(#${markerFor(edge.kind, alert)})"/>`;

  const { text, locked } = edgeCaption(edge);
  const textW = measure(text, 11, false);
  const badgeW = badge === undefined ? 0 : badgeWidth(badge, measure);
  const inner = (locked ? 13 : 0) + textW + (badge === undefined ? 0 : 5 + badgeW);
  const w = Math.ceil(inner + 14);
  const h = 18;
  const mx = (a.x + b.x) / 2;
  const my = (a.y + b.y) / 2;
  const x0 = mx - w / 2;
  const y0 = my - h / 2;
  let cursor = x0 + 7;
  const parts = [
    `<g class="edge-label" data-id="${esc(edge.id)}">`,
    `<rect x="${num(x0 + 0.5)}" y="${num(y0 + 0.5)}" width="${w - 1}" height="${h - 1}" rx="${(h - 1) / 2}" fill="#ffffff" stroke="${EDGE_COLOR[edge.kind]}" stroke-width="1"/>`,
  ];
  if (locked) {
    parts.push(`<path d="${LOCK}" transform="translate(${num(cursor)} ${num(my - 5)}) scale(0.625)" fill="${TEXT_COLOR.body}"><title>encrypted</title></path>`);
    cursor += 13;
  }
  parts.push(`<text x="${num(cursor)}" y="${num(my + 4)}" font-size="11" fill="${TEXT_COLOR.body}">${esc(text)}</text>`);
  cursor += textW + 5;
  if (badge !== undefined) parts.push(badgeMarkup(badge, cursor, my - 8, measure, 16));
  parts.push(`</g>`);
  return { line, label: parts.join('') };
}

// ---------------------------------------------------------------- legend

function legendBand(title: string, findings: readonly Finding[], kinds: readonly EdgeKind[], width: number, measure: MeasureText): { markup: string; height: number } {
  const left = EXPORT_PADDING;
  const right = width - EXPORT_PADDING;
  const parts: string[] = [`<line x1="${left}" y1="0.5" x2="${right}" y2="0.5" stroke="#e2e8f0" stroke-width="1"/>`];
  const credit = 'Ramparts';
  const creditW = measure(credit, 11, false);
  parts.push(`<text class="title" x="${left}" y="30" font-size="16" font-weight="600" fill="${TEXT_COLOR.strong}">${esc(fit(title, right - left - creditW - 16, 16, true, measure))}</text>`);
  parts.push(`<text x="${num(right)}" y="30" font-size="11" text-anchor="end" fill="#94a3b8">${credit}</text>`);

  const count = { error: 0, warning: 0, info: 0, suppressed: 0 };
  for (const f of findings) {
    if (f.suppressed) count.suppressed++;
    else count[f.severity]++;
  }
  const items: { width: number; draw: (x: number, y: number) => string }[] = [];
  const textItem = (text: string, before: number, draw: (x: number, y: number) => string, color: string = TEXT_COLOR.body) => {
    const w = before + measure(text, 12, false);
    items.push({ width: w, draw: (x, y) => `${draw(x, y)}<text x="${num(x + before)}" y="${num(y + 4)}" font-size="12" fill="${color}">${esc(text)}</text>` });
  };
  if (findings.length === 0) {
    textItem(`No findings: passes all ${RULES.length} checks`, 0, () => '');
  } else {
    const sev: [Severity, number, string][] = [
      ['error', count.error, count.error === 1 ? 'error' : 'errors'],
      ['warning', count.warning, count.warning === 1 ? 'warning' : 'warnings'],
      ['info', count.info, 'info'],
    ];
    for (const [s, n, word] of sev) textItem(`${n} ${word}`, 16, (x, y) => severityIcon(s, SEVERITY_COLOR[s], x, y - 6, 12));
    if (count.suppressed > 0) textItem(`${count.suppressed} accepted ${count.suppressed === 1 ? 'risk' : 'risks'}`, 16, (x, y) => severityIcon('info', SUPPRESSED_COLOR, x, y - 6, 12), TEXT_COLOR.muted);
  }
  const severityItems = items.length;
  for (const k of kinds) {
    const stroke = EDGE_STROKE[k];
    const dash = stroke.dash === undefined ? '' : ` stroke-dasharray="${stroke.dash}"`;
    textItem(EDGE_CATALOG[k].displayName, 34, (x, y) => `<path d="M ${num(x)} ${num(y)} L ${num(x + 26)} ${num(y)}" stroke="${EDGE_COLOR[k]}" stroke-width="${stroke.width}"${dash} marker-end="url(#${markerFor(k, false)})"/>`);
  }

  // Lay the items out in rows that fit the width; edge kinds start after a wider gap.
  let x = left;
  let y = 56;
  items.forEach((item, i) => {
    const gap = i === severityItems && i > 0 ? 28 : 18;
    if (i > 0 && x + gap + item.width > right) {
      x = left;
      y += 22;
    } else if (i > 0) {
      x += gap;
    }
    parts.push(item.draw(x, y));
    x += item.width;
  });
  return { markup: `<g class="legend">${parts.join('')}</g>`, height: y + 22 };
}

// ---------------------------------------------------------------- text

/** Up to `maxLines` lines within `width`, breaking at spaces (or inside a word too long for a line); what does not fit ends in an ellipsis. */
export function wrap(text: string, width: number, size: number, measure: MeasureText, maxLines = 2): string[] {
  const words = text.trim().split(/\s+/).filter((w) => w !== '');
  const lines: string[] = [];
  let current = '';
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    const candidate = current === '' ? word : `${current} ${word}`;
    if (measure(candidate, size, false) <= width) {
      current = candidate;
      continue;
    }
    if (lines.length === maxLines - 1) {
      lines.push(fit([current, ...words.slice(i)].filter((w) => w !== '').join(' '), width, size, false, measure));
      return lines;
    }
    if (current !== '') {
      lines.push(current);
      current = '';
      i--;
      continue;
    }
    const chars = [...word];
    let n = 1;
    while (n < chars.length && measure(chars.slice(0, n + 1).join(''), size, false) <= width) n++;
    lines.push(chars.slice(0, n).join(''));
    words[i] = chars.slice(n).join('');
    i--;
  }
  if (current !== '') lines.push(current);
  return lines;
}

/** The text, shortened with an ellipsis to fit `width`. */
export function fit(text: string, width: number, size: number, bold: boolean, measure: MeasureText): string {
  if (measure(text, size, bold) <= width) return text;
  const chars = [...text];
  while (chars.length > 0 && measure(`${chars.join('')}…`, size, bold) > width) chars.pop();
  return `${chars.join('').trimEnd()}…`;
}

/**
 * Text for XML content and attributes: the five special characters escaped,
 * and characters XML 1.0 does not allow (control characters, lone
 * surrogates, U+FFFE/U+FFFF) replaced, so the file always parses.
 */
export function esc(text: string): string {
  return text
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '\ufffd')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

function num(n: number): string {
  return String(Math.round(n * 100) / 100);
}
