/** Temporary bridge until the library lands (the library helper replaces these exports). */
export async function newDocument(): Promise<void> {}
export function SaveStatus() {
  return null;
}
