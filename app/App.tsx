import { Background, Controls, ReactFlow } from '@xyflow/react';

// Placeholder until the editor lands: proves React Flow mounts under the CSP.
export function App() {
  return (
    <div className="flex h-screen flex-col bg-slate-50 text-slate-900">
      <header className="flex items-center border-b border-slate-200 bg-white px-4 py-2">
        <h1 className="text-lg font-semibold tracking-tight">Ramparts</h1>
      </header>
      <main className="relative min-h-0 flex-1" aria-label="Diagram canvas">
        <ReactFlow nodes={[]} edges={[]} fitView>
          <Background />
          <Controls />
        </ReactFlow>
      </main>
    </div>
  );
}
