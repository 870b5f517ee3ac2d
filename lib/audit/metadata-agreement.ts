import { keyOf, venueId } from '@/lib/ingest/identities';

/*
 * Whether an entry and a Crossref record name the same thing, field by field. Lenient where
 * writers legitimately differ (case, punctuation, a subtitle left off, an abbreviated journal, the
 * print or the online year), strict where a difference means another work (a different first
 * author, a different title).
 */

const words = (text: string) => new Set(keyOf(text).split('-').filter(Boolean));

/** Same normalised title, one a word-boundary prefix of the other (a dropped subtitle), or 85 % of words shared. */
export function titlesAgree(a: string, b: string): boolean {
  const ka = keyOf(a);
  const kb = keyOf(b);
  if (ka === '' || kb === '') return false;
  if (ka === kb || ka.startsWith(`${kb}-`) || kb.startsWith(`${ka}-`)) return true;
  const wa = words(a);
  const wb = words(b);
  const shared = [...wa].filter((w) => wb.has(w)).length;
  return (2 * shared) / (wa.size + wb.size) >= 0.85;
}

export function yearAgrees(year: number, years: readonly number[]): boolean {
  return years.length === 0 || years.includes(year);
}

export function familiesAgree(a: string, b: string): boolean {
  return keyOf(a) === keyOf(b);
}

/** A journal written out or abbreviated ("J Sleep Stud"): equal keys, or one the start of the other. */
export function venueAgrees(venue: string, venues: readonly string[]): boolean {
  const key = venueId(venue);
  return venues.some((v) => {
    const other = venueId(v);
    return key === other || key.startsWith(`${other}-`) || other.startsWith(`${key}-`);
  });
}
