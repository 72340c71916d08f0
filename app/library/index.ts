/** What the rest of the editor uses from the library (toolbar buttons, canvas overlay, status). */
export { EmptyState } from './EmptyState';
export { SaveStatus } from './SaveStatus';
export { useSaveStatus, type SaveStatus as SaveStatusValue, type SaveState } from './saveStatus';
export { useStartup } from './useStartup';
export { newDocument, newFromTemplate, openLibrary, openDocument } from './documentActions';
export { flushSave } from './autosave';
