/**
 * Files dropped anywhere on the editor (the canvas first of all) are
 * imported. Listening on the document rather than the canvas keeps the
 * palette's own drag and drop (which carries no files) untouched, and a file
 * dropped a few pixels off the canvas still imports instead of making the
 * browser navigate away to it.
 */
import { useEffect } from 'react';

const carriesFiles = (e: DragEvent) => e.dataTransfer?.types.includes('Files') === true;

export function useFileDrop(): void {
  useEffect(() => {
    const onDragOver = (e: DragEvent) => {
      if (!carriesFiles(e)) return;
      e.preventDefault();
      if (e.dataTransfer) e.dataTransfer.dropEffect = 'copy';
    };
    const onDrop = (e: DragEvent) => {
      if (!carriesFiles(e)) return;
      e.preventDefault();
      const file = e.dataTransfer?.files[0];
      // The import code (PNG and link readers) loads on first use.
      if (file !== undefined) void import('./importDiagram').then((m) => m.importFile(file));
    };
    document.addEventListener('dragover', onDragOver);
    document.addEventListener('drop', onDrop);
    return () => {
      document.removeEventListener('dragover', onDragOver);
      document.removeEventListener('drop', onDrop);
    };
  }, []);
}
