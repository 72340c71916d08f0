/**
 * The shortcuts people bring from draw.io and Excalidraw: undo/redo, delete,
 * duplicate, copy/paste, select all, nudge, fit, escape, "?" for the sheet.
 * Ignored while typing in a field, so text editing keeps its own keys.
 */
import { useReactFlow } from '@xyflow/react';
import { useEffect } from 'react';
import { fragmentFromText, fragmentToText } from './clipboard';
import { looksImportable } from './io/looksImportable';
import { autoLayout } from './layout/autoLayout';
import { redo, setSelection, undo } from './store/editorActions';
import { useEditor } from './store/editorStore';
import { copySelection, deleteSelection, duplicateSelection, nudgeSelection, pasteFragment, selectAll } from './store/elementActions';
import { closeDialog, openDialog, useUi } from './store/uiStore';
import { FIT_ON_REQUEST } from './canvas/fitOptions';

function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

export function useShortcuts(): void {
  const flow = useReactFlow();

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const mod = e.ctrlKey || e.metaKey;
      const key = e.key.toLowerCase();
      const dialog = useUi.getState().dialog;
      if (dialog !== undefined) {
        // Escape closes a dialog even from inside one of its fields.
        if (key === 'escape' && !e.defaultPrevented) closeDialog();
        return;
      }
      if (isTyping(e.target)) return;
      if (mod && key === 'z' && !e.shiftKey) return run(e, undo);
      if ((mod && key === 'z' && e.shiftKey) || (e.ctrlKey && key === 'y')) return run(e, redo);
      if (mod && key === 'd') return run(e, duplicateSelection);
      if (mod && key === 'a') return run(e, selectAll);
      if ((mod && key === '0') || (e.shiftKey && e.code === 'Digit1')) return run(e, () => void flow.fitView(FIT_ON_REQUEST));
      if (e.shiftKey && key === 'l' && !mod) return run(e, () => void autoLayout());
      if (key === 'delete' || key === 'backspace') return run(e, deleteSelection);
      if (key === 'escape') return run(e, () => setSelection([]));
      if (key === '?' || (e.shiftKey && e.code === 'Slash')) return run(e, () => openDialog('shortcuts'));
      const step = e.shiftKey ? 40 : 8;
      const arrows: Record<string, [number, number]> = { arrowleft: [-step, 0], arrowright: [step, 0], arrowup: [0, -step], arrowdown: [0, step] };
      const move = arrows[key];
      if (move !== undefined && useEditor.getState().selection.length > 0) return run(e, () => nudgeSelection(move[0], move[1]));
    };
    const onCopy = (e: ClipboardEvent) => {
      if (isTyping(e.target) || useUi.getState().dialog !== undefined) return;
      const fragment = copySelection();
      if (fragment === undefined || e.clipboardData === null) return;
      e.clipboardData.setData('text/plain', fragmentToText(fragment));
      e.preventDefault();
    };
    const onCut = (e: ClipboardEvent) => {
      if (isTyping(e.target) || useUi.getState().dialog !== undefined) return;
      const fragment = copySelection();
      if (fragment === undefined || e.clipboardData === null) return;
      e.clipboardData.setData('text/plain', fragmentToText(fragment));
      e.preventDefault();
      deleteSelection();
    };
    const onPaste = (e: ClipboardEvent) => {
      if (isTyping(e.target) || useUi.getState().dialog !== undefined) return;
      const text = e.clipboardData?.getData('text/plain') ?? '';
      const fragment = fragmentFromText(text);
      if (fragment !== undefined) {
        e.preventDefault();
        pasteFragment(fragment);
        return;
      }
      // A whole diagram (JSON) or a share link pasted onto the canvas is an import.
      if (looksImportable(text)) {
        e.preventDefault();
        void import('./io/importDiagram').then((m) => m.importPastedText(text));
      }
    };
    window.addEventListener('keydown', onKey);
    document.addEventListener('copy', onCopy);
    document.addEventListener('cut', onCut);
    document.addEventListener('paste', onPaste);
    return () => {
      window.removeEventListener('keydown', onKey);
      document.removeEventListener('copy', onCopy);
      document.removeEventListener('cut', onCut);
      document.removeEventListener('paste', onPaste);
    };
  }, [flow]);
}

function run(e: KeyboardEvent, action: () => void): void {
  e.preventDefault();
  action();
}
