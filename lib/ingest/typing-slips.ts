/**
 * A word typed with one letter a place or two out of its place: two neighbours swapped ("Aneslin"
 * for Anselin, "Referneces" for References) or a letter two places out ("Edselbrunner" for
 * Edelsbrunner). Both words the same length, four letters or more; the letters that differ two or
 * three in a row, one of them moved to the other end.
 */
export function movesOneLetter(a: string, b: string): boolean {
  if (a.length !== b.length || a.length < 4 || a === b) return false;
  let i = 0;
  while (a[i] === b[i]) i++;
  let j = a.length - 1;
  while (a[j] === b[j]) j--;
  const x = a.slice(i, j + 1);
  const y = b.slice(i, j + 1);
  if (x.length < 2 || x.length > 3) return false;
  return y === x.slice(1) + x.slice(0, 1) || y === x.slice(-1) + x.slice(0, -1);
}
