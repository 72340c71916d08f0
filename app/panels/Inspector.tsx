export function Inspector() {
  return <aside className="w-80 border-l border-slate-200" aria-label="Inspector" />;
}
