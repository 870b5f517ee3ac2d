import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readArticleFile } from '@/lib/corpus/read-article-file';
import { closeDriver } from '@/lib/neo4j/driver';
import { getArticleGraph } from '@/lib/neo4j/queries/article-graph';
import { getAuthorDetail } from '@/lib/neo4j/queries/author-detail';
import { getClaimTrace } from '@/lib/neo4j/queries/claim-trace';
import { getConceptDetail } from '@/lib/neo4j/queries/concept-detail';
import { getNeighbourhood } from '@/lib/neo4j/queries/neighbourhood';
import { searchGraph } from '@/lib/neo4j/queries/search';
import { getVenueDetail } from '@/lib/neo4j/queries/venue-detail';
import { getWorkDetail } from '@/lib/neo4j/queries/work-detail';
import { writeArticle } from '@/lib/neo4j/write-article';
import type { ArticleGraph } from '@/lib/schemas/graph';
import { resetTestDatabase } from './support/test-database';

/* The explorer's named read queries against a real Neo4j holding the seed article. */

const SLUG = 'emotionally-unavailable-men';
let graph: ArticleGraph;

beforeAll(async () => {
  await resetTestDatabase();
  await writeArticle(await readArticleFile(`graph/corpus/${SLUG}.txt`));
  const g = await getArticleGraph({ slug: SLUG });
  if (!g) throw new Error('seed article missing');
  graph = g;
});

afterAll(async () => {
  await closeDriver();
});

const nodesOf = (type: string) => graph.nodes.filter((n) => n.type === type);
const claimCiting = (n: number) => {
  const work = graph.nodes.find((w) => w.type === 'work' && w.number === n);
  const edge = graph.edges.find((e) => e.type === 'CITES' && e.target === work?.id);
  if (!edge) throw new Error(`no claim cites [${n}]`);
  return edge.source;
};

describe('getArticleGraph', () => {
  it('draws the seed article: 17 works of which [16] and [17] are unlisted, with sections and claims', async () => {
    expect(graph.article.slug).toBe(SLUG);
    const works = nodesOf('work');
    expect(works).toHaveLength(17);
    const unlisted = works.filter((w) => w.type === 'work' && !w.listed).map((w) => (w.type === 'work' ? w.number : 0));
    expect(unlisted.sort()).toEqual([16, 17]);
    expect(nodesOf('section').length).toBeGreaterThan(3);
    expect(nodesOf('claim').length).toBeGreaterThan(50);
    expect(nodesOf('author').length).toBeGreaterThan(20);
    expect(nodesOf('concept').length).toBeGreaterThanOrEqual(15);
    // Every edge joins two drawn nodes.
    const ids = new Set(graph.nodes.map((n) => n.id));
    expect(graph.edges.every((e) => ids.has(e.source) && ids.has(e.target))).toBe(true);
    expect(graph.truncated).toBe(false);
  });

  it('serves the first article by slug by default and null for an unknown slug', async () => {
    expect((await getArticleGraph({}))?.article.slug).toBe(SLUG);
    expect(await getArticleGraph({ slug: 'no-such-article' })).toBeNull();
  });

  it('caps what it draws and says so', async () => {
    const small = await getArticleGraph({ slug: SLUG, limit: 5 });
    expect(small?.nodes.filter((n) => n.type === 'claim')).toHaveLength(5);
    expect(small?.nodes.filter((n) => n.type === 'work')).toHaveLength(5);
    expect(small?.truncated).toBe(true);
  });

  it('the claims lacking a listed citation are those citing [16] and [17] and the uncited ones', () => {
    const lacking = nodesOf('claim').filter((c) => c.type === 'claim' && (c.status === 'unlisted' || c.status === 'uncited'));
    const ids = lacking.map((c) => c.id);
    expect(ids).toContain(claimCiting(16));
    expect(ids).toContain(claimCiting(17));
    expect(lacking.filter((c) => c.type === 'claim' && c.status === 'unlisted')).toHaveLength(2);
    // Backed: cites something, and every cited work is listed (counted here from the edges).
    const listed = new Set(nodesOf('work').filter((w) => w.type === 'work' && w.listed).map((w) => w.id));
    const cited = new Map<string, string[]>();
    for (const e of graph.edges) if (e.type === 'CITES') cited.set(e.source, [...(cited.get(e.source) ?? []), e.target]);
    const backed = [...cited].filter(([, ws]) => ws.every((w) => listed.has(w))).map(([c]) => c);
    expect(nodesOf('claim').filter((c) => c.type === 'claim' && c.status === 'backed').map((c) => c.id).sort()).toEqual(backed.sort());
    expect(backed.length).toBeGreaterThanOrEqual(10);
  });
});

describe('getClaimTrace', () => {
  it('the claim citing [16] has no listed reference and shows its unlisted work', async () => {
    const t = await getClaimTrace({ id: claimCiting(16) });
    expect(t?.status).toBe('unlisted');
    expect(t?.text).toContain('Narcissistic Personality Disorder');
    expect(t?.citations).toHaveLength(1);
    expect(t?.citations[0]?.number).toBe(16);
    expect(t?.citations[0]?.work.listed).toBe(false);
    expect(t?.citations[0]?.work.reference).toBeNull();
    expect(t?.paragraph.filter((p) => p.current).map((p) => p.id)).toEqual([t?.id]);
    expect(t?.paragraph.length).toBeGreaterThan(1);
  });

  it('a backed claim carries each cited work as an APA reference with authors and venue', async () => {
    const t = await getClaimTrace({ id: claimCiting(3) });
    expect(t?.status).toBe('backed');
    const c3 = t?.citations.find((c) => c.number === 3);
    expect(c3?.work.reference?.text).toBe(
      'Levant, R. F., Hall, R. J., Williams, C. M., & Hasan, N. T. (2009). Gender differences in alexithymia. Psychology of Men & Masculinity, 10(3), 190–203.',
    );
    expect(c3?.work.authors.map((a) => a.label)).toEqual(['Levant, R. F.', 'Hall, R. J.', 'Williams, C. M.', 'Hasan, N. T.']);
    expect(c3?.work.venue?.label).toBe('Psychology of Men & Masculinity');
  });

  it('an unknown claim is null', async () => {
    expect(await getClaimTrace({ id: `${SLUG}/c9999` })).toBeNull();
  });
});

