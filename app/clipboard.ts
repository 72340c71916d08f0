/**
 * Copy and paste through the system clipboard (so it works between tabs and
 * windows) using the copy/paste events the browser fires for Ctrl/Cmd+C/V:
 * they need no permission prompt, unlike navigator.clipboard. The payload is
 * a small JSON envelope; pasted text is parsed as untrusted input.
 */
import type { Fragment } from '../src/model/structureEdits';
import { isPlainObject } from '../src/model/guards';
import { readDiagram } from '../src/format/readDiagram';
import { canonicalDiagram } from '../src/format/writeDiagram';

const MARK = 'ramparts-fragment';

export function fragmentToText(fragment: Fragment): string {
  // Serialise as a canonical diagram so defaults drop and keys keep their order.
  const doc = canonicalDiagram({ format: 'ramparts-diagram', version: 1, nodes: fragment.nodes, edges: fragment.edges });
  return JSON.stringify({ [MARK]: 1, nodes: doc['nodes'], edges: doc['edges'], anchors: fragment.anchors ?? {} });
}

/** A fragment from clipboard text, or undefined when the text is not one (or does not read). */
export function fragmentFromText(text: string): Fragment | undefined {
  if (text.length > 5 * 1024 * 1024 || !text.includes(MARK)) return undefined;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (!isPlainObject(value) || value[MARK] !== 1) return undefined;
  const read = readDiagram({ format: 'ramparts-diagram', version: 1, nodes: value['nodes'], edges: value['edges'] });
  if (!read.ok) return undefined;
  const anchors: Record<string, string> = {};
  const rawAnchors = value['anchors'];
  if (isPlainObject(rawAnchors)) {
    for (const node of read.diagram.nodes) {
      const anchor = Object.hasOwn(rawAnchors, node.id) ? rawAnchors[node.id] : undefined;
      if (typeof anchor === 'string') anchors[node.id] = anchor;
    }
  }
  return { nodes: read.diagram.nodes, edges: read.diagram.edges, anchors };
}
