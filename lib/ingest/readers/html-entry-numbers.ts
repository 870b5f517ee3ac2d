/**
 * The numbers of a page's reference entries. An entry keeps the label it carries ("[3]", "3.",
 * its place in an <ol>); an entry with none takes its position when no entry is labelled, and
 * otherwise the next number after the largest label. A page may gather several lists, one of
 * them a bullet without a label among labelled footnotes: numbered by position, that bullet took
 * the number of the label after it, and every callout of that label reached two works.
 */
export function entryNumbers(labels: readonly (number | null)[]): number[] {
  let largest = 0;
  for (const label of labels) if (label !== null && label > largest) largest = label;
  if (largest === 0) return labels.map((_, i) => i + 1);
  let next = largest;
  return labels.map((label) => label ?? ++next);
}
