/**
 * The toolbar's Export menu: PNG (with options), SVG, JSON, the review
 * report, and the report's Markdown to the clipboard. A menu button as the
 * ARIA pattern has it: Enter, Space or ArrowDown opens it on the first item,
 * arrows, Home and End move, Escape closes it and gives focus back. It works
 * in read-only review mode too: exporting changes nothing.
 */
import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import type { PngScale } from '../../src/export/pngScale';
import { showHint } from '../store/editorActions';
import { Icon } from '../panels/ToolbarButton';
import type { PngBackground } from './exportActions';
import { PngDialog, type Ratio } from './PngDialog';

type Actions = typeof import('./exportActions');
// The export code loads on first use; the icons it inlines are read then too.
const loadActions = async (): Promise<Actions> => {
  const actions = await import('./exportActions');
  await actions.loadIconSources();
  return actions;
};

interface Item {
  readonly label: string;
  readonly hint: string;
  readonly run: () => void;
}

const DOWNLOAD = 'M12 4v11M7 10l5 5 5-5M5 20h14';
const CHEVRON = 'm6 9 6 6 6-6';

function failed(what: string, e: unknown): void {
  showHint(`${what} failed: ${e instanceof Error ? e.message : String(e)}`, 'error');
}

export function ExportMenu() {
  const [open, setOpen] = useState(false);
  const [pngPlans, setPngPlans] = useState<Record<Ratio, PngScale> | undefined>(undefined);
  const button = useRef<HTMLButtonElement>(null);
  const menu = useRef<HTMLDivElement>(null);
  const focusFirst = useRef<'first' | 'last'>('first');

  const close = (refocus: boolean) => {
    setOpen(false);
    if (refocus) button.current?.focus();
  };

  const items: readonly Item[] = [
    {
      label: 'PNG image…',
      hint: '.png',
      run: () => {
        loadActions()
          .then((a) => setPngPlans(a.pngPlans()))
          .catch((e: unknown) => failed('PNG export', e));
      },
    },
    {
      label: 'SVG image',
      hint: '.svg',
      run: () => {
        loadActions()
          .then((a) => a.exportSvg())
          .catch((e: unknown) => failed('SVG export', e));
      },
    },
    {
      label: 'JSON file',
      hint: '.json',
      run: () => {
        loadActions()
          .then((a) => a.exportJson())
          .catch((e: unknown) => failed('JSON export', e));
      },
    },
    {
      label: 'Review report',
      hint: '.zip',
      run: () => {
        loadActions()
          .then((a) => a.exportReviewReport())
          .then(() => showHint('Review report saved: the Markdown and the PNG it shows, in one zip.'))
          .catch((e: unknown) => failed('Review report', e));
      },
    },
    {
      label: 'Copy report as Markdown',
      hint: '',
      run: () => {
        loadActions()
          .then((a) => a.copyReviewMarkdown())
          .then(() => showHint('Review report copied as Markdown.'))
          .catch((e: unknown) => failed('Copying the report', e));
      },
    },
  ];

  useEffect(() => {
    if (!open) return;
    const entries = menu.current?.querySelectorAll<HTMLElement>('[role="menuitem"]');
    entries?.[focusFirst.current === 'first' ? 0 : entries.length - 1]?.focus();
    const onPointer = (e: PointerEvent) => {
      const target = e.target as Node;
      if (!menu.current?.contains(target) && !button.current?.contains(target)) setOpen(false);
    };
    document.addEventListener('pointerdown', onPointer, true);
    return () => document.removeEventListener('pointerdown', onPointer, true);
  }, [open]);

  const openAt = (where: 'first' | 'last') => {
    focusFirst.current = where;
    setOpen(true);
  };

  const onButtonKey = (e: KeyboardEvent<HTMLButtonElement>) => {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      e.stopPropagation();
      openAt(e.key === 'ArrowDown' ? 'first' : 'last');
    }
  };

  const onMenuKey = (e: KeyboardEvent<HTMLDivElement>) => {
    // Keys stay in the menu: arrows must not nudge the selection on the canvas behind it.
    e.stopPropagation();
    const entries = Array.from(menu.current?.querySelectorAll<HTMLElement>('[role="menuitem"]') ?? []);
    const at = entries.indexOf(document.activeElement as HTMLElement);
    const move = (i: number) => entries[(i + entries.length) % entries.length]?.focus();
    if (e.key === 'ArrowDown') move(at + 1);
    else if (e.key === 'ArrowUp') move(at - 1);
    else if (e.key === 'Home') move(0);
    else if (e.key === 'End') move(entries.length - 1);
    else if (e.key === 'Escape') close(true);
    else if (e.key === 'Tab') close(false);
    else return;
    if (e.key !== 'Tab') e.preventDefault();
  };

  const choose = (item: Item) => {
    close(true);
    item.run();
  };

  const exportPng = async (ratio: Ratio, background: PngBackground) => {
    const a = await loadActions();
    const scale = await a.exportPng(ratio, background);
    setPngPlans(undefined);
    button.current?.focus();
    showHint(`PNG saved at ${scale.ratio}x (${scale.width.toLocaleString('en-US')} × ${scale.height.toLocaleString('en-US')} px).`);
  };

  return (
    <div className="relative">
      <button
        ref={button}
        type="button"
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? 'export-menu' : undefined}
        title="Export the diagram as an image, a file or a review report"
        onClick={() => (open ? close(false) : openAt('first'))}
        onKeyDown={onButtonKey}
        className="inline-flex h-8 items-center gap-1.5 rounded-md px-2 text-[13px] text-slate-700 hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-sky-500 aria-expanded:bg-slate-100 dark:text-slate-200 dark:hover:bg-slate-800 dark:aria-expanded:bg-slate-800"
      >
        <Icon d={DOWNLOAD} />
        <span>Export</span>
        <svg width="12" height="12" viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" aria-hidden="true" className="opacity-60">
          <path d={CHEVRON} />
        </svg>
      </button>
      {open ? (
        <div
          ref={menu}
          id="export-menu"
          role="menu"
          aria-label="Export"
          onKeyDown={onMenuKey}
          className="absolute left-0 top-full z-50 mt-1 w-60 rounded-md border border-slate-200 bg-white py-1 shadow-lg dark:border-slate-700 dark:bg-slate-900"
        >
          {items.map((item, i) => (
            <div key={item.label}>
              {i === 4 ? <div role="separator" className="my-1 h-px bg-slate-200 dark:bg-slate-700" /> : null}
              <button
                type="button"
                role="menuitem"
                tabIndex={-1}
                onClick={() => choose(item)}
                className="flex w-full items-center justify-between px-3 py-1.5 text-left text-[13px] text-slate-700 outline-none hover:bg-slate-100 focus:bg-slate-100 dark:text-slate-200 dark:hover:bg-slate-800 dark:focus:bg-slate-800"
              >
                <span>{item.label}</span>
                <span className="text-[11px] text-slate-400 dark:text-slate-500">{item.hint}</span>
              </button>
            </div>
          ))}
        </div>
      ) : null}
      {pngPlans !== undefined ? (
        <PngDialog
          plans={pngPlans}
          onExport={exportPng}
          onClose={() => {
            setPngPlans(undefined);
            button.current?.focus();
          }}
        />
      ) : null}
    </div>
  );
}
