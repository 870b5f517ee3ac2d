/**
 * Whether an If-None-Match header names this ETag, by the weak comparison RFC 9110 prescribes for
 * it: `W/` is ignored on both sides, `*` matches any current answer.
 */
export function etagMatches(ifNoneMatch: string | null, etag: string): boolean {
  if (!ifNoneMatch) return false;
  const opaque = (tag: string) => tag.trim().replace(/^W\//, '');
  const wanted = opaque(etag);
  return ifNoneMatch.split(',').some((tag) => tag.trim() === '*' || opaque(tag) === wanted);
}
