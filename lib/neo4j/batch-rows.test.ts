import { describe, expect, it } from 'vitest';
import { parseArticle } from '@/lib/ingest/parse-article';
import { articleRows } from './article-rows';
import { batchRows, safePrefixLength, unlinkedCandidates } from './batch-rows';

// Two entries of one work (one DOI: one id) that differ in co-author and venue.
const first = `First article

Things happen.[1] Other things happen too.[2]

References

1. Doe, A., & Roe, B. (2020). A study of things. Journal One, 1, 1-2. https://doi.org/10.5555/things
2. Lee, K. (2019). Another study. Journal Three, 2, 3-4.
`;
const second = `Second article

Things happen again.[1]

References

1. Doe, A., & Poe, C. (2020). A study of things. Journal Two, 3, 4-5. https://doi.org/10.5555/things
`;

const rowsOf = (text: string, slug: string) => articleRows(parseArticle(text, { slug }));
const a = rowsOf(first, 'first');
const b = rowsOf(second, 'second');
const sharedId = b.works[0]?.id as string;

describe('batchRows', () => {
  it('concatenates article-scoped rows and tags sections and references with their article', () => {
    const batch = batchRows([a, b]);
    expect(batch.slugs).toEqual(['first', 'second']);
    expect(batch.claims).toEqual([...a.claims, ...b.claims]);
    expect(batch.cites).toEqual([...a.cites, ...b.cites]);
    expect(batch.sections.map((s) => s.slug)).toEqual([
      ...a.sections.map(() => 'first'),
      ...b.sections.map(() => 'second'),
    ]);
    expect(batch.references.filter((r) => r.slug === 'second')).toEqual(
      b.references.map((r) => ({ ...r, slug: 'second' })),
    );
  });

  it('gives a work cited by two articles once, with the last entry and its authors and venue', () => {
    expect(a.works.some((w) => w.id === sharedId)).toBe(true);
    const batch = batchRows([a, b]);
    expect(batch.works.filter((w) => w.id === sharedId)).toEqual(b.works);
    expect(batch.authorships.filter((x) => x.workId === sharedId)).toEqual(b.authorships);
    expect(batch.publications.filter((x) => x.workId === sharedId)).toEqual(b.publications);
    // The other work of the first article keeps its own entry.
    expect(batch.works).toHaveLength(2);
    expect(batch.authorships.some((x) => x.authorId.includes('lee'))).toBe(true);
  });

  it('lists each author, venue and concept once, with the last article’s properties', () => {
    const renamed = structuredClone(b);
    const doe = renamed.authors.find((p) => p.id.includes('doe'));
    if (!doe) throw new Error('no Doe in the second article');
    doe.display = 'Doe, Alice';
    const batch = batchRows([a, renamed]);
    expect(batch.authors.filter((p) => p.id === doe.id)).toEqual([doe]);
    expect(new Set(batch.authors.map((p) => p.id)).size).toBe(batch.authors.length);
    expect(new Set(batch.venues.map((v) => v.id)).size).toBe(batch.venues.length);
  });

  it('merges relationship pairs that two articles both give', () => {
    const withTopics = structuredClone(a);
    withTopics.about = [{ workId: sharedId, conceptId: 'concept:x' }];
    withTopics.broader = [{ id: 'concept:x', broader: 'concept:y' }];
    const again = structuredClone(withTopics);
    again.article.slug = 'again';
    const batch = batchRows([withTopics, again]);
    expect(batch.about).toEqual(withTopics.about);
    expect(batch.broader).toEqual(withTopics.broader);
  });
});

describe('unlinkedCandidates', () => {
  it('names the authors and venues that the last entry of a shared work dropped', () => {
    const batch = batchRows([a, b]);
    const c = unlinkedCandidates(batch);
    expect(c.authorIds.some((id) => id.includes('roe'))).toBe(true);
    expect(c.authorIds.some((id) => id.includes('doe') || id.includes('poe') || id.includes('lee'))).toBe(false);
    expect(c.venueIds.some((id) => id.includes('one'))).toBe(true);
    expect(c.venueIds.some((id) => id.includes('two'))).toBe(false);
  });

  it('adds what the works pointed at before, unless the batch links it again', () => {
    const batch = batchRows([b]);
    const poe = batch.authorships.find((x) => x.authorId.includes('poe'))?.authorId as string;
    const c = unlinkedCandidates(batch, { authorIds: ['author:gone', poe], venueIds: ['venue:gone'] });
    expect(c.authorIds).toEqual(['author:gone']);
    expect(c.venueIds).toEqual(['venue:gone']);
  });

  it('names the concepts of a vocabulary that nothing in the batch links', () => {
    const rows = structuredClone(a);
    const props = { label: 'l', aliases: [], description: 'd' };
    rows.concepts = ['concept:used', 'concept:narrow', 'concept:wide', 'concept:idle'].map((id) => ({
      id,
      props: { id, ...props },
    }));
    rows.mentions = [{ claimId: rows.claims[0]?.id as string, conceptId: 'concept:used' }];
    rows.broader = [{ id: 'concept:narrow', broader: 'concept:wide' }];
    rows.about = [];
    expect(unlinkedCandidates(batchRows([rows])).conceptIds).toEqual(['concept:idle']);
  });
});

describe('safePrefixLength', () => {
  const none = new Map<string, string[]>();

  it('takes the whole batch when no article replaces one that another article of it meets', () => {
    expect(safePrefixLength([a, b], none)).toBe(2);
    // The first article cites its old works again: writing them together changes nothing.
    expect(safePrefixLength([a, b], new Map([['first', a.works.map((w) => w.id)]]))).toBe(2);
  });

  it('stops before the same slug comes again', () => {
    expect(safePrefixLength([a, b, a], none)).toBe(2);
    expect(safePrefixLength([a, a], none)).toBe(1);
  });

  it('stops before an article citing a work an earlier one stopped citing', () => {
    // "first" used to cite the shared work and no longer does; "second" cites it.
    const old = new Map([['first', [sharedId]]]);
    const firstWithout = structuredClone(a);
    firstWithout.works = a.works.filter((w) => w.id !== sharedId);
    expect(safePrefixLength([firstWithout, b], old)).toBe(1);
    // Cited before it was dropped: one by one it is never unused, so the batch stays whole.
    expect(safePrefixLength([b, firstWithout], old)).toBe(2);
  });

  it('is zero only for an empty batch', () => {
    expect(safePrefixLength([], none)).toBe(0);
    expect(safePrefixLength([a], none)).toBe(1);
  });
});
