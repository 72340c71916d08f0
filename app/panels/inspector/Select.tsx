/** A native select (keyboard and screen-reader behaviour for free) drawn like the other fields, with its own chevron. */
import { memo } from 'react';
import { SELECT } from './styles';

interface Props {
  readonly id?: string;
  readonly value: string;
  readonly options: readonly string[];
  readonly onChange: (value: string) => void;
  readonly label?: string;
  readonly title?: string;
  readonly describedBy?: string;
  readonly className?: string;
  /** 12px text, for table cells. */
  readonly compact?: boolean;
}

export const Select = memo(function Select({ id, value, options, onChange, label, title, describedBy, className, compact }: Props) {
  // A stored value the catalog does not list (only from a hand-edited file) stays visible rather than silently changing.
  const shown = options.includes(value) ? options : [value, ...options];
  return (
    <div className={`relative min-w-0 ${className ?? ''}`}>
      <select
        id={id}
        aria-label={label}
        aria-describedby={describedBy}
        title={title}
        className={`${SELECT} w-full appearance-none ${compact ? 'text-[12px]' : ''}`}
        value={value}
        onChange={(e) => onChange(e.target.value)}
      >
        {shown.map((option) => (
          <option key={option} value={option}>
            {option}
          </option>
        ))}
      </select>
      <svg
        aria-hidden="true"
        className="pointer-events-none absolute top-1/2 right-1.5 -translate-y-1/2 text-slate-500 dark:text-slate-400"
        width="10"
        height="10"
        viewBox="0 0 16 16"
        fill="none"
        stroke="currentColor"
        strokeWidth="2"
        strokeLinecap="round"
        strokeLinejoin="round"
      >
        <path d="M4 6l4 4 4-4" />
      </svg>
    </div>
  );
});
