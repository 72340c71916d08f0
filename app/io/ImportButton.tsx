/** "Import": a file picker for `.ramparts.json` files and Ramparts PNGs. */
import { useRef } from 'react';
import { Icon, ToolbarButton } from '../panels/ToolbarButton';
import { useEditor } from '../store/editorStore';

const IMPORT_ICON = 'M12 3v12m0 0-4-4m4 4 4-4M4 17v2a2 2 0 0 0 2 2h12a2 2 0 0 0 2-2v-2';

export function ImportButton() {
  const input = useRef<HTMLInputElement>(null);
  const readOnly = useEditor((s) => s.readOnly);
  return (
    <>
      <ToolbarButton label="Import" onClick={() => input.current?.click()} disabled={readOnly} showLabel>
        <Icon d={IMPORT_ICON} />
      </ToolbarButton>
      <input
        ref={input}
        type="file"
        accept=".json,.ramparts.json,.png,application/json,image/png"
        className="hidden"
        data-testid="import-input"
        onChange={(e) => {
          const file = e.currentTarget.files?.[0];
          e.currentTarget.value = ''; // choosing the same file again still imports it
          if (file !== undefined) void import('./importDiagram').then((m) => m.importFile(file));
        }}
      />
    </>
  );
}
