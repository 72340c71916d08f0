/**
 * Opens the diagram the page address carries (a share link, `#d=…`), and
 * returns whether it did. Share links are not read yet, so this opens nothing
 * and start-up goes on to the library; the share-link work fills this in.
 */
export function openFromLocation(): boolean {
  return false;
}
