export function useShortcuts(): void {}
