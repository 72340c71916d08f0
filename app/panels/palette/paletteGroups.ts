/**
 * What the palette lists: the catalog's node types grouped by category (in
 * CATEGORIES order, catalog order within a group), narrowed by the search
 * query. The catalog is the only list of types; this only arranges it.
 */
import { CATEGORIES, NODE_TYPES, type Category, type NodeType } from '../../../src/catalog/kinds';
import { NODE_CATALOG } from '../../../src/catalog/nodeCatalog';

export interface PaletteGroup {
  readonly category: Category;
  readonly label: string;
  readonly types: readonly NodeType[];
}

/** "network" -> "Network": categories are ids in the catalog. */
export function categoryLabel(category: Category): string {
  return category.charAt(0).toUpperCase() + category.slice(1);
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * True when the query (trimmed, case-insensitive) occurs in the display name
 * or the type id, or starts a word of the description ("rds" finds the RDS
 * database, not the bastion that "forwards" SSH).
 */
export function matchesQuery(type: NodeType, query: string): boolean {
  const q = query.trim().toLowerCase();
  if (q === '') return true;
  const def = NODE_CATALOG[type];
  if (def.displayName.toLowerCase().includes(q) || type.includes(q)) return true;
  return new RegExp(`(^|[^a-z0-9])${escapeRegExp(q)}`, 'i').test(def.description);
}

/** The groups with at least one type matching the query. */
export function paletteGroups(query: string): PaletteGroup[] {
  return CATEGORIES.map((category) => ({
    category,
    label: categoryLabel(category),
    types: NODE_TYPES.filter((t) => NODE_CATALOG[t].category === category && matchesQuery(t, query)),
  })).filter((g) => g.types.length > 0);
}

/** The display name split around the first occurrence of the query, for highlighting it. */
export function splitOnMatch(text: string, query: string): readonly [string, string, string] {
  const q = query.trim().toLowerCase();
  const at = q === '' ? -1 : text.toLowerCase().indexOf(q);
  if (at < 0) return [text, '', ''];
  return [text.slice(0, at), text.slice(at, at + q.length), text.slice(at + q.length)];
}
