/** Entry point of `npm run validate`; all logic is in validateCommand so tests can run it in-process. */
import { runMain } from './runMain';
import { validateCommand } from './validateCommand';

runMain((argv, io) => validateCommand(argv, io));
