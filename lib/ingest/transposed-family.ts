import type { CalloutItem } from './author-date/callout-items';
import { candidates, type EntryKey } from './author-date/entry-keys';

/**
 * A callout whose first family name was typed with two neighbouring letters swapped ("Aneslin
 * (1988)" for Anselin, 1988), the commonest slip in typing a name. It cites the one entry of that
 * year whose first author's name it spells that way; any other difference ("Smyth" for Smith,
 * which may be another person) or a second such entry leaves it a work not listed.
 */
function swapsTwoNeighbours(a: string, b: string): boolean {
  if (a.length !== b.length || a.length < 4 || a === b) return false;
  let i = 0;
  while (a[i] === b[i]) i++;
  return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
}

export function transposedFamilyEntry(item: CalloutItem, keys: readonly EntryKey[]): number[] {
  const [first, ...rest] = item.families;
  if (first === undefined) return [];
  const found = keys.filter((k) => {
    const family = k.families[0];
    if (family === undefined || !swapsTwoNeighbours(first, family)) return false;
    return candidates({ ...item, families: [family, ...rest] }, [k]).length > 0;
  });
  return found.length === 1 ? found.map((k) => k.number) : [];
}
