export function Toolbar() {
  return <header className="border-b border-slate-200 px-4 py-2"><h1>Ramparts</h1></header>;
}
