/** A category of the palette: a small-caps header that folds and unfolds its items (a tree item with children). */
import { memo } from 'react';
import type { Category, NodeType } from '../../../src/catalog/kinds';
import { PaletteItem } from './PaletteItem';

interface Props {
  readonly category: Category;
  readonly label: string;
  readonly types: readonly NodeType[];
  readonly expanded: boolean;
  readonly query: string;
  /** The key (group `@category` or a type) reachable with Tab. */
  readonly tabbableKey: string | undefined;
  readonly onToggle: (category: Category) => void;
  readonly onPlace: (type: NodeType) => void;
}

export const groupKey = (category: Category): string => `@${category}`;

export const PaletteGroup = memo(function PaletteGroup({ category, label, types, expanded, query, tabbableKey, onToggle, onPlace }: Props) {
  const key = groupKey(category);
  return (
    <li
      role="treeitem"
      aria-label={label}
      aria-expanded={expanded}
      data-key={key}
      data-testid={`palette-group-${category}`}
      tabIndex={tabbableKey === key ? 0 : -1}
      className="group/section mb-1 outline-none"
    >
      <div
        onClick={() => onToggle(category)}
        title={expanded ? `Collapse ${label}` : `Expand ${label}`}
        className="flex h-7 cursor-pointer select-none items-center gap-1.5 rounded-md px-1.5 text-[11px] font-semibold uppercase tracking-[0.08em] text-slate-500 hover:text-slate-800 group-focus-visible/section:ring-2 group-focus-visible/section:ring-inset group-focus-visible/section:ring-sky-500 dark:text-slate-400 dark:hover:text-slate-200 dark:group-focus-visible/section:ring-sky-400"
      >
        <svg aria-hidden="true" viewBox="0 0 16 16" className={`h-3 w-3 shrink-0 transition-transform duration-150 ${expanded ? 'rotate-90' : ''}`} fill="currentColor">
          <path d="M6 4l4 4-4 4z" />
        </svg>
        <span className="flex-1">{label}</span>
        <span className="font-normal tabular-nums tracking-normal text-slate-400 dark:text-slate-500">{types.length}</span>
      </div>
      {expanded ? (
        <ul role="group" className="mt-0.5 flex flex-col gap-px">
          {types.map((type) => (
            <PaletteItem key={type} type={type} query={query} tabbable={tabbableKey === type} onPlace={onPlace} />
          ))}
        </ul>
      ) : null}
    </li>
  );
});
