/**
 * zod, configured once before any schema is built: jitless, because zod's
 * JIT compiles validators with `new Function`, which the app's
 * Content-Security-Policy (no 'unsafe-eval') forbids.
 */
import { z } from 'zod';

z.config({ jitless: true });

export { z };
