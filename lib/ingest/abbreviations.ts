import { trimEndOf } from '@/lib/text/scan';

/**
 * Words whose full stop does not end a sentence. "etc." is left out on purpose: it ends sentences
 * as often as not, and a capital letter after it is the better signal.
 */
const ABBREVIATIONS = new Set([
  'al', // et al.
  'approx',
  'ca',
  'cf',
  'co',
  'corp',
  'dept',
  'dr',
  'drs',
  'ed',
  'eds',
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
  'rev',
  'sr',
  'st',
  'univ',
  'v',
  'vol',
  'vols',
  'vs',
]);

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
  const word = wordBefore(text, dot);
  if (!word) return false;
  const bare = trimEndOf(word, (c) => c === '.'); // the word starts with a letter
  if (DOTTED_LETTERS.test(bare) && (bare.length > 1 || /[A-Z]/.test(bare))) return true;
  return ABBREVIATIONS.has(bare.toLowerCase());
}
