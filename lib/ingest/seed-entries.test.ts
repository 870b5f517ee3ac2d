import { describe, expect, it } from 'vitest';
import type { WorkRecord } from './graph-document';
import { parseReferenceEntry } from './reference-entry';
import { parseSeed } from './test-support/seed';

const doc = parseSeed();

type Fields = Pick<
  WorkRecord,
  'title' | 'year' | 'kind' | 'container' | 'volume' | 'issue' | 'pages' | 'publisher' | 'place' | 'doi'
> & { authors: string[] };

const journal = (
  authors: string[],
  year: number,
  title: string,
  container: string,
  volume: string,
  issue: string | null,
  pages: string,
): Fields => ({
  authors,
  year,
  title,
  kind: 'article',
  container,
  volume,
  issue,
  pages,
  publisher: null,
  place: null,
  doi: null,
});

// Pages are normalised to an ASCII hyphen: "358–445" in the text is "358-445" here.
const expected: Record<number, Fields> = {
  1: journal(
    ['Levant, R. F.', 'Richmond, K.'],
    2007,
    'A review of research on masculinity ideologies using the Male Role Norms Inventory',
    'The Journal of Men’s Studies',
    '15',
    '2',
    '130-146',
  ),
  2: journal(
    ['O’Neil, J. M.'],
    2008,
    'Summarizing 25 years of research on men’s gender role conflict using the Gender Role Conflict Scale: New research paradigms and clinical implications',
    'The Counseling Psychologist',
    '36',
    '3',
    '358-445',
  ),
  3: journal(
    ['Levant, R. F.', 'Hall, R. J.', 'Williams, C. M.', 'Hasan, N. T.'],
    2009,
    'Gender differences in alexithymia',
    'Psychology of Men & Masculinity',
    '10',
    '3',
    '190-203',
  ),
  4: journal(
    ['Pollack, W. S.'],
    2006,
    "The “War” for boys: Hearing “real boys'” voices, healing their pain",
    'Professional Psychology: Research and Practice',
    '37',
    null,
    '190-195',
  ),
  5: journal(
    ['Reigeluth, C. S.', 'Addis, M. E.'],
    2016,
    'Adolescent boys’ experiences with policing of masculinity: Forms, functions, and consequences',
    'Psychology of Men & Masculinity',
    '17',
    '1',
    '74-83',
  ),
  6: journal(
    ['Floyd, K.'],
    2014,
    'Empathic listening as an expression of interpersonal affection',
    'International Journal of Listening',
    '28',
    null,
    '1-12',
  ),
  7: journal(
    ['Slade, A.'],
    2005,
    'Parental reflective functioning: An introduction',
    'Attachment & Human Development',
    '7',
    '3',
    '269-281',
  ),
  8: {
    authors: ['Gottman, J.'],
    year: 1994,
    title: 'Why marriages succeed or fail: And how you can make yours last',
    kind: 'book',
    container: null,
    volume: null,
    issue: null,
    pages: null,
    publisher: 'Simon & Schuster',
    place: 'New York',
    doi: null,
  },
  9: journal(
    ['Mahalik, J. R.'],
    2000,
    'Gender role conflict in men as a predictor of self-ratings of behavior on the interpersonal circle',
    'Journal of Social and Clinical Psychology',
    '19',
    '2',
    '276-292',
  ),
  10: journal(
    ['Gottman, J. M.', 'Levenson, R. W.'],
    1992,
    'Marital processes predictive of later dissolution: behavior, physiology, and health',
    'Journal of Personality and Social Psychology',
    '63',
    '2',
    '221-233',
  ),
  11: journal(
    ['Cordova, J. V.', 'Gee, C. B.', 'Warren, L. Z.'],
    2005,
    'Emotional skillfulness in marriage: Intimacy as a mediator of the relationship between emotional skillfulness and marital satisfaction',
    'Journal of Social and Clinical Psychology',
    '24',
    '2',
    '218-235',
  ),
  12: journal(
    ['Way, N.', 'Cressen, J.', 'Bodian, S.', 'Preston, J.', 'Nelson, J.', 'Hughes, D.'],
    2014,
    '“It might be nice to be a girl… Then you wouldn’t have to be emotionless”: Boys’ resistance to norms of masculinity during adolescence',
    'Psychology of Men & Masculinities',
    '15',
    null,
    '241-252',
  ),
  13: journal(
    ['Snyder, D. K.', 'Baucom, D. H.', 'Gordon, K. C.'],
    2008,
    'An integrative approach to treating infidelity',
    'The Family Journal',
    '16',
    '4',
    '300-307',
  ),
  14: journal(
    ['Neff, K. D.', 'Beretvas, S. N.'],
    2012,
    'The role of self-compassion in romantic relationships',
    'Self and Identity',
    '12',
    '1',
    '78-98',
  ),
  15: {
    authors: ['Wexler, D. B.'],
    year: 2009,
    title: 'Men in therapy: New approaches for effective treatment',
    kind: 'book',
    container: null,
    volume: null,
    issue: null,
    pages: null,
    publisher: 'WW Norton & Company',
    place: null,
    doi: null,
  },
};

/** The authors of an entry as written (before "Gottman, J." and "Gottman, J. M." merge into one node). */
function entryAuthors(n: number): string[] {
  const raw = doc.entries.find((e) => e.number === n)?.raw ?? '';
  return parseReferenceEntry(raw).authors.map((a) => (a.given ? `${a.family}, ${a.given}` : a.family));
}

describe('the seed article’s 15 reference entries', () => {
  it.each(Object.keys(expected).map(Number))('parses entry [%i] into its fields', (n) => {
    const want = expected[n] as Fields;
    const ref = doc.references.find((r) => r.number === n);
    const work = doc.works.find((w) => w.id === ref?.workId);
    expect(work).toBeDefined();
    const { authors, ...fields } = want;
    expect(work).toMatchObject(fields);
    expect(work?.authorIds).toHaveLength(authors.length);
    expect(entryAuthors(n)).toEqual(authors);
    const families = work?.authorIds.map((id) => doc.authors.find((a) => a.id === id)?.family);
    expect(families).toEqual(authors.map((a) => a.split(',')[0]));
    expect(work?.raw).toBe(doc.entries.find((e) => e.number === n)?.raw.replace(/^\[\d+\]\s+/, ''));
  });

  it('reads initials as written, normalised to "R. F."', () => {
    const given = (id: string) => doc.authors.find((a) => a.id === id)?.given;
    expect(given('author:levant-r')).toBe('R. F.');
    expect(given('author:cressen-j')).toBe('J.');
    expect(given('author:hasan-n')).toBe('N. T.');
  });
});
