import { distance } from 'fastest-levenshtein';
import type { CalloutItem } from './author-date/callout-items';
import { candidates, type EntryKey } from './author-date/entry-keys';
import { sameFamily } from './author-date/names';
import { movesOneLetter } from './typing-slips';

/** "kitler" and "kittler": the same but for one letter written once where the other doubles it. */
function doublingDiffers(a: string, b: string): boolean {
  const [short, long] = a.length < b.length ? [a, b] : [b, a];
  if (long.length !== short.length + 1 || short.length < 4) return false;
  let i = 0;
  while (i < short.length && short[i] === long[i]) i++;
  // The extra letter of the longer is a repeat of a neighbour, and the rest is the same.
  const doubled = long[i] === long[i - 1] || long[i] === long[i + 1];
  return doubled && long.slice(i + 1) === short.slice(i);
}

/**
 * "mathiews" and "mathews", "kierzeck" and "kierzek": one letter typed in or left out, the longer
 * name seven letters or more; in a shorter one a letter more or less makes another name as often
 * ("Clark" is not "Clarke", "Otool" not quite "Otoole").
 */
function oneLetterInOrOut(a: string, b: string): boolean {
  const [short, long] = a.length < b.length ? [a, b] : [b, a];
  if (long.length !== short.length + 1 || long.length < 7) return false;
  let i = 0;
  while (i < short.length && short[i] === long[i]) i++;
  return long.slice(i + 1) === short.slice(i);
}

/**
 * A callout whose first family name was typed with one letter a place or two out of its place
 * ("Aneslin (1988)" for Anselin, 1988; "Edselbrunner et al. (1983)" for Edelsbrunner) or a
 * doubled letter typed once or thrice ("Kitler (1986)" for Kittler, 1986), or a letter typed in or
 * left out of a long name ("Mathiews et al (1999)" for Mathews), the commonest slips in typing a
 * name. It cites the one entry of that year whose first author's name it spells that way;
 * any other difference ("Smyth" for Smith, which may be another person) or a second such entry
 * leaves it a work not listed.
 */
export function transposedFamilyEntry(item: CalloutItem, keys: readonly EntryKey[]): number[] {
  const [first, ...rest] = item.families;
  if (first === undefined) return [];
  const found = keys.filter((k) => {
    const family = k.families[0];
    if (
      family === undefined ||
      !(movesOneLetter(first, family) || doublingDiffers(first, family) || oneLetterInOrOut(first, family))
    )
      return false;
    return candidates({ ...item, families: [family, ...rest] }, [k]).length > 0;
  });
  return found.length === 1 ? found.map((k) => k.number) : [];
}

/**
 * Two names given in the other order: "(from Hicks and Santalucia 2004)" for "J. SantaLucia and
 * Donald Hicks … 2004". It cites the one entry of that year by exactly those two authors.
 */
export function swappedPairEntry(item: CalloutItem, keys: readonly EntryKey[]): number[] {
  const [first, second] = item.families;
  if (first === undefined || second === undefined || item.etAl || item.families.length !== 2) return [];
  const found = keys.filter(
    (k) => k.families.length === 2 && candidates({ ...item, families: [second, first] }, [k]).length > 0,
  );
  return found.length === 1 ? found.map((k) => k.number) : [];
}

/** The most letters a co-author's name may be mistyped by when the first author and year are right. */
const CO_AUTHOR_SLIPS = 2;

/**
 * A second author mistyped where the first author and the year are given right: "(Rousseeuw, Crow
 * 1993)" for "Rousseeuw, Peter J., and Christophe Croux … (1993)". It cites the one entry of that
 * first author and year, when that entry has two authors and its second is spelt within two letters
 * of the callout's, same initial letter. A co-author who is a listed author of another entry is a
 * person of their own, and the callout stays a work not listed.
 */
export function misspeltCoAuthorEntry(item: CalloutItem, keys: readonly EntryKey[]): number[] {
  const [first, second] = item.families;
  if (first === undefined || second === undefined || item.etAl || item.families.length !== 2) return [];
  if (keys.some((k) => k.families.some((f) => sameFamily(second, f)))) return [];
  const sameFirst = keys.filter((k) => candidates({ ...item, families: [first] }, [k]).length > 0);
  if (sameFirst.length !== 1) return [];
  const [entry] = sameFirst;
  const listed = entry?.families[1];
  if (entry === undefined || listed === undefined || entry.families.length !== 2) return [];
  const close = listed[0] === second[0] && distance(listed, second) <= CO_AUTHOR_SLIPS && second.length >= 3;
  return close ? [entry.number] : [];
}
