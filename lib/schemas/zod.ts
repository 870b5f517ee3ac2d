import { z } from 'zod';

/*
 * zod as every schema here imports it. In the browser the pages run under a Content-Security-Policy
 * without 'unsafe-eval' (lib/http/security-headers.ts): zod's compiled parsers cannot run there, and
 * the probe it makes for them, new Function(''), is reported as a policy violation even though zod
 * catches it. `jitless` skips the probe; it has to be set before the first object schema is built,
 * which importing z from here guarantees. The server, which has no such policy, keeps the compiler.
 */
if (typeof window !== 'undefined') z.config({ jitless: true });

export { z };
