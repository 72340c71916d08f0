/** UI state that is neither the document nor undoable: which panels and dialogs are open. */
import { create } from 'zustand';

export type Dialog =
  | 'shortcuts'
  | 'library'
  | { readonly kind: 'rules'; readonly ruleId?: string }
  | { readonly kind: 'suppress'; readonly rule: string; readonly target: string }
  | 'share'
  /** What could not be opened or imported, with every reason the reader gave. */
  | { readonly kind: 'problems'; readonly title: string; readonly errors: readonly string[]; readonly note: string }
  | undefined;

export interface UiState {
  readonly dialog: Dialog;
  /** Palette item chosen for keyboard placement (Enter places it). */
  readonly armedType: string | undefined;
}

export const useUi = create<UiState>()(() => ({ dialog: undefined, armedType: undefined }));

export function openDialog(dialog: Dialog): void {
  useUi.setState({ dialog });
}

export function closeDialog(): void {
  useUi.setState({ dialog: undefined });
}
