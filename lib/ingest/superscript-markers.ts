/**
 * Unicode superscript markers in plain text: "memory.¹", "memory¹²", "¹⁻³", "¹,²". A superscript
 * is also an exponent or a unit ("10⁶", "m²", "km²", "s⁻¹"), so one counts as a marker only after
 * punctuation or after a word of three letters or more; after a digit, a space, a short word or a
 * superscript sign it is maths, and so it is after a closing bracket ("[0, 1]²", "(a + b)²") or on
 * a word of a formula ("weight/height²"). ASCII digits on a word ("CO2", "x2") are never markers.
 */
const SUP_DIGITS = '⁰¹²³⁴⁵⁶⁷⁸⁹';
const SUP = `[${SUP_DIGITS}]`;
const SUP_ITEM = `${SUP}{1,4}(?:[⁻–-]${SUP}{1,4})?`;
/** A comma (or the modifier comma "˒") only joins two superscript items, never ends a marker. */
const SUP_MARKER = new RegExp(`${SUP_ITEM}(?:[,˒]${SUP_ITEM})*`, 'gu');

/** What may come right before a marker that follows a sentence or a clause. */
const PUNCTUATION_BEFORE = new Set(['.', ',', ';', ':', '!', '?', '"', "'", '’', '”', '»']);
/** A word after these is part of a formula: "weight/height²". */
const FORMULA_BEFORE = new Set(['/', '^', '*', '=']);
const MIN_WORD_LETTERS = 3;

const isLetter = (ch: string | undefined) => ch !== undefined && /\p{L}/u.test(ch);

function startsMarker(text: string, at: number): boolean {
  const before = text[at - 1];
  if (before === undefined) return false;
  if (PUNCTUATION_BEFORE.has(before)) return true;
  let i = at - 1;
  while (i >= 0 && isLetter(text[i])) i--;
  return at - 1 - i >= MIN_WORD_LETTERS && !FORMULA_BEFORE.has(text[i] ?? '');
}

/** The superscript markers of a text as [start, end), left to right. */
export function superscriptSpans(text: string): [number, number][] {
  const spans: [number, number][] = [];
  for (const m of text.matchAll(SUP_MARKER)) {
    if (startsMarker(text, m.index)) spans.push([m.index, m.index + m[0].length]);
  }
  return spans;
}

/** "¹⁻³" -> "1-3": superscript digits and signs as ASCII, anything else unchanged. */
export function superscriptToDigits(text: string): string {
  let out = '';
  for (const ch of text) {
    const digit = SUP_DIGITS.indexOf(ch);
    out += digit >= 0 ? String(digit) : ch === '⁻' ? '-' : ch === '˒' ? ',' : ch;
  }
  return out;
}

/** "1-3" -> "¹⁻³": a superscript a format writes with markup (`<sup>1</sup>`, Pandoc's `^1^`) as text. */
export function digitsToSuperscript(text: string): string {
  let out = '';
  for (const ch of text) {
    out += /\d/.test(ch) ? (SUP_DIGITS[Number(ch)] as string) : ch === '-' || ch === '–' ? '⁻' : ch;
  }
  return out;
}
