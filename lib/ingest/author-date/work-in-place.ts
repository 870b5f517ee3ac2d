import { parseReferenceEntry } from '../reference-entry';
import { PARTICLES } from './names';

/**
 * A work given whole where the text points to it, and not in the list: a README's "Please cite
 * the following publication: Kapli T, Lutteropp S, …, Flouri T. (2016) Multi-rate Poisson tree
 * processes … Bioinformatics 33(11):1630-1638. doi:10.1093/…". The last names before its year
 * read as a callout, but the reader has the whole work right there, so it is no "cited, not
 * listed" finding. Told by where it stands (its byline opens the block or follows a colon, and
 * holds only names, initials, "and", "&" and "et al."), and by what follows: a title, then a DOI
 * or a volume and pages, within the length of an entry. Prose that opens with a callout
 * ("Kapli et al. (2016) showed …") has no venue after it.
 */
const ENTRY_LENGTH = 600;
const BYLINE_LENGTH = 400;

const LEAD = /^[\s*_>•-]*/;
/** A name word as a byline writes it, initials' full stops and all: "Smith", "J.", "J.-P.", "O'Neil". */
const NAME_WORD = /^\p{Lu}[\p{L}'’.-]*$/u;
/** Words that join names in a byline: "and", "et al.", and the particles of family names. */
const JOINING_WORDS = new Set(['and', '&', 'et', 'al.', ...PARTICLES]);

/** Only names, initials and the words that join them: "Kapli T, Lutteropp S, … Stamatakis A,". */
function isByline(text: string): boolean {
  const words = text.split(/[\s,;]+/).filter((w) => w !== '');
  return words.length > 0 && words.every((w) => NAME_WORD.test(w) || JOINING_WORDS.has(w.toLowerCase()));
}

/** Where the byline before a callout at `start` begins: the block's start or just after a colon. */
function bylineStart(text: string, start: number): number | null {
  const from = Math.max(0, start - BYLINE_LENGTH);
  const colon = text.lastIndexOf(':', start - 1);
  const opening = colon >= from ? colon + 1 : from === 0 ? 0 : -1;
  if (opening < 0) return null;
  const lead = LEAD.exec(text.slice(opening, start))?.[0].length ?? 0;
  const byline = text.slice(opening + lead, start);
  return byline === '' || isByline(byline) ? opening + lead : null;
}

export function isWorkGivenInPlace(text: string, start: number): boolean {
  const opening = bylineStart(text, start);
  if (opening === null) return false;
  const entry = parseReferenceEntry(text.slice(opening, start + ENTRY_LENGTH));
  if (!entry.title || entry.year === null || entry.authors.length === 0) return false;
  return entry.doi !== null || (entry.volume !== null && entry.pages !== null);
}
