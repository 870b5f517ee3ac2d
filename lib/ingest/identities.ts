import { slugify } from '@/lib/text/slug';
import { tokenize } from '@/lib/text/words';

/**
 * Ids for works, authors, venues and concepts, derived from content so that two articles citing
 * the same thing meet at one node. Readable on purpose (`author:levant-r`), see
 * docs/decisions/002-identities.md for the rules and their trade-offs.
 */

/** Lower case ASCII words joined by "-": diacritics folded, apostrophes dropped ("O’Neil" → "oneil"). */
export function keyOf(text: string): string {
  return slugify(text);
}

/** Keeps ids short enough to read; cut on a word boundary. */
function truncate(key: string, max: number): string {
  if (key.length <= max) return key;
  const cut = key.slice(0, max);
  const lastDash = cut.lastIndexOf('-');
  return lastDash > max / 2 ? cut.slice(0, lastDash) : cut;
}

/**
 * Family name plus first initial: "Gottman, J." and "Gottman, J. M." are one author. The key is
 * cut like the others: an id is indexed, and Neo4j refuses to index a value over 8 KB, which a
 * malformed entry's "family name" can be.
 */
export function authorId(family: string, given: string | null): string {
  const initial = given ? tokenize(given)[0]?.[0] : undefined;
  return `author:${truncate(keyOf(family), 80)}${initial ? `-${initial}` : ''}`;
}

/** Case, punctuation, "&"/"and" and a leading "The" folded: one venue however it is written. */
export function venueId(name: string): string {
  const w = tokenize(name.replace(/&/g, ' ')).filter((x) => x !== 'and');
  if (w[0] === 'the' && w.length > 1) w.shift();
  return `venue:${truncate(w.join('-'), 80)}`;
}

export interface WorkKey {
  doi: string | null;
  /** The entry as written, its list number removed. */
  raw: string;
}

/** FNV-1a, 32 bits, as 8 hex digits: a short, stable fingerprint of a key (not a secret). */
function fingerprint(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}

/**
 * The DOI when the entry gives one; otherwise the entry's own text, normalised (case, accents,
 * quotes, dashes, punctuation and "&"/"and" folded), never the fields a parser reads from it: a better entry
 * parser must not create a second node for the same work (docs/decisions/026-stable-work-ids.md).
 * The readable head is cut at 60 characters; the fingerprint of the whole key keeps two entries
 * that share their first words apart.
 */
export function workId(key: WorkKey): string {
  if (key.doi) return `work:doi:${key.doi.toLowerCase()}`;
  const whole = keyOf(key.raw.replace(/&/g, ' and '));
  if (whole === '') return 'work:untitled';
  return `work:${truncate(whole, 60)}-${fingerprint(whole)}`;
}

/** A number cited but never listed is known only inside its article. */
export function unlistedWorkId(slug: string, n: number): string {
  return `${slug}/ref${n}`;
}

export function conceptId(vocabularyId: string): string {
  return `concept:${vocabularyId}`;
}
