/**
 * The icons' SVG source, for the SVG and PNG exports, which inline them as
 * vector shapes. They are the very files the canvas shows (app/canvas/icons.ts
 * gives their URLs), read from the app's own origin once, on the first
 * export; svgExport sanitises them before they go into a file.
 */
import { NODE_TYPES, type NodeType } from '../../src/catalog/kinds';
import type { IconLookup } from '../../src/export/svgExport';
import { iconUrl } from '../canvas/icons';

const sources = new Map<string, string>();

const urlOf = (type: NodeType, variant?: 'public') => iconUrl(type, variant);

/** Reads every icon once (the browser has most of them cached from the canvas already). */
export async function loadIconSources(): Promise<void> {
  const urls = new Set<string>([...NODE_TYPES.map((type) => urlOf(type)), urlOf('subnet', 'public')]);
  await Promise.all(
    [...urls].filter((url) => !sources.has(url)).map(async (url) => {
      sources.set(url, await readText(url));
    }),
  );
}

/**
 * Vite inlines the small icons as data: URLs, which the CSP's connect-src
 * rightly refuses to fetch; they hold their text already, so decode them.
 */
async function readText(url: string): Promise<string> {
  if (url.startsWith('data:')) {
    const comma = url.indexOf(',');
    const meta = url.slice(5, comma);
    const body = url.slice(comma + 1);
    return meta.endsWith(';base64') ? new TextDecoder().decode(Uint8Array.from(atob(body), (c) => c.charCodeAt(0))) : decodeURIComponent(body);
  }
  const response = await fetch(url);
  if (!response.ok) throw new Error(`icon ${url} could not be read (${response.status})`);
  return response.text();
}

export const iconSource: IconLookup = (type, variant) => sources.get(urlOf(type, variant));
