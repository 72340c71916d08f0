/** A titled block of the inspector, and a plain label/control row for fields that are not catalog props. */
import { memo, type ReactNode } from 'react';
import { LABEL } from './styles';

export const Section = memo(function Section({ title, children, aside }: { title: string; children: ReactNode; aside?: ReactNode }) {
  return (
    <section className="border-t border-slate-200 px-3 pt-2.5 pb-3 first:border-t-0 dark:border-slate-800" aria-label={title}>
      <div className="mb-1 flex items-center justify-between">
        <h3 className="text-[11px] font-semibold tracking-wide text-slate-500 uppercase dark:text-slate-400">{title}</h3>
        {aside}
      </div>
      {children}
    </section>
  );
});

export const Row = memo(function Row({ label, htmlFor, children }: { label: string; htmlFor?: string; children: ReactNode }) {
  return (
    <div className="grid grid-cols-[8rem_minmax(0,1fr)] items-start gap-x-2 py-1">
      {htmlFor === undefined ? (
        <span className={`${LABEL} flex min-h-7 items-center`}>{label}</span>
      ) : (
        <label htmlFor={htmlFor} className={`${LABEL} flex min-h-7 items-center`}>
          {label}
        </label>
      )}
      <div className="flex min-h-7 min-w-0 items-center">{children}</div>
    </div>
  );
});
