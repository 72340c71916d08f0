/**
 * Runs a command with the process's streams and exits with its status. An
 * unexpected exception prints one line, never a stack trace, and exits 2.
 */
import type { Io } from './validateCommand';

export function runMain(command: (argv: readonly string[], io: Io) => number | Promise<number>): void {
  const io: Io = {
    out: (t) => process.stdout.write(t),
    err: (t) => process.stderr.write(t),
    color: process.stdout.isTTY === true && process.env['NO_COLOR'] === undefined,
  };
  const fail = (e: unknown) => {
    process.stderr.write(`ramparts: internal error: ${e instanceof Error ? e.message : String(e)}\n`);
    process.exitCode = 2;
  };
  try {
    // Promise.resolve lets a synchronous command and an asynchronous one (layout) share this.
    Promise.resolve(command(process.argv.slice(2), io)).then((code) => {
      process.exitCode = code;
    }, fail);
  } catch (e) {
    fail(e);
  }
}
