/** Entry point of `npm run layout`; all logic is in layoutCommand so tests can run it in-process. */
import { layoutCommand } from './layoutCommand';
import type { Io } from './validateCommand';

const io: Io = {
  out: (t) => process.stdout.write(t),
  err: (t) => process.stderr.write(t),
};

// runMain takes a synchronous command; the layout is asynchronous (ELK answers
// through a promise), so this entry does the same job with an await.
layoutCommand(process.argv.slice(2), io).then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    process.stderr.write(`ramparts: internal error: ${e instanceof Error ? e.message : String(e)}\n`);
    process.exitCode = 2;
  },
);
