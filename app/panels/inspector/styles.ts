/** Class names shared by the inspector's controls, so every field has the same height, border and focus ring. */
const FIELD_BASE =
  'h-7 min-w-0 rounded border bg-white px-2 text-[13px] text-slate-900 outline-none transition-colors ' +
  'placeholder:text-slate-400 focus:border-sky-500 focus:ring-1 focus:ring-sky-500 ' +
  'disabled:cursor-not-allowed disabled:bg-slate-50 disabled:text-slate-500 ' +
  'dark:bg-slate-800 dark:text-slate-100 dark:placeholder:text-slate-500 dark:disabled:bg-slate-900 dark:disabled:text-slate-400';

export const INPUT = `${FIELD_BASE} border-slate-300 dark:border-slate-600`;
export const INPUT_INVALID = `${FIELD_BASE} border-red-500 dark:border-red-500`;
export const INPUT_WARN = `${FIELD_BASE} border-amber-500 dark:border-amber-500`;

export const SELECT = `${INPUT} pr-5 pl-1.5`;

export const TEXTAREA =
  'min-h-20 w-full resize-y rounded border border-slate-300 bg-white px-2 py-1.5 text-[13px] leading-snug text-slate-900 outline-none ' +
  'placeholder:text-slate-400 focus:border-sky-500 focus:ring-1 focus:ring-sky-500 disabled:cursor-not-allowed disabled:bg-slate-50 disabled:text-slate-500 ' +
  'dark:border-slate-600 dark:bg-slate-800 dark:text-slate-100 dark:placeholder:text-slate-500 dark:disabled:bg-slate-900';

export const ICON_BUTTON =
  'inline-flex h-7 w-7 shrink-0 items-center justify-center rounded text-slate-500 outline-none hover:bg-slate-100 hover:text-slate-900 ' +
  'focus-visible:ring-2 focus-visible:ring-sky-500 disabled:pointer-events-none disabled:opacity-40 dark:text-slate-400 dark:hover:bg-slate-800 dark:hover:text-slate-100';

export const TEXT_BUTTON =
  'inline-flex h-7 items-center gap-1 rounded px-2 text-[12px] font-medium text-sky-700 outline-none hover:bg-sky-50 ' +
  'focus-visible:ring-2 focus-visible:ring-sky-500 disabled:pointer-events-none disabled:opacity-40 dark:text-sky-400 dark:hover:bg-slate-800';

export const HELP = 'text-[11px] leading-snug text-slate-500 dark:text-slate-400';
export const ERROR_TEXT = 'text-[11px] leading-snug text-red-600 dark:text-red-400';
export const WARN_TEXT = 'text-[11px] leading-snug text-amber-700 dark:text-amber-400';
export const LABEL = 'text-[13px] leading-tight text-slate-600 dark:text-slate-300';
