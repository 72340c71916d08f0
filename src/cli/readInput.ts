/** Reading a diagram file for the CLI, with the same limits and messages as the app. */
import { readFileSync, statSync } from 'node:fs';
import { readDiagramText, type ReadResult } from '../format/readDiagram';
import { MAX_BYTES, formatBytes } from '../format/limits';
import type { Diagram } from '../model/types';

export interface Input {
  readonly text: string;
  readonly result: ReadResult;
}

export function readInput(file: string): Input | { readonly error: string } {
  let size: number;
  try {
    const stat = statSync(file);
    if (!stat.isFile()) return { error: `${file}: not a file` };
    size = stat.size;
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    return { error: code === 'ENOENT' ? `${file}: no such file` : `${file}: cannot read it (${code ?? 'error'})` };
  }
  // Refuse before reading a huge file into memory.
  if (size > MAX_BYTES) return { error: `${file}: the file is ${formatBytes(size)}; a diagram may be at most ${formatBytes(MAX_BYTES)}` };
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    return { error: `${file}: cannot read it (${(e as NodeJS.ErrnoException).code ?? 'error'})` };
  }
  return { text, result: readDiagramText(text) };
}

/**
 * Reads FILE for a command, or reports on stderr why it cannot (unreadable,
 * too large, not a valid diagram, every error listed) and returns undefined;
 * the caller then exits 2.
 */
export function loadDiagramArg(
  command: string,
  file: string,
  err: (text: string) => void,
): { readonly diagram: Diagram; readonly text: string } | undefined {
  const input = readInput(file);
  if ('error' in input) {
    err(`ramparts ${command}: ${input.error}\n`);
    return undefined;
  }
  if (!input.result.ok) {
    err(`ramparts ${command}: ${file} is not a valid Ramparts diagram:\n${input.result.errors.map((m) => `  - ${m}\n`).join('')}`);
    return undefined;
  }
  return { diagram: input.result.diagram, text: input.text };
}
