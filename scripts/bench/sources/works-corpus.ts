import { parseArticle } from '@/lib/ingest/parse-article';
import type { GraphDocument } from '@/lib/ingest/graph-document';

/*
 * The source-check benchmark's corpus: articles of 50 references each, every reference a work of its
 * own, two in three with a DOI (10.5555/bench.<n>, looked up) and the rest without (searched as
 * written). Names and titles are made of letters only, so the parser reads every entry alike.
 */
export const WORKS_PER_ARTICLE = 50;

const letters = (n: number) => {
  let s = '';
  let x = n;
  do {
    s = String.fromCharCode(97 + (x % 26)) + s;
    x = Math.floor(x / 26) - 1;
  } while (x >= 0);
  return s;
};

/** What the entry says of work n, and what the local Crossref answers for its DOI: the same. */
export function benchWork(n: number) {
  return {
    family: `Bench${letters(n)}`,
    title: `Bench work ${letters(n)} on sleep and memory`,
    journal: `Journal of Bench Studies ${letters(n % 40)}`,
    year: 1990 + (n % 30),
    doi: n % 3 === 2 ? null : `10.5555/bench.${n}`,
  };
}

function articleText(a: number): string {
  const lines = [`# Bench sources article ${letters(a)}`, ''];
  for (let i = 1; i <= WORKS_PER_ARTICLE; i++)
    lines.push(`Sleep helps memory in study ${letters(i)}.[${i}]`, '');
  lines.push('## References', '');
  for (let i = 1; i <= WORKS_PER_ARTICLE; i++) {
    const w = benchWork(a * WORKS_PER_ARTICLE + i);
    const doi = w.doi ? ` https://doi.org/${w.doi}` : '';
    lines.push(`[${i}] ${w.family}, A. (${w.year}). ${w.title}. ${w.journal}, 3(2), 10-19.${doi}`, '');
  }
  return lines.join('\n');
}

/** Enough articles for `works` distinct works. */
export function benchSourceArticles(works: number): GraphDocument[] {
  const articles = Math.ceil(works / WORKS_PER_ARTICLE);
  return Array.from({ length: articles }, (_, a) =>
    parseArticle(articleText(a), { slug: `bench-sources-${letters(a)}` }),
  );
}

/** The local Crossref's record for a bench DOI; every tenth work was retracted. */
export function benchRecord(doi: string): Record<string, unknown> | null {
  const n = Number(/^10\.5555\/bench\.(\d+)$/.exec(doi)?.[1] ?? Number.NaN);
  if (!Number.isInteger(n)) return null;
  const w = benchWork(n);
  return {
    DOI: doi,
    type: 'journal-article',
    title: [w.title],
    author: [{ family: w.family, given: 'A.', sequence: 'first' }],
    'container-title': [w.journal],
    issued: { 'date-parts': [[w.year]] },
    ...(n % 10 === 0
      ? {
          'updated-by': [
            { DOI: `${doi}.notice`, type: 'retraction', updated: { 'date-parts': [[2020, 1, 1]] } },
          ],
        }
      : {}),
  };
}
