/** The starter designs as buttons, for "New from template…" and the empty canvas. */
import { memo } from 'react';
import { TEMPLATES } from '../../src/templates';
import { TemplateIcon } from './icons';

interface Props {
  readonly onChoose: (templateId: string) => void;
  /** Names only (the description is the tooltip), as small chips. */
  readonly compact?: boolean;
}

export const TemplateChoices = memo(function TemplateChoices({ onChoose, compact = false }: Props) {
  if (compact) {
    return (
      <ul className="flex flex-wrap justify-center gap-2" aria-label="Templates">
        {TEMPLATES.map((template) => (
          <li key={template.id}>
            <button
              type="button"
              className="inline-flex items-center gap-1.5 rounded-md border border-slate-200 bg-white px-2.5 py-1.5 text-[12px] font-medium text-slate-700 hover:border-sky-400 hover:bg-sky-50/60 hover:text-slate-900 focus-visible:outline-2 focus-visible:outline-sky-500 dark:border-slate-700 dark:bg-slate-900 dark:text-slate-200 dark:hover:border-sky-600 dark:hover:bg-sky-950/40 dark:hover:text-slate-100"
              title={template.description}
              aria-description={template.description}
              onClick={() => onChoose(template.id)}
            >
              <span className="text-slate-400 dark:text-slate-500">
                <TemplateIcon />
              </span>
              {template.name}
            </button>
          </li>
        ))}
      </ul>
    );
  }
  return (
    <ul className={`grid gap-2 ${TEMPLATES.length > 1 ? 'sm:grid-cols-2' : ''}`} aria-label="Templates">
      {TEMPLATES.map((template) => (
        <li key={template.id} className="flex">
          <button
            type="button"
            className="flex w-full flex-col items-start gap-0.5 rounded-md border border-slate-200 bg-white px-3 py-2 text-left hover:border-sky-400 hover:bg-sky-50/60 focus-visible:outline-2 focus-visible:outline-sky-500 dark:border-slate-700 dark:bg-slate-900 dark:hover:border-sky-600 dark:hover:bg-sky-950/40"
            title={template.description}
            onClick={() => onChoose(template.id)}
          >
            <span className="text-[13px] font-medium text-slate-900 dark:text-slate-100">{template.name}</span>
            <span className="line-clamp-2 text-[12px] leading-snug text-slate-500 dark:text-slate-400">{template.description}</span>
          </button>
        </li>
      ))}
    </ul>
  );
});
