/** "Download the JSON file" wherever a link or storage cannot carry the diagram: `<title>.ramparts.json`, canonical. */
import { fileNameOf } from '../../src/export/fileName';
import { writeDiagram } from '../../src/format/writeDiagram';
import type { Diagram } from '../../src/model/types';
import { downloadBlob } from '../export/download';

export function downloadDiagramJson(diagram: Diagram): void {
  downloadBlob(new Blob([writeDiagram(diagram)], { type: 'application/json' }), `${fileNameOf(diagram.title)}.ramparts.json`);
}
