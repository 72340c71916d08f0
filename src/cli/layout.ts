/** Entry point of `npm run layout`; all logic is in layoutCommand so tests can run it in-process. */
import { layoutCommand } from './layoutCommand';
import { runMain } from './runMain';

runMain((argv, io) => layoutCommand(argv, io));
