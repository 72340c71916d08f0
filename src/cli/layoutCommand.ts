/**
 * `ramparts layout FILE [--missing]`: prints the same diagram with every
 * position and container size filled in, in canonical format. With
 * --missing, only what the app lays out on load (containers with a child
 * that lacks a position, and top-level nodes without one) moves. Exit 0 on
 * success, 2 when the input is unreadable or invalid or the call is wrong.
 * A notice (the grid stood in for the full layout) goes to stderr, so
 * stdout stays a diagram.
 */
import { writeDiagram } from '../format/writeDiagram';
import { layoutDiagram, layoutMissing, type LayoutOptions } from '../layout/layoutDiagram';
import { parseArgs, UsageError } from './args';
import { loadDiagramArg } from './readInput';
import type { Io } from './validateCommand';

export const LAYOUT_USAGE = 'usage: npm run --silent layout -- FILE [--missing]';

export async function layoutCommand(argv: readonly string[], io: Io, options: LayoutOptions = {}): Promise<number> {
  let file: string;
  let missingOnly: boolean;
  try {
    const args = parseArgs(argv, [], ['missing', 'help']);
    if (args.flags.has('help')) {
      io.out(`${LAYOUT_USAGE}\n`);
      return 0;
    }
    if (args.positional.length !== 1) throw new UsageError(args.positional.length === 0 ? 'no FILE given' : 'give exactly one FILE');
    file = args.positional[0]!;
    missingOnly = args.flags.has('missing');
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    io.err(`ramparts layout: ${e.message}\n${LAYOUT_USAGE}\n`);
    return 2;
  }
  const input = loadDiagramArg('layout', file, io.err);
  if (input === undefined) return 2;
  const result = await (missingOnly ? layoutMissing : layoutDiagram)(input.diagram, options);
  if (result.notice !== undefined) io.err(`ramparts layout: ${result.notice}\n`);
  io.out(writeDiagram(result.diagram));
  return 0;
}
