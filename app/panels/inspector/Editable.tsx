/**
 * Wraps editable controls in a fieldset that is disabled in read-only mode:
 * every input, select and button inside stays readable but cannot change
 * the diagram, without each control having to know.
 */
import type { ReactNode } from 'react';
import { useEditor } from '../../store/editorStore';

export function Editable({ children }: { children: ReactNode }) {
  const readOnly = useEditor((s) => s.readOnly);
  return (
    <fieldset disabled={readOnly} className="m-0 min-w-0 border-0 p-0">
      {children}
    </fieldset>
  );
}
