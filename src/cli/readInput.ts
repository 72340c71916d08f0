/** Reading a diagram file for the CLI, with the same limits and messages as the app. */
import { readFileSync, statSync } from 'node:fs';
import { readDiagramText, type ReadResult } from '../format/readDiagram';
import { MAX_BYTES, formatBytes } from '../format/limits';

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
