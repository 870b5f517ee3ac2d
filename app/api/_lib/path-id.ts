import { idParamsSchema } from '@/lib/schemas/api-params';

/** The context Next passes a route under a `[id]` folder. */
export type IdContext = { params: Promise<{ id: string }> };

/** The id from the path (`/api/…/${encodeURIComponent(id)}`, as the client builds it), validated. */
export async function parsePathId(context: IdContext) {
  const raw = (await context.params).id;
  let id = raw;
  try {
    id = decodeURIComponent(raw);
  } catch {
    // A lone "%" (possible in a DOI) is the id as written.
  }
  return idParamsSchema.safeParse({ id });
}