describe('work, author, concept and venue details', () => {
  it('a work lists the claims that cite it', async () => {
    const work = graph.nodes.find((n) => n.type === 'work' && n.number === 8);
    const d = await getWorkDetail({ id: work?.id ?? '', article: SLUG });
    expect(d?.number).toBe(8);
    expect(d?.claims.map((c) => c.id)).toEqual([claimCiting(8)]);
    expect(d?.reference?.text).toMatch(/^Gottman, J\..* \(1994\)\. Why marriages succeed or fail/);
  });

  it('an author reaches their works and through them the claims (Levant: [1] and [3])', async () => {
    const levant = graph.nodes.find((n) => n.type === 'author' && n.label.startsWith('Levant'));
    const d = await getAuthorDetail({ id: levant?.id ?? '', article: SLUG });
    expect(d?.works.map((w) => w.number).sort()).toEqual([1, 3]);
    expect(new Set(d?.claims.map((c) => c.id))).toEqual(new Set([claimCiting(1), claimCiting(3)]));
  });

  it('a venue lists its works ([3] and [5] in Psychology of Men & Masculinity)', async () => {
    const venue = graph.nodes.find((n) => n.type === 'venue' && n.label === 'Psychology of Men & Masculinity');
    const d = await getVenueDetail({ id: venue?.id ?? '', article: SLUG });
    expect(d?.works.length).toBeGreaterThanOrEqual(2);
  });

  it('a concept lists the claims that mention it, each with its status', async () => {
    const npd = graph.nodes.find((n) => n.type === 'concept' && /narcissis/i.test(n.label));
    const d = await getConceptDetail({ id: npd?.id ?? '', article: SLUG });
    const mentions = graph.edges.filter((e) => e.type === 'MENTIONS' && e.target === npd?.id).map((e) => e.source);
    expect(d?.claims.map((c) => c.id).sort()).toEqual(mentions.sort());
    expect(d?.claims.find((c) => c.id === claimCiting(16))?.status).toBe('unlisted');
    // Without an article the whole corpus is searched (here one article); another article has none.
    const everywhere = await getConceptDetail({ id: npd?.id ?? '' });
    expect(everywhere?.claims.map((c) => c.id).sort()).toEqual(mentions.sort());
    const elsewhere = await getConceptDetail({ id: npd?.id ?? '', article: 'no-such-article' });
    expect(elsewhere?.claims).toEqual([]);
  });

  it('unknown ids are null', async () => {
    expect(await getWorkDetail({ id: 'work:none' })).toBeNull();
    expect(await getAuthorDetail({ id: 'author:none' })).toBeNull();
    expect(await getConceptDetail({ id: 'concept:none' })).toBeNull();
    expect(await getVenueDetail({ id: 'venue:none' })).toBeNull();
  });
});

describe('searchGraph', () => {
  it('finds claims, works and authors through the full-text index, prefix on the last word', async () => {
    const r = await searchGraph({ q: 'silent treat', article: SLUG });
    expect(r.hits.length).toBeGreaterThan(0);
    expect(r.hits.every((h) => h.type === 'claim' && /silent treatment/i.test(h.label))).toBe(true);
    expect((await searchGraph({ q: 'alexithymia' })).hits.some((h) => h.type === 'work')).toBe(true);
    expect((await searchGraph({ q: 'Levant' })).hits.some((h) => h.type === 'author')).toBe(true);
  });

  it('treats Lucene syntax in the input as text instead of failing', async () => {
    for (const q of ['[16]', 'O’Neil (2008)', 'men AND', '"unbalanced', 'a:b', '*', 'NOT', '\\']) {
      await expect(searchGraph({ q })).resolves.toHaveProperty('hits');
    }
  });
});

describe('getNeighbourhood', () => {
  it('pages through a node’s neighbours with a "more" node until the last page', async () => {
    const work = graph.nodes.find((n) => n.type === 'work' && n.number === 3);
    const id = work?.id ?? '';
    const first = await getNeighbourhood({ id, limit: 2 });
    expect(first?.total).toBeGreaterThan(3);
    expect(first?.nodes.filter((n) => n.type !== 'more')).toHaveLength(2);
    expect(first?.nextSkip).toBe(2);
    expect(first?.nodes.find((n) => n.type === 'more')).toMatchObject({ parentId: id, skip: 2 });
    const seen = new Set(first?.nodes.filter((n) => n.type !== 'more').map((n) => n.id));
    let skip = first?.nextSkip ?? null;
    while (skip !== null) {
      const page = await getNeighbourhood({ id, skip, limit: 2 });
      for (const n of page?.nodes ?? []) if (n.type !== 'more') seen.add(n.id);
      skip = page?.nextSkip ?? null;
    }
    expect(seen.size).toBe(first?.total);
    expect(await getNeighbourhood({ id: 'nobody' })).toBeNull();
  });
});
