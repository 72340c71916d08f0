/**
 * A label that turns into a text field on double-click (as in draw.io):
 * Enter or leaving the field commits, Escape cancels. Rendered as text, never
 * as HTML, whatever the label contains.
 */
import { memo, useEffect, useRef, useState } from 'react';
import { MAX_LABEL } from '../../../src/format/limits';
import { renameElement } from '../../store/elementActions';
import { useEditor } from '../../store/editorStore';

interface Props {
  readonly id: string;
  readonly label: string;
  readonly className?: string;
}

export const InlineLabel = memo(function InlineLabel({ id, label, className }: Props) {
  const [editing, setEditing] = useState(false);
  const [draft, setDraft] = useState(label);
  const input = useRef<HTMLInputElement>(null);
  const readOnly = useEditor((s) => s.readOnly);

  useEffect(() => {
    if (editing) input.current?.select();
  }, [editing]);

  if (editing) {
    const commit = () => {
      setEditing(false);
      if (draft.trim() !== '' && draft !== label) renameElement(id, draft.trim());
    };
    return (
      <input
        ref={input}
        aria-label="Label"
        className="nodrag nopan w-full rounded border border-sky-500 bg-white px-1 text-center text-[12px] text-slate-900 outline-none dark:bg-slate-900 dark:text-slate-100"
        value={draft}
        maxLength={MAX_LABEL}
        onChange={(e) => setDraft(e.target.value)}
        onBlur={commit}
        onKeyDown={(e) => {
          e.stopPropagation();
          if (e.key === 'Enter') commit();
          if (e.key === 'Escape') {
            setDraft(label);
            setEditing(false);
          }
        }}
      />
    );
  }
  return (
    <span
      className={className}
      title={label}
      data-testid="node-label"
      onDoubleClick={(e) => {
        if (readOnly) return;
        e.stopPropagation();
        setDraft(label);
        setEditing(true);
      }}
    >
      {label}
    </span>
  );
});
