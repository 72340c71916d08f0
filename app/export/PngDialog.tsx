/**
 * PNG options: pixel ratio (1x, 2x, 3x) and background, with the pixel size
 * each ratio gives and a notice when the diagram is too large for the ratio
 * and will be drawn smaller (whole, never cropped).
 */
import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import type { PngScale } from '../../src/export/pngScale';
import { trapTab, useDialogFocus } from '../library/useDialogFocus';
import type { PngBackground } from './exportActions';

export type Ratio = 1 | 2 | 3;

interface Props {
  readonly plans: Readonly<Record<Ratio, PngScale>>;
  readonly onExport: (ratio: Ratio, background: PngBackground) => Promise<void>;
  readonly onClose: () => void;
}

const RATIOS: readonly Ratio[] = [1, 2, 3];

function px(n: number): string {
  return n.toLocaleString('en-US');
}

export function PngDialog({ plans, onExport, onClose }: Props) {
  const [ratio, setRatio] = useState<Ratio>(2);
  const [background, setBackground] = useState<PngBackground>('white');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | undefined>(undefined);
  const panel = useRef<HTMLDivElement>(null);
  const submit = useRef<HTMLButtonElement>(null);
  useDialogFocus(panel, () => submit.current);
  const plan = plans[ratio];
  const mounted = useRef(true);
  useEffect(() => () => void (mounted.current = false), []);

  const run = async () => {
    setBusy(true);
    setError(undefined);
    try {
      await onExport(ratio, background);
    } catch (e) {
      if (mounted.current) setError(e instanceof Error ? e.message : String(e));
    } finally {
      if (mounted.current) setBusy(false);
    }
  };

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    // Keys stay in the dialog: the canvas shortcuts (Delete, arrows, undo) must not act behind it.
    e.stopPropagation();
    if (e.key === 'Escape' && !busy) onClose();
    trapTab(e);
  };

  const option = (checked: boolean) =>
    `flex cursor-pointer items-center justify-center rounded-md border px-3 py-1.5 text-[13px] has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-sky-500 ${
      checked ? 'border-sky-600 bg-sky-50 font-medium text-sky-900 dark:border-sky-400 dark:bg-sky-950 dark:text-sky-100' : 'border-slate-300 text-slate-700 hover:bg-slate-50 dark:border-slate-600 dark:text-slate-200 dark:hover:bg-slate-800'
    }`;

  return (
    <div className="fixed inset-0 z-50 flex items-center justify-center bg-slate-900/40 p-6" onMouseDown={() => !busy && onClose()}>
      <div
        ref={panel}
        role="dialog"
        aria-modal="true"
        aria-labelledby="png-dialog-title"
        data-testid="png-dialog"
        className="w-full max-w-md rounded-lg border border-slate-200 bg-white shadow-xl dark:border-slate-700 dark:bg-slate-900"
        onMouseDown={(e) => e.stopPropagation()}
        onKeyDown={onKeyDown}
        onPaste={(e) => e.stopPropagation()}
        onCopy={(e) => e.stopPropagation()}
      >
        <div className="border-b border-slate-200 px-5 py-3 dark:border-slate-700">
          <h2 id="png-dialog-title" className="text-[15px] font-semibold">
            Export PNG image
          </h2>
          <p className="mt-0.5 text-[12px] text-slate-500 dark:text-slate-400">The whole diagram with its findings, title and legend. The file keeps the diagram: import it to edit again.</p>
        </div>
        <div className="space-y-4 px-5 py-4">
          <fieldset>
            <legend className="mb-1.5 text-[12px] font-medium text-slate-600 dark:text-slate-300">Resolution</legend>
            <div className="grid grid-cols-3 gap-2">
              {RATIOS.map((r) => (
                <label key={r} className={option(ratio === r)}>
                  <input type="radio" name="png-ratio" value={r} checked={ratio === r} onChange={() => setRatio(r)} className="sr-only" />
                  {r}x
                </label>
              ))}
            </div>
            <p className="mt-1.5 text-[12px] text-slate-500 dark:text-slate-400" data-testid="png-size">
              {px(plan.width)} × {px(plan.height)} px
            </p>
          </fieldset>
          <fieldset>
            <legend className="mb-1.5 text-[12px] font-medium text-slate-600 dark:text-slate-300">Background</legend>
            <div className="grid grid-cols-2 gap-2">
              {(['white', 'transparent'] as const).map((b) => (
                <label key={b} className={option(background === b)}>
                  <input type="radio" name="png-background" value={b} checked={background === b} onChange={() => setBackground(b)} className="sr-only" />
                  {b === 'white' ? 'White' : 'Transparent'}
                </label>
              ))}
            </div>
          </fieldset>
          {plan.reduced ? (
            <p role="note" data-testid="png-notice" className="rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-[12px] text-amber-900 dark:border-amber-700 dark:bg-amber-950 dark:text-amber-100">
              This diagram is too large for a {ratio}x image in the browser (at most 16,384 px a side). It will be exported whole at {plan.ratio}x instead.
            </p>
          ) : null}
          {error !== undefined ? (
            <p role="alert" className="rounded-md border border-red-300 bg-red-50 px-3 py-2 text-[12px] text-red-900 dark:border-red-700 dark:bg-red-950 dark:text-red-100">
              The image could not be made: {error}
            </p>
          ) : null}
        </div>
        <div className="flex justify-end gap-2 border-t border-slate-200 px-5 py-3 dark:border-slate-700">
          <button type="button" onClick={onClose} disabled={busy} className="rounded-md px-3 py-1.5 text-[13px] text-slate-700 hover:bg-slate-100 disabled:opacity-50 dark:text-slate-200 dark:hover:bg-slate-800">
            Cancel
          </button>
          <button
            ref={submit}
            type="button"
            onClick={() => void run()}
            disabled={busy}
            className="rounded-md bg-sky-700 px-3 py-1.5 text-[13px] font-medium text-white hover:bg-sky-800 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-sky-500 disabled:opacity-60"
          >
            {busy ? 'Exporting…' : 'Export PNG'}
          </button>
        </div>
      </div>
    </div>
  );
}
