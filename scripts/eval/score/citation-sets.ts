/**
 * The four sets the audit reports for an article: references listed, numbers cited, cited but not
 * listed, listed but never cited. Issue 12 asks for them exact on every article, so an article
 * counts only when all four equal the truth's.
 */
export interface CitationSets {
  listed: number[];
  cited: number[];
  citedNotListed: number[];
  listedNotCited: number[];
}

const sorted = (numbers: Iterable<number>) => [...new Set(numbers)].sort((a, b) => a - b);

export function citationSets(listed: Iterable<number>, cites: Iterable<readonly number[]>): CitationSets {
  const listedSet = new Set(listed);
  const citedSet = new Set<number>();
  for (const c of cites) for (const n of c) citedSet.add(n);
  return {
    listed: sorted(listedSet),
    cited: sorted(citedSet),
    citedNotListed: sorted([...citedSet].filter((n) => !listedSet.has(n))),
    listedNotCited: sorted([...listedSet].filter((n) => !citedSet.has(n))),
  };
}

export function sameSets(a: CitationSets, b: CitationSets): boolean {
  const same = (x: number[], y: number[]) => x.length === y.length && x.every((n, i) => n === y[i]);
  return (
    same(a.listed, b.listed) &&
    same(a.cited, b.cited) &&
    same(a.citedNotListed, b.citedNotListed) &&
    same(a.listedNotCited, b.listedNotCited)
  );
}
