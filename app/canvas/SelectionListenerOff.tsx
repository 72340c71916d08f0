/**
 * Turns off React Flow's selection listener, which this editor does not use
 * (the selection lives in the editor store, fed by onNodesChange and
 * onEdgesChange). React Flow 12.12 mounts the listener whenever its store
 * has `onSelectionChangeHandlers`, and it always has: the field starts as an
 * empty array, which is truthy. The listener's selector then walks every
 * node and edge, an entry array per step, on every store update: each
 * frame of a pan or drag, each slice of a layout. On the 1,000-node design
 * that was some 5 of the 60 MB a layout allocated on the main thread, and
 * about a millisecond of each pan frame (traced). With the field unset, React
 * Flow unmounts the listener. Rendered inside <ReactFlow>, so it runs again
 * after React Flow resets its store (when the canvas remounts).
 */
import { useStoreApi, type ReactFlowState } from '@xyflow/react';
import { useEffect } from 'react';

export function SelectionListenerOff(): null {
  const store = useStoreApi();
  // A passive effect: the listener mounted with the canvas runs its own first (it comes before the canvas's
  // children), reading the field; then this unsets it and React Flow unmounts the listener.
  useEffect(() => {
    // Only useOnSelectionChange adds to the field, and nothing here calls it.
    store.setState({ onSelectionChangeHandlers: undefined as unknown as ReactFlowState['onSelectionChangeHandlers'] });
  }, [store]);
  return null;
}
