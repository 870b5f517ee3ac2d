import { describe, expect, it } from 'vitest';
import { duplicateEntries, incompleteEntries, missingFields, normaliseRaw } from './entries';
import { makeDocument, work } from './test-document';

describe('missingFields', () => {
  it('asks an article for year, title, journal and pages', () => {
    expect(missingFields(work(1))).toEqual([]);
    expect(missingFields(work(1, { year: null, pages: null, container: null }))).toEqual([
      'year',
      'venue',
      'pages',
    ]);
    expect(missingFields(work(1, { title: null }))).toEqual(['title']);
  });
  it('asks a report for its series or publisher, not pages', () => {
    const report = work(1, { kind: 'report', pages: null, container: 'NASA Technical Report' });
    expect(missingFields(report)).toEqual([]);
    expect(missingFields({ ...report, container: null })).toEqual(['venue']);
  });
  it('asks a book for its publisher, not pages', () => {
    expect(
      missingFields(work(1, { kind: 'book', container: null, pages: null, publisher: 'Norton' })),
    ).toEqual([]);
    expect(missingFields(work(1, { kind: 'book', container: null, pages: null, publisher: null }))).toEqual([
      'venue',
    ]);
  });
});

describe('incompleteEntries', () => {
  it('reports each listed number whose work lacks fields', () => {
    const doc = makeDocument({
      claims: ['A.[1] [2]'],
      listed: [1, work(2, { year: null, raw: 'Smith. Title.' })],
    });
    expect(incompleteEntries(doc)).toEqual([
      { number: 2, work_id: 'w2', kind: 'article', missing: ['year'], raw: 'Smith. Title.' },
    ]);
  });
});

describe('duplicateEntries', () => {
  it('finds the same entry text under two numbers, whatever its quotes, case and spacing', () => {
    expect(normaliseRaw('Smith, J.  “Title” – Journal')).toBe(normaliseRaw('smith, j. "title" - journal'));
    expect(normaliseRaw('[2] Smith, J. Title.')).toBe(normaliseRaw('3) Smith, J. Title.'));
    const doc = makeDocument({
      claims: ['A.[1] [2] [3]'],
      listed: [1, 2, 3],
      entries: [
        { number: 1, raw: 'Smith, J. (2001). “Title”. Journal, 1, 1-2.' },
        { number: 2, raw: 'Jones, K. (2002). Other. Journal, 2, 3-4.' },
        { number: 3, raw: 'Smith, J. (2001). "Title". Journal, 1, 1–2.' },
      ],
    });
    expect(duplicateEntries(doc)).toEqual([
      {
        numbers: [1, 3],
        reason: 'same_text',
        work_id: 'w1',
        raw: 'Smith, J. (2001). “Title”. Journal, 1, 1-2.',
      },
    ]);
  });
  it('finds one work listed under two numbers when the texts differ', () => {
    const doc = makeDocument({ claims: ['A.[1] [2]'], listed: [1, 2] });
    const same = { ...doc, references: doc.references.map((r) => ({ ...r, workId: 'w1' })) };
    expect(duplicateEntries(same)).toEqual([
      { numbers: [1, 2], reason: 'same_work', work_id: 'w1', raw: 'Entry 1' },
    ]);
    expect(duplicateEntries(doc)).toEqual([]);
  });
});
