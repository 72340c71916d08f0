/** Several elements selected: how many of each, and deleting them all as one undo step. */
import { memo } from 'react';
import { useEditor } from '../../store/editorStore';
import { deleteSelection } from '../../store/elementActions';
import { Editable } from './Editable';
import { TrashIcon } from './icons';
import { HELP } from './styles';

export const MultiSelection = memo(function MultiSelection({ ids }: { ids: readonly string[] }) {
  const nodeCount = useEditor((s) => {
    const selected = new Set(ids);
    return s.diagram.nodes.reduce((n, node) => n + (selected.has(node.id) ? 1 : 0), 0);
  });
  const edgeCount = ids.length - nodeCount;
  const parts = [nodeCount > 0 ? `${nodeCount} node${nodeCount === 1 ? '' : 's'}` : '', edgeCount > 0 ? `${edgeCount} connection${edgeCount === 1 ? '' : 's'}` : '']
    .filter(Boolean)
    .join(', ');
  return (
    <div className="px-3 pt-3" data-testid="inspector-multi">
      <h2 className="text-[13px] font-semibold text-slate-900 dark:text-slate-100">{ids.length} items selected</h2>
      <p className={`${HELP} mt-0.5`}>{parts}</p>
      <Editable>
        <button
          type="button"
          className="mt-3 inline-flex h-7 items-center gap-1.5 rounded border border-slate-300 bg-white px-2.5 text-[13px] text-red-700 outline-none hover:border-red-300 hover:bg-red-50 focus-visible:ring-2 focus-visible:ring-sky-500 disabled:cursor-not-allowed disabled:opacity-50 dark:border-slate-600 dark:bg-slate-800 dark:text-red-400 dark:hover:border-red-800 dark:hover:bg-red-950"
          title="Delete the selected items (Delete)"
          onClick={deleteSelection}
        >
          <TrashIcon />
          Delete
        </button>
      </Editable>
    </div>
  );
});
