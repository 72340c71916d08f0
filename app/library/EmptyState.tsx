/**
 * Shown over an empty canvas: how to start (drag from the palette, or pick a
 * template). Only its buttons take the pointer, and they step aside while
 * something is dragged, so a drop always lands on the canvas beneath.
 */
import { memo, useEffect, useState } from 'react';
import { useEditor } from '../store/editorStore';
import { newFromTemplate } from './documentActions';
import { TemplateChoices } from './TemplateChoices';

export const EmptyState = memo(function EmptyState() {
  const empty = useEditor((s) => s.diagram.nodes.length === 0 && !s.readOnly);
  const dragging = useDragging();
  if (!empty) return null;
  return (
    // Anchored to the top third and transparent to the pointer except for its buttons, so the
    // middle of the canvas stays free for the first drop.
    <div className="pointer-events-none absolute inset-x-0 top-0 z-10 flex justify-center px-6 pt-14" data-testid="empty-state">
      <section
        aria-labelledby="empty-state-title"
        className={`w-[520px] max-w-full rounded-xl border border-slate-200 bg-white/95 px-6 py-5 text-center shadow-sm backdrop-blur-sm transition-opacity duration-150 dark:border-slate-700 dark:bg-slate-900/95 ${
          dragging ? 'opacity-0 [&_button]:pointer-events-none' : 'opacity-100 [&_button]:pointer-events-auto'
        }`}
      >
        <div className="flex items-center justify-center gap-2">
          <svg className="text-slate-400 dark:text-slate-500" width="18" height="18" viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="1.6" strokeLinecap="round" strokeLinejoin="round" aria-hidden>
            <path d="M4 8V5a1 1 0 0 1 1-1h3M16 4h3a1 1 0 0 1 1 1v3M20 16v3a1 1 0 0 1-1 1h-3M8 20H5a1 1 0 0 1-1-1v-3M12 8.5v7M8.5 12h7" />
          </svg>
          <h2 id="empty-state-title" className="text-[14px] font-semibold text-slate-900 dark:text-slate-100">
            Start your design
          </h2>
        </div>
        <p className="mt-1 mb-3.5 text-[13px] text-slate-600 dark:text-slate-400">Drag a resource from the palette, or start from a template</p>
        <TemplateChoices compact onChoose={(id) => void newFromTemplate(id)} />
      </section>
    </div>
  );
});

/** True while an HTML drag (a palette item) is in progress anywhere in the page. */
function useDragging(): boolean {
  const [dragging, setDragging] = useState(false);
  useEffect(() => {
    const start = () => setDragging(true);
    const stop = () => setDragging(false);
    window.addEventListener('dragstart', start);
    window.addEventListener('dragend', stop);
    window.addEventListener('drop', stop);
    return () => {
      window.removeEventListener('dragstart', start);
      window.removeEventListener('dragend', stop);
      window.removeEventListener('drop', stop);
    };
  }, []);
  return dragging;
}
