/**
 * Reads a template's bundled JSON through the same reader as any file, so a
 * template that drifts from the format fails loudly when the module loads
 * (and in the tests) instead of handing the editor a half-read diagram.
 */
import { readDiagram } from '../format/readDiagram';
import type { Diagram } from '../model/types';

export function loadTemplate(id: string, json: unknown): Diagram {
  const result = readDiagram(json);
  if (!result.ok) throw new Error(`template "${id}" does not read as a Ramparts diagram: ${result.errors.join('; ')}`);
  return result.diagram;
}
