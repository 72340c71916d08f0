export function Palette() {
  return <aside className="w-60 border-r border-slate-200" aria-label="Palette" />;
}
