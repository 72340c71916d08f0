/** Nothing selected: the diagram's title and size, and how to get to an element's settings. */
import { memo, useId } from 'react';
import { MAX_TITLE } from '../../../src/format/limits';
import { useEditor } from '../../store/editorStore';
import { setTitle } from '../../store/elementActions';
import { DraftInput } from './DraftInput';
import { Editable } from './Editable';
import { Section } from './Section';
import { HELP, LABEL } from './styles';

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

export const DiagramSummary = memo(function DiagramSummary() {
  const title = useEditor((s) => s.diagram.title ?? '');
  const nodeCount = useEditor((s) => s.diagram.nodes.length);
  const edgeCount = useEditor((s) => s.diagram.edges.length);
  const readOnly = useEditor((s) => s.readOnly);
  const titleId = useId();
  return (
    <div data-testid="inspector-diagram">
      <header className="px-3 pt-3 pb-2.5">
        <h2 className="text-[13px] font-semibold text-slate-900 dark:text-slate-100">Diagram</h2>
        <p className={`${HELP} mt-0.5`} data-testid="inspector-counts">
          {plural(nodeCount, 'node', 'nodes')}, {plural(edgeCount, 'connection', 'connections')}
          {readOnly ? ' · read-only' : ''}
        </p>
      </header>
      <Editable>
        <Section title="Document">
          <div className="flex flex-col gap-1 py-1">
            <label htmlFor={titleId} className={LABEL}>
              Title
            </label>
            <DraftInput id={titleId} value={title} placeholder="Untitled diagram" maxLength={MAX_TITLE} onCommit={setTitle} />
          </div>
        </Section>
      </Editable>
      <div className="mx-3 mt-2 rounded-md border border-dashed border-slate-300 px-3 py-4 text-center dark:border-slate-700">
        <p className="text-[13px] text-slate-600 dark:text-slate-300">Select a node or connection to edit it</p>
        <p className={`${HELP} mt-1`}>Shift-click or drag on the canvas to select several.</p>
      </div>
    </div>
  );
});
