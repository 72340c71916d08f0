/** `ramparts link FILE [--base URL] [--review]`: prints the share link the app opens. */
import { DEFAULT_BASE, shareLink } from '../share/shareLink';
import { parseArgs, UsageError } from './args';
import { loadDiagramArg } from './readInput';
import type { Io } from './validateCommand';

export const LINK_USAGE = 'usage: npm run --silent link -- FILE [--base URL] [--review]';

export function linkCommand(argv: readonly string[], io: Io): number {
  let file: string;
  let base: string;
  let review: boolean;
  try {
    const args = parseArgs(argv, ['base'], ['review', 'help']);
    if (args.flags.has('help')) {
      io.out(`${LINK_USAGE}\n`);
      return 0;
    }
    if (args.positional.length !== 1) throw new UsageError(args.positional.length === 0 ? 'no FILE given' : 'give exactly one FILE');
    file = args.positional[0]!;
    base = (args.flags.get('base') as string | undefined) ?? DEFAULT_BASE;
    if (!/^https?:\/\/[^\s#]+$/.test(base)) throw new UsageError(`--base must be an http(s) URL without a fragment, not "${base}"`);
    review = args.flags.has('review');
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    io.err(`ramparts link: ${e.message}\n${LINK_USAGE}\n`);
    return 2;
  }
  const input = loadDiagramArg('link', file, io.err);
  if (input === undefined) return 2;
  io.out(`${shareLink(input.diagram, base, { review })}\n`);
  return 0;
}
