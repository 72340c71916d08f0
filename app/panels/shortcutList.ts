/** The shortcut sheet's content; the same list feeds tooltips so they never disagree. */
export interface Shortcut {
  readonly keys: string;
  readonly action: string;
}

const isMac = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);
export const MOD = isMac ? '⌘' : 'Ctrl';

export const SHORTCUT_GROUPS: readonly { readonly title: string; readonly items: readonly Shortcut[] }[] = [
  {
    title: 'Edit',
    items: [
      { keys: `${MOD}+Z`, action: 'Undo' },
      { keys: `Shift+${MOD}+Z · Ctrl+Y`, action: 'Redo' },
      { keys: 'Delete · Backspace', action: 'Delete the selection (with its contents and connections)' },
      { keys: `${MOD}+D`, action: 'Duplicate' },
      { keys: `${MOD}+C · ${MOD}+X · ${MOD}+V`, action: 'Copy, cut, paste (also between tabs)' },
      { keys: 'Double-click a label', action: 'Rename in place' },
    ],
  },
  {
    title: 'Select and move',
    items: [
      { keys: 'Click · Shift+click', action: 'Select · add to the selection' },
      { keys: 'Drag on empty canvas', action: 'Select with a rectangle' },
      { keys: `${MOD}+A`, action: 'Select all' },
      { keys: 'Arrow keys · Shift+arrows', action: 'Nudge by 8 px · by 40 px' },
      { keys: 'Escape', action: 'Deselect, close a menu or dialog' },
    ],
  },
  {
    title: 'View',
    items: [
      { keys: 'Space+drag · middle-drag', action: 'Pan' },
      { keys: `${MOD}+scroll · pinch`, action: 'Zoom' },
      { keys: `${MOD}+0 · Shift+1`, action: 'Fit the diagram' },
      { keys: 'Shift+L', action: 'Auto layout (the selected container, or everything)' },
      { keys: '?', action: 'This sheet' },
    ],
  },
  {
    title: 'Draw',
    items: [
      { keys: 'Drag from the palette', action: 'Add a resource (drop it in a VPC or subnet to nest it)' },
      { keys: 'Enter on a palette item', action: 'Add it at the centre, or inside the selected container' },
      { keys: 'Drag from a node’s edge dot', action: 'Connect; pick the kind when several fit' },
    ],
  },
];
