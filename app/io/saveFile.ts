/** Hands a file to the browser's download (an object URL on a temporary link, revoked once used). */
import { writeDiagram } from '../../src/format/writeDiagram';
import type { Diagram } from '../../src/model/types';

export function saveFile(name: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.rel = 'noopener';
  document.body.append(a);
  a.click();
  a.remove();
  // Revoke after the click has been handled; revoking at once can cancel the download.
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** A file name from a diagram title: no path separators, control or reserved characters. */
export function fileBaseName(title: string | undefined): string {
  const clean = (title ?? '')
    .normalize('NFC')
    .replace(/[\u0000-\u001f\u007f\u200b-\u200f\u202a-\u202e\u2066-\u2069]/g, '')
    .replace(/[\\/:*?"<>|#%&{}$!'`=@+^~]/g, ' ')
    .replace(/\s+/g, ' ')
    .replace(/^[.\s]+|[.\s]+$/g, '')
    .replace(/(?:^|\s)\.+(?=\s|$)/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 80)
    .trim();
  return clean === '' ? 'diagram' : clean;
}

/** "Export JSON": `<title>.ramparts.json` in canonical format. */
export function downloadDiagramJson(diagram: Diagram): void {
  saveFile(`${fileBaseName(diagram.title)}.ramparts.json`, new Blob([writeDiagram(diagram)], { type: 'application/json' }));
}
