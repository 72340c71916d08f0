/**
 * Opens the diagram a share link carries (`#d=…` in the address). The link is
 * hostile input: it goes through the same decoder and reader as a file, and a
 * link that fails (bad base64, not our envelope, a newer version, a bomb, a
 * diagram the format refuses) is explained in a dialog while the app goes on
 * to the library, which the link never touches.
 */
import { loadDiagram } from '../store/editorActions';
import { openDialog } from '../store/uiStore';
import { flushSave } from '../library/autosave';
import { requestViewport } from '../library/viewportRequest';
import { setSharedView, useSharedView } from './sharedView';
import { useEditor } from '../store/editorStore';

const LINK_UNTOUCHED = 'Your diagrams were not changed. Ask whoever sent the link for a new one, or for the JSON file.';

function linkInAddress(): string | undefined {
  const hash = window.location.hash;
  return /^#(?:.*&)?d=/.test(hash) ? hash : undefined;
}

/** Opens the link in the address, if any; returns whether a diagram was opened. */
export async function openFromLocation(): Promise<boolean> {
  const hash = linkInAddress();
  if (hash === undefined) return false;
  // The link codec (inflate, dictionary) loads only when there is a link to read.
  const { decodeShareLink } = await import('../../src/share/shareLink');
  const decoded = decodeShareLink(hash);
  if (!decoded.ok) {
    // Drop the broken fragment so a reload does not report it again.
    history.replaceState(null, '', window.location.pathname + window.location.search);
    openDialog({ kind: 'problems', title: 'This link could not be opened', errors: decoded.errors, note: LINK_UNTOUCHED });
    return false;
  }
  loadDiagram(decoded.diagram, { documentId: undefined, readOnly: decoded.review });
  setSharedView({ review: decoded.review, arrived: decoded.diagram });
  requestViewport(undefined, decoded.diagram.viewport);
  return true;
}

/**
 * A link pasted into the address bar of an open tab changes only the
 * fragment: no reload, so listen for it. Also warns before leaving a shared
 * diagram that was edited and not saved.
 */
export function installLinkListeners(): () => void {
  const onHash = () => {
    if (linkInAddress() === undefined) return;
    void flushSave().then(() => openFromLocation());
  };
  const onBeforeUnload = (e: BeforeUnloadEvent) => {
    const view = useSharedView.getState().view;
    const state = useEditor.getState();
    if (view === undefined || state.documentId !== undefined || state.diagram === view.arrived) return;
    e.preventDefault();
  };
  window.addEventListener('hashchange', onHash);
  window.addEventListener('beforeunload', onBeforeUnload);
  return () => {
    window.removeEventListener('hashchange', onHash);
    window.removeEventListener('beforeunload', onBeforeUnload);
  };
}
