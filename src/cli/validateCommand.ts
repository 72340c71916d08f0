/**
 * `ramparts validate FILE [--format text|json|sarif] [--now YYYY-MM-DD]`.
 * Exit 0 when no unsuppressed error, 1 when there are errors, 2 when the
 * input is unreadable or invalid or the call is wrong. Pure apart from the
 * streams it is handed, so tests run it in-process.
 */
import { isValidDate } from '../format/readSuppression';
import { toSarif } from '../export/sarif';
import { textReport } from '../export/textReport';
import { RULES } from '../rules/registry';
import { validate } from '../rules/validate';
import { parseArgs, UsageError } from './args';
import { loadDiagramArg } from './readInput';

export interface Io {
  readonly out: (text: string) => void;
  readonly err: (text: string) => void;
  readonly color?: boolean;
}

export const VALIDATE_USAGE = 'usage: npm run --silent validate -- FILE [--format text|json|sarif] [--now YYYY-MM-DD]';
export const TOOL_VERSION = '0.1.0';

export function validateCommand(argv: readonly string[], io: Io): number {
  let file: string;
  let format: string;
  let now: Date;
  try {
    const args = parseArgs(argv, ['format', 'now'], ['help']);
    if (args.flags.has('help')) {
      io.out(`${VALIDATE_USAGE}\n`);
      return 0;
    }
    if (args.positional.length !== 1) throw new UsageError(args.positional.length === 0 ? 'no FILE given' : 'give exactly one FILE');
    file = args.positional[0]!;
    format = (args.flags.get('format') as string | undefined) ?? 'text';
    if (!['text', 'json', 'sarif'].includes(format)) throw new UsageError(`--format must be text, json or sarif, not "${format}"`);
    const nowText = args.flags.get('now') as string | undefined;
    if (nowText !== undefined && !isValidDate(nowText)) throw new UsageError(`--now must be a date YYYY-MM-DD, not "${nowText}"`);
    now = nowText === undefined ? new Date() : new Date(`${nowText}T00:00:00Z`);
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    io.err(`ramparts validate: ${e.message}\n${VALIDATE_USAGE}\n`);
    return 2;
  }

  const input = loadDiagramArg('validate', file, io.err);
  if (input === undefined) return 2;
  const diagram = input.diagram;
  const result = validate(diagram, { now });
  if (format === 'json') io.out(`${JSON.stringify({ findings: result.findings, summary: result.summary }, null, 2)}\n`);
  else if (format === 'sarif') {
    io.out(`${JSON.stringify(toSarif(result, { uri: file, text: input.text, rules: RULES, toolVersion: TOOL_VERSION }), null, 2)}\n`);
  } else io.out(textReport(diagram, result, { file, color: io.color ?? false }));
  return result.summary.error > 0 ? 1 : 0;
}
