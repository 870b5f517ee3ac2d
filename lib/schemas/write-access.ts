import { z } from './zod';

/** GET /api/write-access: whether this browser may write (add and remove articles). */
export const writeAccessSchema = z.object({ write: z.boolean() });
export type WriteAccess = z.infer<typeof writeAccessSchema>;
