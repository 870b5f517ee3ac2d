import { describe, expect, it } from 'vitest';
import type { WorkFields } from '@/lib/neo4j/queries/apa';
import { exportWork } from './work-export';

/*
 * Reference [3] of the seed article, as printed there: Levant, R. F., Hall, R. J., Williams, C. M.,
 * & Hasan, N. T. (2009). Gender differences in alexithymia. Psychology of Men & Masculinity,
 * 10(3), 190–203. The DOI is the one the publisher gives it. The field names checked below are
 * BibTeX's and RIS's own (RIS: TY type, AU author, PY year, TI title, T2 journal, VL, IS, SP, DO).
 */
const levant: WorkFields = {
  id: 'work:levant-2009',
  title: 'Gender differences in alexithymia',
  year: 2009,
  kind: 'article',
  container: 'Psychology of Men & Masculinity',
  volume: '10',
  issue: '3',
  pages: '190–203',
  publisher: null,
  place: null,
  doi: '10.1037/a0015652',
  authors: [
    { family: 'Levant', given: 'R. F.' },
    { family: 'Hall', given: 'R. J.' },
    { family: 'Williams', given: 'C. M.' },
    { family: 'Hasan', given: 'N. T.' },
  ],
};

const risTags = (ris: string) =>
  ris.split('\n').map((l) => l.match(/^([A-Z][A-Z0-9]) {2}- (.*)$/)?.slice(1, 3));

describe('exportWork', () => {
  const out = exportWork(levant);

  it('writes a BibTeX @article with every field', () => {
    const bib = out?.bibtex ?? '';
    expect(bib).toMatch(/^@article\{/);
    expect(bib).toContain('author = {Levant, R. F. and Hall, R. J. and Williams, C. M. and Hasan, N. T.}');
    expect(bib).toContain('title = {Gender differences in alexithymia}');
    expect(bib).toContain('journal = {Psychology of Men & Masculinity}');
    expect(bib).toContain('year = {2009}');
    expect(bib).toContain('volume = {10}');
    expect(bib).toContain('number = {3}');
    expect(bib).toContain('pages = {190--203}');
    expect(bib).toContain('doi = {10.1037/a0015652}');
  });

  it('writes an RIS JOUR record with every field, authors in order', () => {
    const tags = risTags(out?.ris ?? '');
    const values = (tag: string) => tags.filter((t) => t?.[0] === tag).map((t) => t?.[1]);
    expect(values('TY')).toEqual(['JOUR']);
    expect(values('AU')).toEqual(['Levant, R. F.', 'Hall, R. J.', 'Williams, C. M.', 'Hasan, N. T.']);
    expect(values('PY')).toEqual(['2009']);
    expect(values('TI')).toEqual(['Gender differences in alexithymia']);
    expect(values('T2')).toEqual(['Psychology of Men & Masculinity']);
    expect(values('VL')).toEqual(['10']);
    expect(values('IS')).toEqual(['3']);
    expect(values('SP')).toEqual(['190-203']);
    expect(values('DO')).toEqual(['10.1037/a0015652']);
    expect(out?.ris.trim().endsWith('ER  -')).toBe(true);
  });

  it('writes CSL-JSON and APA from the same fields', () => {
    const [item] = JSON.parse(out?.['csl-json'] ?? '[]');
    expect(item).toMatchObject({
      type: 'article-journal',
      title: 'Gender differences in alexithymia',
      'container-title': 'Psychology of Men & Masculinity',
      volume: '10',
      issue: '3',
      page: '190–203',
      DOI: '10.1037/a0015652',
      issued: { 'date-parts': [[2009]] },
    });
    expect(item.author).toHaveLength(4);
    expect(out?.apa).toContain('Levant, R. F., Hall, R. J., Williams, C. M., & Hasan, N. T. (2009).');
    expect(out?.apa).toContain('https://doi.org/10.1037/a0015652');
  });

  it('writes a book as a BibTeX @book and RIS BOOK', () => {
    const book = exportWork({
      ...levant,
      kind: 'book',
      container: null,
      publisher: 'Simon & Schuster',
      doi: null,
    });
    expect(book?.bibtex).toMatch(/^@book\{/);
    expect(book?.bibtex).toContain('publisher = {Simon & Schuster}');
    expect(book?.ris).toMatch(/^TY {2}- BOOK$/m);
  });

  it('has nothing to export for a work without a title', () => {
    expect(exportWork({ ...levant, title: null })).toBeNull();
  });
});
