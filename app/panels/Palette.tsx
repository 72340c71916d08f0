/**
 * The shape library on the left: the catalog's node types by category, with
 * a search box. Drag an item onto the canvas, or focus it and press Enter
 * (double-click, "+") to add it inside the selected container or at the
 * centre of the view. Hidden when the diagram is open read-only.
 */
import { useCallback, useMemo, useRef, useState, type FocusEvent, type KeyboardEvent } from 'react';
import { isNodeType, type Category, type NodeType } from '../../src/catalog/kinds';
import { useEditor } from '../store/editorStore';
import { groupKey, PaletteGroup } from './palette/PaletteGroup';
import { paletteGroups } from './palette/paletteGroups';
import { PaletteSearch } from './palette/PaletteSearch';
import { treeMove, type TreeRow } from './palette/treeKeys';
import { usePlaceFromPalette } from './palette/usePlaceFromPalette';

export function Palette() {
  const readOnly = useEditor((s) => s.readOnly);
  return readOnly ? null : <PaletteBody />;
}

const NAVIGATION_KEYS: ReadonlySet<string> = new Set(['ArrowUp', 'ArrowDown', 'ArrowLeft', 'ArrowRight', 'Home', 'End']);

function keyOf(target: EventTarget): string | undefined {
  return target instanceof Element ? (target.closest('[data-key]')?.getAttribute('data-key') ?? undefined) : undefined;
}

function PaletteBody() {
  const [query, setQuery] = useState('');
  const [collapsed, setCollapsed] = useState<ReadonlySet<Category>>(() => new Set());
  const [active, setActive] = useState<string | undefined>();
  const search = useRef<HTMLInputElement>(null);
  const tree = useRef<HTMLUListElement>(null);
  const place = usePlaceFromPalette();

  const searching = query.trim() !== '';
  const groups = useMemo(() => paletteGroups(query), [query]);
  const isExpanded = useCallback((c: Category) => searching || !collapsed.has(c), [searching, collapsed]);
  const rows = useMemo<TreeRow[]>(
    () =>
      groups.flatMap((g) => {
        const key = groupKey(g.category);
        const header: TreeRow = { key, expanded: isExpanded(g.category), parent: undefined };
        return isExpanded(g.category) ? [header, ...g.types.map((t) => ({ key: t, expanded: undefined, parent: key }))] : [header];
      }),
    [groups, isExpanded],
  );
  // One tab stop: the row last focused, else the first resource, else the first header.
  const tabbableKey =
    active !== undefined && rows.some((r) => r.key === active) ? active : (rows.find((r) => r.parent !== undefined) ?? rows[0])?.key;

  const focusKey = useCallback((key: string | undefined) => {
    if (key === undefined) return;
    const row = tree.current?.querySelector<HTMLElement>(`[data-key="${CSS.escape(key)}"]`);
    row?.focus();
  }, []);

  const toggle = useCallback(
    (category: Category) => {
      if (searching) return; // Every group with a match stays open while searching.
      setCollapsed((prev) => {
        const next = new Set(prev);
        if (!next.delete(category)) next.add(category);
        return next;
      });
    },
    [searching],
  );

  const onPlace = useCallback((type: NodeType) => void place(type), [place]);

  const onTreeKeyDown = (event: KeyboardEvent<HTMLUListElement>) => {
    const key = keyOf(event.target);
    if (key === undefined || event.altKey || event.ctrlKey || event.metaKey) return;
    // Keys handled here stop at the palette: the canvas shortcuts (arrows nudge the selection) must not see them.
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      event.stopPropagation();
      if (isNodeType(key)) onPlace(key);
      else toggle(key.slice(1) as Category);
      return;
    }
    if (event.key.length === 1 && /\S/.test(event.key) && event.key !== '?') {
      // Typing in the list searches.
      event.preventDefault();
      event.stopPropagation();
      setQuery((q) => q + event.key);
      search.current?.focus();
      return;
    }
    if (!NAVIGATION_KEYS.has(event.key)) return;
    event.preventDefault();
    event.stopPropagation();
    const move = treeMove(rows, key, event.key);
    if (move === undefined) return;
    if (move.kind === 'focus') focusKey(move.key);
    else if (move.kind === 'leave-top') search.current?.focus();
    else if (move.kind === 'expand' || move.kind === 'collapse') toggle(move.key.slice(1) as Category);
  };

  const onTreeFocus = (event: FocusEvent<HTMLUListElement>) => {
    const key = keyOf(event.target);
    if (key !== undefined) setActive(key);
  };

  const firstMatch = groups[0]?.types[0];

  return (
    <aside
      aria-label="Palette"
      data-testid="palette"
      className="flex w-60 shrink-0 flex-col border-r border-slate-200 bg-slate-50 dark:border-slate-700/80 dark:bg-slate-900"
    >
      <div className="border-b border-slate-200 p-2.5 dark:border-slate-700/80">
        <PaletteSearch
          ref={search}
          value={query}
          onChange={setQuery}
          onEnterResults={() => focusKey(rows.find((r) => r.parent !== undefined)?.key ?? rows[0]?.key)}
          onPlaceFirst={() => firstMatch !== undefined && onPlace(firstMatch)}
        />
      </div>
      <div className="min-h-0 flex-1 overflow-y-auto px-2 py-2 [scrollbar-color:var(--color-slate-300)_transparent] [scrollbar-width:thin] dark:[scrollbar-color:var(--color-slate-700)_transparent]">
        {groups.length === 0 ? (
          <div className="px-2 py-6 text-center text-[12px] leading-relaxed text-slate-500 dark:text-slate-400" role="status">
            <p>No resource matches “{query.trim()}”.</p>
            <button
              type="button"
              onClick={() => {
                setQuery('');
                search.current?.focus();
              }}
              className="mt-1 rounded px-1 text-sky-700 underline-offset-2 hover:underline dark:text-sky-400"
            >
              Clear search
            </button>
          </div>
        ) : (
          <ul role="tree" aria-label="Resources" ref={tree} onKeyDown={onTreeKeyDown} onFocus={onTreeFocus}>
            {groups.map((g) => (
              <PaletteGroup
                key={g.category}
                category={g.category}
                label={g.label}
                types={g.types}
                expanded={isExpanded(g.category)}
                query={query}
                tabbableKey={tabbableKey}
                onToggle={toggle}
                onPlace={onPlace}
              />
            ))}
          </ul>
        )}
      </div>
      <p className="border-t border-slate-200 px-3 py-2 text-[11px] leading-snug text-slate-500 dark:border-slate-700/80 dark:text-slate-400">
        Drag onto the canvas or press Enter. Select a VPC or subnet to add inside it.
      </p>
    </aside>
  );
}
