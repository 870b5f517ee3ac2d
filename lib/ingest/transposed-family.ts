import type { CalloutItem } from './author-date/callout-items';
import { candidates, type EntryKey } from './author-date/entry-keys';
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
 * A callout whose first family name was typed with one letter a place or two out of its place
 * ("Aneslin (1988)" for Anselin, 1988; "Edselbrunner et al. (1983)" for Edelsbrunner) or a
 * doubled letter typed once or thrice ("Kitler (1986)" for Kittler, 1986), the commonest slips in
 * typing a name. It cites the one entry of that year whose first author's name it spells that way;
 * any other difference ("Smyth" for Smith, which may be another person) or a second such entry
 * leaves it a work not listed.
 */
export function transposedFamilyEntry(item: CalloutItem, keys: readonly EntryKey[]): number[] {
  const [first, ...rest] = item.families;
  if (first === undefined) return [];
  const found = keys.filter((k) => {
    const family = k.families[0];
    if (family === undefined || !(movesOneLetter(first, family) || doublingDiffers(first, family)))
      return false;
    return candidates({ ...item, families: [family, ...rest] }, [k]).length > 0;
  });
  return found.length === 1 ? found.map((k) => k.number) : [];
}
