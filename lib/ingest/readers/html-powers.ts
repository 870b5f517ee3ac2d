/**
 * Superscripts that are powers, not callouts. A callout follows a word or punctuation; a power
 * follows the number or unit it raises.
 */

/**
 * A power rather than a callout: a superscript written right after "× 10", "10" or "10^"
 * ("4 × 10<sup>37</sup>", "about 10<sup>6</sup>"), or after the piece of a tall bracket that HTML
 * renderings of LaTeX build formulas from ("⎛ x ⎞<sup>2</sup>": U+239B–U+23AD), or right after a
 * formula left in TeX for MathJax to draw ("\([\rho_C - \rho_D]\)<sup>2</sup>", "$x$<sup>2</sup>"):
 * a callout is written after words, not inside the maths.
 */
const POWER_BASE =
  /(?:(?:[×·*]|(?:^|\s)x)\s?\d+(?:[.,]\d+)?|(?:^|[\s(~≈])10\^?|[\u239B-\u23AD]\s?|\\[)\]]|\$)$/u;
export function isExponent(before: string): boolean {
  return POWER_BASE.test(before);
}

/**
 * A superscript after a quantity: a number of up to three digits standing alone ("2<sup>31</sup>
 * - 1"; a year is left alone), or a lower-case letter or unit standing alone ("m<sup>3</sup>/
 * s<sup>2</sup>", "x<sup>2</sup>"). A power where the reference list is not numbered, since then
 * no number calls out an entry; a callout where it is ("Library 2.0<sup>168</sup>", "1 m<sup>95</sup>").
 */
const QUANTITY = /(?:(?:^|[\s(=~≈])\d{1,3}(?:[.,]\d+)?|(?:^|[\s(/·*\d])(?:[a-zµμ]|[kcmµμn]m|kg|mol))$/u;
export function afterQuantity(before: string): boolean {
  return QUANTITY.test(before);
}

/**
 * A superscript set before a word rather than after one: an isotope's mass number ("the
 * <sup>14</sup>C content"), a residue's place in a protein ("the monomers <sup>65</sup>threonyl
 * <sup>66</sup>tyrosinyl"). A callout is written after what it backs; this one has a space or
 * nothing before it and a letter right after it (zero-width marks between are no gap).
 */
const PRESCRIPT_AFTER = /^[\u200B\u2060\uFEFF]*\p{L}/u;
export function isPrescript(before: string, after: string): boolean {
  return (before === '' || /\s$/.test(before)) && PRESCRIPT_AFTER.test(after);
}

/**
 * Inside a formula: MathML, or the element Pandoc, KaTeX, MathJax and Python-Markdown's
 * arithmatex set a formula in ("<span class="math inline"><em>z</em>/log<sup>2</sup><em>x</em></span>"
 * when Pandoc writes maths as HTML), or a cell of the tables HeVeA lays a displayed formula out in
 * (`<td class="dcell">`, fractions and roots as tables within it). Its superscripts are powers,
 * whatever stands before them.
 */
const MATHS = 'math, .math, .katex, .MathJax, .arithmatex, td.dcell';
export function inMaths(el: Element): boolean {
  return el.closest(MATHS) !== null;
}
