/**
 * A path segment as the client wrote it before `encodeURIComponent`. A lone "%" (possible in a
 * DOI) cannot be decoded and is the id as written.
 */
export function decodePathSegment(raw: string): string {
  try {
    return decodeURIComponent(raw);
  } catch {
    return raw;
  }
}
