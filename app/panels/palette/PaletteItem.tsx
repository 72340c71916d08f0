/** One resource in the palette: its official icon and catalog name; drag it onto the canvas, or press Enter / double-click / "+" to add it. */
import { memo, useCallback, useRef, type DragEvent } from 'react';
import type { NodeType } from '../../../src/catalog/kinds';
import { NODE_CATALOG } from '../../../src/catalog/nodeCatalog';
import { iconUrl } from '../../canvas/icons';
import { PALETTE_MIME } from '../../canvas/useCanvasHandlers';
import { splitOnMatch } from './paletteGroups';

interface Props {
  readonly type: NodeType;
  readonly query: string;
  /** The one item (or group) of the tree reachable with Tab. */
  readonly tabbable: boolean;
  readonly onPlace: (type: NodeType) => void;
}

export const PaletteItem = memo(function PaletteItem({ type, query, tabbable, onPlace }: Props) {
  const def = NODE_CATALOG[type];
  const icon = useRef<HTMLImageElement>(null);
  const [before, match, after] = splitOnMatch(def.displayName, query);

  const onDragStart = useCallback(
    (event: DragEvent<HTMLLIElement>) => {
      event.dataTransfer.setData(PALETTE_MIME, type);
      event.dataTransfer.effectAllowed = 'copy';
      if (icon.current !== null) event.dataTransfer.setDragImage(icon.current, 16, 16);
    },
    [type],
  );

  return (
    <li
      role="treeitem"
      aria-label={def.displayName}
      aria-description={def.description}
      title={def.description}
      data-testid={`palette-${type}`}
      data-key={type}
      tabIndex={tabbable ? 0 : -1}
      draggable
      onDragStart={onDragStart}
      onDoubleClick={() => onPlace(type)}
      className="group/item relative flex h-10 cursor-grab select-none items-center gap-2.5 rounded-md pl-3 pr-1.5 text-[13px] text-slate-700 outline-none hover:bg-slate-100 focus-visible:bg-sky-50 focus-visible:ring-2 focus-visible:ring-inset focus-visible:ring-sky-500 active:cursor-grabbing dark:text-slate-200 dark:hover:bg-slate-800 dark:focus-visible:bg-sky-950 dark:focus-visible:ring-sky-400"
    >
      <img ref={icon} src={iconUrl(type)} alt="" width={32} height={32} draggable={false} className="pointer-events-none h-8 w-8 shrink-0 rounded-[3px] dark:bg-slate-200" />
      <span className="min-w-0 flex-1 truncate">
        {before}
        {match !== '' ? <mark className="rounded-sm bg-amber-200/70 text-inherit dark:bg-amber-400/30">{match}</mark> : null}
        {after}
      </span>
      <button
        type="button"
        tabIndex={-1}
        aria-label={`Add ${def.displayName} to the diagram`}
        title="Add to the diagram (Enter)"
        onClick={(event) => {
          event.stopPropagation();
          onPlace(type);
        }}
        onDoubleClick={(event) => event.stopPropagation()}
        className="absolute right-1.5 top-1/2 flex h-6 w-6 -translate-y-1/2 items-center justify-center rounded bg-inherit text-slate-500 opacity-0 hover:bg-slate-200 hover:text-slate-900 group-hover/item:opacity-100 group-focus-visible/item:opacity-100 dark:text-slate-400 dark:hover:bg-slate-700 dark:hover:text-slate-100"
      >
        <svg aria-hidden="true" viewBox="0 0 16 16" className="h-3.5 w-3.5" fill="none" stroke="currentColor" strokeWidth="1.75" strokeLinecap="round">
          <path d="M8 3v10M3 8h10" />
        </svg>
      </button>
    </li>
  );
});
