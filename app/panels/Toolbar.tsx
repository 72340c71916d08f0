/** The top bar: the app and document name, document actions, undo/redo, view, help. */
import { useReactFlow } from '@xyflow/react';
import { useStore } from 'zustand';
import { redo, undo } from '../store/editorActions';
import { useEditor } from '../store/editorStore';
import { openDialog } from '../store/uiStore';
import { newDocument, SaveStatus } from '../library';
import { Icon, ICONS, ToolbarButton } from './ToolbarButton';
import { MOD } from './shortcutList';
import { FindingsChip } from '../findings/FindingsChip';
import { autoLayout } from '../layout/autoLayout';
import { ExportMenu } from '../export/ExportMenu';
import { ImportButton } from '../io/ImportButton';
import { FIT_ON_REQUEST } from '../canvas/fitOptions';

export function Toolbar() {
  const title = useEditor((s) => s.diagram.title ?? 'Untitled diagram');
  const readOnly = useEditor((s) => s.readOnly);
  const canUndo = useStore(useEditor.temporal, (s) => s.pastStates.length > 0);
  const canRedo = useStore(useEditor.temporal, (s) => s.futureStates.length > 0);
  const flow = useReactFlow();
  return (
    <header className="flex h-12 shrink-0 items-center gap-1 border-b border-slate-200 bg-white px-3 dark:border-slate-800 dark:bg-slate-900">
      <div className="mr-3 flex items-center gap-2">
        <svg width="22" height="22" viewBox="0 0 24 24" aria-hidden="true">
          <path fill="#8c4fff" d="M3 21V8l3-2v3l3-2v3l3-2 3 2V7l3 2V6l3 2v13z" />
          <path fill="#fff" d="M10 21v-5h4v5z" />
        </svg>
        <h1 className="text-[15px] font-semibold tracking-tight">Ramparts</h1>
      </div>
      <div className="mx-1 h-5 w-px bg-slate-200 dark:bg-slate-700" />
      <span className="max-w-72 truncate px-2 text-[13px] font-medium text-slate-700 dark:text-slate-200" data-testid="diagram-title" title={title}>
        {title}
      </span>
      <SaveStatus />
      <div className="mx-1 h-5 w-px bg-slate-200 dark:bg-slate-700" />
      <ToolbarButton label="New diagram" onClick={() => void newDocument()}>
        <Icon d={ICONS.plus} />
      </ToolbarButton>
      <ToolbarButton label="My diagrams" onClick={() => openDialog('library')} showLabel>
        <Icon d={ICONS.folder} />
      </ToolbarButton>
      <ImportButton />
      <div className="mx-1 h-5 w-px bg-slate-200 dark:bg-slate-700" />
      <ToolbarButton label="Undo" shortcut={`${MOD}+Z`} onClick={undo} disabled={!canUndo || readOnly}>
        <Icon d={ICONS.undo} />
      </ToolbarButton>
      <ToolbarButton label="Redo" shortcut={`Shift+${MOD}+Z`} onClick={redo} disabled={!canRedo || readOnly}>
        <Icon d={ICONS.redo} />
      </ToolbarButton>
      <div className="mx-1 h-5 w-px bg-slate-200 dark:bg-slate-700" />
      <ToolbarButton label="Auto layout" shortcut="Shift+L" onClick={() => void autoLayout()} disabled={readOnly} showLabel>
        <Icon d={ICONS.layout} />
      </ToolbarButton>
      <ExportMenu />
      <div className="flex-1" />
      <FindingsChip />
      <div className="mx-1 h-5 w-px bg-slate-200 dark:bg-slate-700" />
      <ToolbarButton label="Share" onClick={() => openDialog('share')} showLabel>
        <Icon d={ICONS.share} />
      </ToolbarButton>
      <div className="mx-1 h-5 w-px bg-slate-200 dark:bg-slate-700" />
      <ToolbarButton label="Fit diagram" shortcut={`${MOD}+0`} onClick={() => void flow.fitView(FIT_ON_REQUEST)}>
        <Icon d={ICONS.fit} />
      </ToolbarButton>
      <ToolbarButton label="Keyboard shortcuts" shortcut="?" onClick={() => openDialog('shortcuts')}>
        <Icon d={ICONS.help} />
      </ToolbarButton>
    </header>
  );
}
