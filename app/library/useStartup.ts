export function useStartup(): boolean {
  return true;
}
