export function LibraryDialog() {
  return null;
}
