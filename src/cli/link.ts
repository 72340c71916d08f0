/** Entry point of `npm run link`. */
import { linkCommand } from './linkCommand';
import { runMain } from './runMain';

runMain((argv, io) => linkCommand(argv, io));
