import { trimEndOf } from '@/lib/text/scan';

/**
 * Words whose full stop does not end a sentence. "etc." is left out on purpose: it ends sentences
 * as often as not, and a capital letter after it is the better signal.
 */
const ABBREVIATIONS = new Set([
  'al', // et al.
  'approx',
  'ca',
  'cand', // Candidatus
  'cf',
  'co',
  'corp',
  'dept',
  'dr',
  'drs',
  'ed',
  'eds',
  'eq',
  'eqs',
  'fig',
  'figs',
  'inc',
  'jr',
  'ltd',
  'mr',
  'mrs',
  'ms',
  'mt',
  'no',
  'nos',
  'p',
  'ph.d',
  'pp',
  'prof',
  'profs',
  'ref',
  'refs',
  'rev',
  'sp',
  'spp',
  'sr',
  'ssp',
  'st',
  'subsp',
  'univ',
  'v',
  'var',
  'vol',
  'vols',
  'vs',
]);

/**
 * Of those, the ones a sentence may end with ("… and Pitt, Briggs & Co. It closed", "… Bacillus
 * spp. These grew"); the rest stand before what they name ("Dr.", "Fig.", "Eq.", "p.", "Cand.") and
 * never end one.
 */
const MAY_END = new Set(['al', 'co', 'corp', 'inc', 'jr', 'ltd', 'sp', 'spp', 'ssp', 'sr', 'subsp', 'var']);

/** Dotted abbreviations that always introduce what follows. */
const NEVER_END_DOTTED = new Set(['e.g', 'i.e']);

/** Initials ("R", "R.F") and dotted abbreviations ("e.g", "i.e", "U.S"). */
const DOTTED_LETTERS = /^(?:[A-Za-z]\.)*[A-Za-z]$/;

const isLetter = (c: string | undefined) => c !== undefined && /[A-Za-z]/.test(c);

/**
 * `/([A-Za-z][A-Za-z.]*)$/` on the 20 characters before `dot`, read backwards: the run of letters
 * and dots that ends there, from its first letter.
 */
function wordBefore(text: string, dot: number): string | undefined {
  const floor = Math.max(0, dot - 20);
  let start = dot;
  while (start > floor && (isLetter(text[start - 1]) || text[start - 1] === '.')) start--;
  while (start < dot && !isLetter(text[start])) start++;
  return start < dot ? text.slice(start, dot) : undefined;
}

/**
 * True when the full stop at `dot` belongs to an abbreviation or an initial rather than ending a
 * sentence: "Drs.", "e.g.", "et al.", "R. F.".
 */
export function isAbbreviationStop(text: string, dot: number): boolean {
  return stopAt(text, dot) !== 'sentence';
}

/**
 * What the full stop at `dot` is: a sentence's end; an abbreviation's stop that never ends a
 * sentence ("Fig.", "e.g.", "Cand."); or an ambiguous one, an initial, acronym or "et al.", "Co.",
 * "spp." that ends a sentence only when a sentence clearly starts after it (sentence-starters.ts):
 * "Jonas E. Smith" and "The U.S. Census" go on, "vitamin D. Their", "the U.S. How" end.
 */
export type StopKind = 'sentence' | 'abbreviation' | 'ambiguous';

export function stopAt(text: string, dot: number): StopKind {
  const word = wordBefore(text, dot);
  if (!word) return 'sentence';
  // Letters glued to a number ("Fig. 1B.", "a 3D.") are a label's end, no initial or abbreviation.
  if (/\d/.test(text[dot - word.length - 1] ?? '')) return 'sentence';
  const bare = trimEndOf(word, (c) => c === '.'); // the word starts with a letter
  const lower = bare.toLowerCase();
  if (DOTTED_LETTERS.test(bare) && (bare.length > 1 || /[A-Z]/.test(bare))) {
    return NEVER_END_DOTTED.has(lower) ? 'abbreviation' : 'ambiguous';
  }
  if (!ABBREVIATIONS.has(lower)) return 'sentence';
  return MAY_END.has(lower) ? 'ambiguous' : 'abbreviation';
}
