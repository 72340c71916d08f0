/**
 * Keys typed into the inspector's fields belong to the fields: Backspace,
 * arrows or Ctrl+Z in a text box must not delete, nudge or undo on the
 * canvas. Stopping them at the panel keeps window-level shortcuts out.
 */
import type { KeyboardEvent } from 'react';

const FIELD_KEYS_WITH_MOD = new Set(['z', 'y', 'a', 'c', 'v', 'x']);

function isField(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  if (target instanceof HTMLInputElement) return true;
  return target.isContentEditable;
}

export function guardFieldKeys(event: KeyboardEvent<HTMLElement>): void {
  if (!isField(event.target)) return;
  const mod = event.ctrlKey || event.metaKey;
  // Other shortcuts with a modifier (save, open the library) still reach the app.
  if (mod && !FIELD_KEYS_WITH_MOD.has(event.key.toLowerCase())) return;
  event.stopPropagation();
}
