import { tokenize } from '@/lib/text/words';

/**
 * A light stemmer of our own, enough to match a vocabulary's aliases against prose: plural -s/-es/
 * -ies, -ing, -ed, -ly, -ness, -ity ("vulnerability" ~ "vulnerable"), a final -e, British spellings
 * ("counselling" ~ "counseling", "behaviour" ~ "behavior", "socialisation" ~ "socialization").
 * Aliases and text go through the same function, so a stem only has to be consistent, not a word.
 */
const BRITISH: [RegExp, string][] = [
  [/llor(s?)$/, 'lor$1'],
  [/([a-z]{3})our(s?)$/, '$1or$2'], // three letters are enough to test: "{3,}" backtracked on long words
  [/is(ation|ations|e|es|ed|ing)$/, 'iz$1'],
];

const SUFFIXES: [RegExp, string][] = [
  [/abilit(y|ies)$/, 'able'],
  [/ibilit(y|ies)$/, 'ible'],
  [/it(y|ies)$/, ''],
  [/ness$/, ''],
  [/ies$/, 'y'],
  [/sses$/, 'ss'],
  [/(ch|sh|x|z)es$/, '$1'],
  [/ings?$/, ''],
  [/ed$/, ''],
  [/ally$/, 'al'],
  [/ly$/, ''],
  [/([^su])s$/, '$1'],
];

function doubled(word: string): string {
  // "counsell(ing)" and "stonewall(ing)" both lose the doubled letter: one stem either side.
  return /([b-df-hj-np-tv-z])\1$/.test(word) && !/(ss|zz)$/.test(word) ? word.slice(0, -1) : word;
}

/** Prose repeats its words: remember stems, up to a bound so a huge text cannot grow it forever. */
const cache = new Map<string, string>();
const CACHE_LIMIT = 50_000;

export function stem(word: string): string {
  const known = cache.get(word);
  if (known !== undefined) return known;
  const result = computeStem(word);
  if (cache.size < CACHE_LIMIT) cache.set(word, result);
  return result;
}

function computeStem(word: string): string {
  let w = word.toLowerCase();
  if (w.length <= 3) return w;
  for (const [pattern, replacement] of BRITISH) w = w.replace(pattern, replacement);
  for (const [pattern, replacement] of SUFFIXES) {
    const next = w.replace(pattern, replacement);
    if (next !== w && next.length >= 3) {
      w = next;
      break;
    }
  }
  w = doubled(w);
  if (w.length > 4 && w.endsWith('e')) w = w.slice(0, -1);
  return w;
}

export function stems(text: string): string[] {
  return tokenize(text).map(stem);
}
