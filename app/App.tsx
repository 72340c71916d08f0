/** The editor's frame: toolbar on top, palette left, canvas centre, inspector right. */
import { ReactFlowProvider } from '@xyflow/react';
import { lazy, Suspense } from 'react';
import { Canvas } from './canvas/Canvas';
import { HintToast } from './HintToast';
import { RightPanel } from './panels/RightPanel';
import { Palette } from './panels/Palette';
import { Toolbar } from './panels/Toolbar';
import { EmptyState } from './library/EmptyState';
import { useShortcuts } from './useShortcuts';
import { useUi } from './store/uiStore';
import { useStartup } from './library/useStartup';
import { useValidation } from './findings/useValidation';
import { useLayoutOnLoad } from './layout/autoLayout';
import { useExposureTracking } from './findings/exposurePath';
import { LayoutProgress } from './layout/LayoutProgress';
import { SharedBanner } from './share/SharedBanner';
import { StorageBanners } from './library/StorageBanners';
import { useFileDrop } from './io/useFileDrop';

// Dialogs load on first use: they are not needed to draw, and keep the first download small.
const ShortcutSheet = lazy(() => import('./panels/ShortcutSheet').then((m) => ({ default: m.ShortcutSheet })));
const LibraryDialog = lazy(() => import('./library/LibraryDialog').then((m) => ({ default: m.LibraryDialog })));
const RuleReference = lazy(() => import('./findings/RuleReference').then((m) => ({ default: m.RuleReference })));
const SuppressDialog = lazy(() => import('./findings/SuppressDialog').then((m) => ({ default: m.SuppressDialog })));
const ShareDialog = lazy(() => import('./share/ShareDialog').then((m) => ({ default: m.ShareDialog })));
const ProblemsDialog = lazy(() => import('./io/ProblemsDialog').then((m) => ({ default: m.ProblemsDialog })));

function Shell() {
  useShortcuts();
  useValidation();
  useLayoutOnLoad();
  useExposureTracking();
  useFileDrop();
  const ready = useStartup();
  const dialog = useUi((s) => s.dialog);
  return (
    <div className="flex h-screen flex-col bg-white text-slate-900 dark:bg-slate-950 dark:text-slate-100">
      <Toolbar />
      <SharedBanner />
      <StorageBanners />
      <div className="flex min-h-0 flex-1">
        <Palette />
        <main className="relative min-w-0 flex-1" aria-label="Diagram">
          {ready ? <Canvas /> : null}
          {ready ? <EmptyState /> : null}
          <HintToast />
          <LayoutProgress />
        </main>
        <RightPanel />
      </div>
      <Suspense fallback={null}>
      {dialog === 'shortcuts' ? <ShortcutSheet /> : null}
      {dialog === 'library' ? <LibraryDialog /> : null}
      {typeof dialog === 'object' && dialog.kind === 'rules' ? <RuleReference ruleId={dialog.ruleId} /> : null}
      {typeof dialog === 'object' && dialog.kind === 'suppress' ? <SuppressDialog rule={dialog.rule} target={dialog.target} /> : null}
      {dialog === 'share' ? <ShareDialog /> : null}
      {typeof dialog === 'object' && dialog.kind === 'problems' ? <ProblemsDialog title={dialog.title} errors={dialog.errors} note={dialog.note} /> : null}
      </Suspense>
    </div>
  );
}

export function App() {
  return (
    <ReactFlowProvider>
      <Shell />
    </ReactFlowProvider>
  );
}
