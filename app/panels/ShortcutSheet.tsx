export function ShortcutSheet() {
  return null;
}
