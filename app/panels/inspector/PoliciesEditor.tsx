/**
 * Inline policy statements of a role or user: each statement a card with its
 * actions and resources as editable lists; statements added and removed
 * with buttons.
 */
import { memo } from 'react';
import type { PolicyStatement } from '../../../src/catalog/propSpec';
import { CrossIcon, PlusIcon } from './icons';
import { StringListEditor } from './StringListEditor';
import { HELP, ICON_BUTTON, TEXT_BUTTON } from './styles';

interface Props {
  readonly name: string;
  readonly statements: readonly PolicyStatement[];
  readonly onChange: (statements: readonly PolicyStatement[]) => void;
  readonly describedBy?: string;
}

export const PoliciesEditor = memo(function PoliciesEditor({ name, statements, onChange, describedBy }: Props) {
  const update = (index: number, patch: Partial<PolicyStatement>) =>
    onChange(statements.map((s, i) => (i === index ? { ...s, ...patch } : s)));
  return (
    <div className="flex flex-col gap-1.5" role="group" aria-label={name} aria-describedby={describedBy}>
      {statements.length === 0 ? <p className={`${HELP} italic`}>No inline statements.</p> : null}
      {statements.map((statement, i) => {
        const n = i + 1;
        return (
          <section
            key={i}
            aria-label={`Statement ${n}`}
            className="flex flex-col gap-1.5 rounded border border-slate-200 bg-slate-50/70 p-2 dark:border-slate-700 dark:bg-slate-800/40"
          >
            <div className="flex items-center justify-between">
              <span className="text-[12px] font-medium text-slate-700 dark:text-slate-200">
                Statement {n} <span className="font-normal text-slate-500 dark:text-slate-400">· Allow</span>
              </span>
              <button
                type="button"
                className={`${ICON_BUTTON} -my-1 -mr-1`}
                aria-label={`Remove statement ${n}`}
                title="Remove statement"
                onClick={() => onChange(statements.filter((_, j) => j !== i))}
              >
                <CrossIcon />
              </button>
            </div>
            <div className="flex flex-col gap-1">
              <span className="text-[11px] font-medium tracking-wide text-slate-500 uppercase dark:text-slate-400">Actions</span>
              <StringListEditor
                name={`Statement ${n} actions`}
                items={statement.actions}
                placeholder="s3:GetObject"
                onChange={(actions) => update(i, { actions })}
              />
            </div>
            <div className="flex flex-col gap-1">
              <span className="text-[11px] font-medium tracking-wide text-slate-500 uppercase dark:text-slate-400">Resources</span>
              <StringListEditor
                name={`Statement ${n} resources`}
                items={statement.resources}
                placeholder="arn:aws:s3:::bucket/*"
                onChange={(resources) => update(i, { resources })}
              />
            </div>
          </section>
        );
      })}
      <div>
        <button type="button" className={TEXT_BUTTON} onClick={() => onChange([...statements, { actions: [], resources: [] }])} title="Add a policy statement">
          <PlusIcon />
          Add statement
        </button>
      </div>
    </div>
  );
});
