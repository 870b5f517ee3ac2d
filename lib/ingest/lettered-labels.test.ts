import { describe, expect, it } from 'vitest';
import { auditArticle } from '@/lib/audit/audit-article';
import { calloutFinder } from './callouts';
import { parseArticle } from './parse-article';
import { entryText, parseReferenceEntry } from './reference-entry';
import { findReferenceList } from './reference-list';

const lines = (text: string) => text.split('\n').map((t, i) => ({ text: t, number: i + 1 }));

const text = `Packed matching is studied by Ben-Kiki et al. [2] and by Bille [3].
Their first paper [4a] is refined in [4b; 4a], and [9] is not listed.

# References

- **[1]** Hyperscan on GitHub, https://github.com/intel/hyperscan
- **[2a]** Ben-Kiki, O., & Weimann, O. (2011).
    Optimal packed string matching. FSTTCS.
- **[2b]** Ben-Kiki, O., & Weimann, O. (2014). Towards optimal packed string matching. TCS, 525, 111-129.
- **[3]** Bille, P. (2011). Fast searching in packed strings. JDA, 9(1), 49-56.
- **[4a]** Faro, S., & Külekci, M. O. (2012). Fast multiple string matching using SSE.
- **[4b]** Faro, S., & Külekci, M. O. (2013). Fast packed string matching. SEA.
`;

describe('a list whose labels carry letters', () => {
  const list = findReferenceList(lines(text));

  it('reads bold labels in bullets, numbers the entries by place and keeps each label in its text', () => {
    expect(list?.entries.map((e) => [e.number, e.raw.split(' ', 2).join(' ')])).toEqual([
      [1, '- [1]'],
      [2, '- [2a]'],
      [3, '- [2b]'],
      [4, '- [3]'],
      [5, '- [4a]'],
      [6, '- [4b]'],
    ]);
    expect(list?.entries[1]?.raw).toContain('Optimal packed string matching');
  });

  it('links callouts by label: a group label cites its lettered works, an unknown label is not listed', () => {
    const body = text.split('\n\n#')[0] as string;
    const find = calloutFinder(list?.entries ?? [], [{ text: body }]);
    expect(find(body).map((m) => [m.raw, m.numbers])).toEqual([
      ['[2]', [2, 3]],
      ['[3]', [4]],
      ['[4a]', [5]],
      ['[4b; 4a]', [6, 5]],
      ['[9]', [7]],
    ]);
  });

  it('leaves a list without lettered labels numbered by its labels', () => {
    const plain = findReferenceList(
      lines('Body [2].\n\nReferences\n\n[1] One, A. (2001). T.\n[2] Two, B. (2002). T.'),
    );
    expect(plain?.entries.map((e) => e.number)).toEqual([1, 2]);
  });
});

const yearLabelled = `The sampler follows the scheme of [2009, 2017], first tried in [2014].
The two papers of one year are cited as [2020a; 2020b], and [2020] cites both.
A later study [2023] is not listed.

## Bibliography

- 2009 - Adaptive proposals for slice sampling. Moreau, Lind, and Okafor. Statistics and Computing.
- 2014 - A parallel tempering scheme for mixture models. Lind and Okafor. JCGS.
- 2017 - Slice sampling on manifolds. Okafor, Moreau. Bayesian Analysis.
- 2020a – Delayed acceptance with surrogates. Moreau and Zhou.
- 2020b – Surrogate-assisted tempering. Zhou, Lind.
`;

describe('a list labelled by year and a dash', () => {
  const list = findReferenceList(lines(yearLabelled));

  it('numbers the entries by place', () => {
    expect(list?.entries.map((e) => e.number)).toEqual([1, 2, 3, 4, 5]);
  });

  it('links bracketed years to the entries of that label; a year the list lacks is not listed', () => {
    const body = yearLabelled.split('\n\n#')[0] as string;
    const find = calloutFinder(list?.entries ?? [], [{ text: body }]);
    expect(find(body).map((m) => [m.raw, m.numbers])).toEqual([
      ['[2009, 2017]', [1, 3]],
      ['[2014]', [2]],
      ['[2020a; 2020b]', [4, 5]],
      ['[2020]', [4, 5]],
      ['[2023]', [6]],
    ]);
  });

  it('takes the year from the label when the entry prints it nowhere else, and drops the label from the title', () => {
    const entry = parseReferenceEntry(list?.entries[3]?.raw ?? '');
    expect([entry.year, entry.yearSuffix]).toEqual([2020, 'a']);
    expect(entry.title).toBe('Delayed acceptance with surrogates');
  });

  it('keeps the label in the entry text a work id is made from, so reading it changes no id (decision 026)', () => {
    expect(entryText(list?.entries[3]?.raw ?? '')).toMatch(/^2020a – Delayed acceptance/);
  });

  it('leaves a list where only some entries open with a year and a dash read by number', () => {
    const mixed = findReferenceList(
      lines(
        'Body [2].\n\nReferences\n\n[1] 2001 - One, A. T.\n[2] Two, B. (2002). T.\n[3] Three, C. (2003). T.',
      ),
    );
    expect(mixed?.entries.map((e) => e.number)).toEqual([1, 2, 3]);
    expect(calloutFinder(mixed?.entries ?? [])('Body [2].').map((m) => m.numbers)).toEqual([[2]]);
  });
});

describe('an article whose list is labelled by year, audited', () => {
  const report = auditArticle(parseArticle(yearLabelled, { slug: 'years' }));

  it('reads the bracketed years as those entries, not as numbers past the end of the list', () => {
    expect([report.style, report.references_listed, report.markers_cited]).toEqual([
      'numeric',
      [1, 2, 3, 4, 5],
      [1, 2, 3, 4, 5, 6],
    ]);
    expect(report.cited_not_listed).toEqual([6]);
  });

  it('reports no citation order (the list goes by year) and no entry missing its year', () => {
    expect(report.findings.numbering).toEqual([]);
    expect(report.findings.incomplete_entry).toEqual([]);
  });
});
