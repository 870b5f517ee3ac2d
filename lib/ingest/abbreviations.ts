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

/**
 * True when the full stop at `dot` belongs to an abbreviation or an initial rather than ending a
 * sentence: "Drs.", "e.g.", "et al.", "R. F.".
 */
export function isAbbreviationStop(text: string, dot: number): boolean {
  const word = /([A-Za-z][A-Za-z.]*)$/.exec(text.slice(Math.max(0, dot - 20), dot))?.[1];
  if (!word) return false;
  const bare = word.replace(/^\.+|\.+$/g, '');
  if (DOTTED_LETTERS.test(bare) && (bare.length > 1 || /[A-Z]/.test(bare))) return true;
  return ABBREVIATIONS.has(bare.toLowerCase());
}
