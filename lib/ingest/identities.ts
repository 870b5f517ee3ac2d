import { tokenize } from './stem';
/**
 * Ids for works, authors, venues and concepts, derived from content so that two articles citing
 * the same thing meet at one node. Readable on purpose (`author:levant-r`), see
 * docs/decisions/002-identities.md for the rules and their trade-offs.
 */

/** Lower case ASCII words joined by "-": diacritics folded, apostrophes dropped ("O’Neil" → "oneil"). */
export function keyOf(text: string): string {
  return tokenize(text).join('-');
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

const LEADING_ARTICLE = new Set(['the', 'a', 'an']);

export interface WorkKey {
  doi: string | null;
  firstAuthorFamily: string | null;
  year: number | null;
  title: string | null;
  raw: string;
}

/**
 * DOI when there is one; otherwise first author's family name, year and title. The title key
 * drops a leading article and is cut at 60 characters, so a subtitle written differently late in
 * a long title does not split a work in two.
 */
export function workId(key: WorkKey): string {
  if (key.doi) return `work:doi:${key.doi.toLowerCase()}`;
  if (!key.title) return `work:${truncate(keyOf(key.raw), 90) || 'untitled'}`;
  const titleWords = tokenize(key.title);
  if (LEADING_ARTICLE.has(titleWords[0] ?? '') && titleWords.length > 1) titleWords.shift();
  const author = key.firstAuthorFamily ? keyOf(key.firstAuthorFamily) : 'anon';
  const year = key.year ?? 'nd';
  return `work:${author || 'anon'}-${year}-${truncate(titleWords.join('-'), 60)}`;
}

/** A number cited but never listed is known only inside its article. */
export function unlistedWorkId(slug: string, n: number): string {
  return `${slug}/ref${n}`;
}

export function conceptId(vocabularyId: string): string {
  return `concept:${vocabularyId}`;
}
