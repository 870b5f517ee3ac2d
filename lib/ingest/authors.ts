import { replaceAround } from '@/lib/text/scan';
import { isParticle } from './author-date/names';

/**
 * The byline of a reference entry as people: "Levant, R. F., Hall, R. J., & Hasan, N. T.",
 * "Levant, R. F. & Richmond, K.", "Gottman, J. M., and Levenson, R. W.", sloppy ones such as
 * "Cressen J." (family then initials, comma forgotten) and given-first names ("John Gottman").
 */
export interface ParsedAuthor {
  family: string;
  /** Initials normalised to "R. F.", or given names as written; null when the entry has none. */
  given: string | null;
}

/*
 * "\s*(?:-\s*)?" rather than "\s*-?\s*": the same text, but the spaces between initials can be
 * split only one way. Two ways per initial made a long run of initials exponential.
 */
/** "R. F.", "R.F.", "RF", "J.-P.", "Ch.", and "R. M" whose last initial lost its full stop. */
const INITIALS = /^(?:(?:\p{Lu}\p{Ll}?\.\s*(?:-\s*)?)+\p{Lu}?|\p{Lu}{1,3})$/u;
/** "Ronald", "Ronald F.", "Jean-Paul": a given name written out. */
const GIVEN_NAME = /^\p{Lu}\p{Ll}+(?:[\s-]+(?:\p{Lu}\p{Ll}+|\p{Lu}\.))*$/u;
/**
 * "Cressen J.", "Hasan N. T.", "Steinman R. M", "van der Wel N", "Gey van Pittius NC", "Bosch
 * JLHR", "Bradley J-C", "Cahill GF Jr.": a family name of one to three words (the first with a
 * lower-case letter) followed by initials, and perhaps a generation. Words end at spaces and
 * initials hold none but after a full stop; the shortest family name is tried first.
 */
const FAMILY_THEN_INITIALS =
  /^(?=[^\s\p{Ll}]*\p{Ll})(\S+(?:\s\S+){0,2}?)\s+((?:\p{Lu}\.\s*(?:-\s*)?)+\p{Lu}?|\p{Lu}-\p{L}|\p{Lu}{1,4})(?:\s(?:Jr|Sr|2nd|3rd|II|III|IV)\.?)?$/u;

/** "R.F." / "RF" / "R. F." → "R. F."; "J.-P." → "J.-P.". */
export function normaliseInitials(given: string): string {
  const g = given.trim();
  if (/^\p{Lu}{1,4}$/u.test(g)) return [...g].map((c) => `${c}.`).join(' ');
  const spaced = replaceAround(g.replace(/\.\s*(?=\p{Lu})/gu, '. '), /-/g, '-')
    .replace(/\s+/g, ' ')
    .trim();
  // "R. M": initials whose last lost its full stop get it back.
  return /\.\s\p{Lu}$/u.test(spaced) ? `${spaced}.` : spaced;
}

function splitTokens(byline: string): string[] {
  return replaceAround(byline.replace(/\bet\.? al\.?/gi, ''), /&|\band\b/g, ', ', { comma: true })
    .split(',')
    .map((t) => t.trim())
    .filter((t) => t !== '' && !/^\.+$/.test(t));
}

/** "M.T.", "JA", "N", "Th.": a given name written as initials. */
export function isInitials(token: string): boolean {
  return INITIALS.test(token);
}

/** "Jr", "Sr.", "III": a generation after a comma belongs to the name before it, "Watkins, Jr". */
/** The generations a name may carry, one list for the entry's authors and the text's mentions. */
export const GENERATIONS = 'Jr|Sr|Jnr|Snr|II|III|IV';
const GENERATION = new RegExp(`^(?:${GENERATIONS})\\.?$`);
export const isGeneration = (token: string): boolean => GENERATION.test(token);
/** "J.G.", "RD.", "M.": initials that keep their full stops, before a given-first family name. */
const DOTTED_INITIALS = /^(?:\p{Lu}{1,2}\.-?)+$/u;
const FAMILY_WORD = /^\p{Lu}[\p{L}'’-]+$/u;

/**
 * A byline of one name, given first with dotted initials: "J.G. Wetmur", "M. D. Frank-Kamenetskii"
 * (BibTeX's plain style), where a byline of one token is otherwise read whole, as a body ("World
 * Health Organization", "IBM Research").
 */
export function isInitialsThenFamily(token: string): boolean {
  const words = token.split(/\s+/);
  return (
    words.length >= 2 &&
    isFamilyWord(words.at(-1) ?? '') &&
    words.slice(0, -1).every((w) => DOTTED_INITIALS.test(w))
  );
}

/** "Wetmur", "Frank-Kamenetskii", "O'Neil": a capitalised family name with a lower-case letter. */
export function isFamilyWord(word: string): boolean {
  return FAMILY_WORD.test(word) && /\p{Ll}/u.test(word);
}

/** "Levant" or "van der Berg": a family name alone, as Chicago and MLA invert the first author. */
function isFamilyAlone(token: string): boolean {
  const words = token.split(/\s+/);
  return words.slice(0, -1).every((w) => isParticle(w.toLowerCase()));
}

function givenFirst(token: string): ParsedAuthor {
  const words = token.split(/\s+/);
  if (words.length < 2 || words.length > 4) return { family: token, given: null };
  const family = words[words.length - 1] ?? token;
  return { family, given: words.slice(0, -1).join(' ') };
}

export function parseAuthors(byline: string): ParsedAuthor[] {
  const tokens = splitTokens(byline.trim().replace(/[,;:]\s*$/, ''));
  const authors: ParsedAuthor[] = [];
  let pending: string | null = null;
  const flush = () => {
    if (pending !== null)
      authors.push(
        tokens.length === 1 && !isInitialsThenFamily(pending)
          ? { family: pending, given: null }
          : givenFirst(pending),
      );
    pending = null;
  };
  for (const token of tokens) {
    if (isGeneration(token)) continue;
    // Chicago and MLA invert only the first author: "Levant, Ronald F., and Jane Doe"; "Zhi-Jie
    // Tan and Shi-Jie Chen" are two names written whole.
    if (pending !== null && authors.length === 0 && GIVEN_NAME.test(token) && isFamilyAlone(pending)) {
      authors.push({ family: pending, given: token });
      pending = null;
      continue;
    }
    if (pending !== null && isInitials(token)) {
      authors.push({ family: pending, given: normaliseInitials(token) });
      pending = null;
      continue;
    }
    flush();
    const sloppy = FAMILY_THEN_INITIALS.exec(token);
    if (sloppy) {
      authors.push({ family: sloppy[1] ?? token, given: normaliseInitials(sloppy[2] ?? '') });
    } else if (!isInitials(token) || tokens.length === 1) {
      // A byline of one acronym is a body ("WHO"), not initials without a name.
      pending = token;
    }
  }
  flush();
  return authors;
}
