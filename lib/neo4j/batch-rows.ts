import type { ArticleRows } from './article-rows';

/*
 * Several articles written by one set of UNWIND statements. Article-scoped rows (sections, claims,
 * references, citations, mentions) are concatenated; shared nodes (works, authors, venues,
 * concepts) appear once, with the properties of the last article that lists them, as writing the
 * articles one after another would leave them. A work's authors and venue come from that same
 * last entry, since they are rebuilt from the entry each time. Pure, so it is unit-tested.
 */

type Work = ArticleRows['works'][number];
type Authorship = ArticleRows['authorships'][number];
type Publication = ArticleRows['publications'][number];

export function batchRows(articles: readonly ArticleRows[]) {
  const works = new Map<string, { work: Work; authorships: Authorship[]; publications: Publication[] }>();
  const authors = new Map<string, ArticleRows['authors'][number]>();
  const venues = new Map<string, ArticleRows['venues'][number]>();
  const concepts = new Map<string, ArticleRows['concepts'][number]>();
  const broader = new Map<string, ArticleRows['broader'][number]>();
  const about = new Map<string, ArticleRows['about'][number]>();
  const mentions = new Map<string, ArticleRows['mentions'][number]>();

  for (const r of articles) {
    for (const w of r.works) {
      works.set(w.id, {
        work: w,
        authorships: r.authorships.filter((x) => x.workId === w.id),
        publications: r.publications.filter((x) => x.workId === w.id),
      });
    }
    for (const p of r.authors) authors.set(p.id, p);
    for (const v of r.venues) venues.set(v.id, v);
    for (const k of r.concepts) concepts.set(k.id, k);
    for (const b of r.broader) broader.set(`${b.id} ${b.broader}`, b);
    for (const x of r.about) about.set(`${x.workId} ${x.conceptId}`, x);
    for (const m of r.mentions) mentions.set(`${m.claimId} ${m.conceptId}`, m);
  }
  const entries = [...works.values()];
  return {
    slugs: articles.map((r) => r.article.slug),
    articles: articles.map((r) => r.article),
    sections: articles.flatMap((r) => r.sections.map((s) => ({ ...s, slug: r.article.slug }))),
    claims: articles.flatMap((r) => r.claims),
    cites: articles.flatMap((r) => r.cites),
    references: articles.flatMap((r) => r.references.map((x) => ({ ...x, slug: r.article.slug }))),
    works: entries.map((e) => e.work),
    authorships: entries.flatMap((e) => e.authorships),
    publications: entries.flatMap((e) => e.publications),
    authors: [...authors.values()],
    venues: [...venues.values()],
    concepts: [...concepts.values()],
    broader: [...broader.values()],
    mentions: [...mentions.values()],
    about: [...about.values()],
  };
}

export type BatchRows = ReturnType<typeof batchRows>;

const distinct = (ids: readonly string[]): string[] => [...new Set(ids)];

/**
 * Shared nodes the batch may leave without a relationship, which the write then checks: authors
 * and venues it lists, or that its works pointed at before (`detached`), that none of its works
 * points at now, and concepts none of its rows links. Nodes the batch links are linked once it
 * commits and need no check, which keeps the check empty for a typical load.
 */
export function unlinkedCandidates(
  b: BatchRows,
  detached: { authorIds: readonly string[]; venueIds: readonly string[] } = { authorIds: [], venueIds: [] },
) {
  const authored = new Set(b.authorships.map((x) => x.authorId));
  const published = new Set(b.publications.map((x) => x.venueId));
  const claimIds = new Set(b.claims.map((c) => c.id));
  const workIds = new Set(b.works.map((w) => w.id));
  const conceptIds = new Set(b.concepts.map((k) => k.id));
  const linked = new Set<string>();
  for (const m of b.mentions) if (claimIds.has(m.claimId)) linked.add(m.conceptId);
  for (const x of b.about) if (workIds.has(x.workId)) linked.add(x.conceptId);
  for (const x of b.broader) {
    if (conceptIds.has(x.id) && conceptIds.has(x.broader)) {
      linked.add(x.id);
      linked.add(x.broader);
    }
  }
  return {
    authorIds: distinct([...b.authors.map((p) => p.id), ...detached.authorIds]).filter((id) => !authored.has(id)),
    venueIds: distinct([...b.venues.map((v) => v.id), ...detached.venueIds]).filter((id) => !published.has(id)),
    conceptIds: b.concepts.map((k) => k.id).filter((id) => !linked.has(id)),
  };
}

/**
 * How many articles from the start of `articles` one set of statements can write with the same
 * result as writing them one by one. It stops before a slug seen earlier in the batch (the second
 * version must replace the first), and before an article citing a work that an earlier article of
 * the batch stopped citing: one by one, that work could be deleted as unused in between and come
 * back without the topics (ABOUT) its old version had. `oldWorkIds` holds, per slug already in
 * the graph, the works it cites there now. At least 1 for a non-empty batch.
 */
export function safePrefixLength(
  articles: readonly ArticleRows[],
  oldWorkIds: ReadonlyMap<string, readonly string[]>,
): number {
  const slugs = new Set<string>();
  const dropped = new Set<string>();
  for (const [i, r] of articles.entries()) {
    const slug = r.article.slug;
    if (i > 0 && (slugs.has(slug) || r.works.some((w) => dropped.has(w.id)))) return i;
    slugs.add(slug);
    const kept = new Set(r.works.map((w) => w.id));
    for (const id of oldWorkIds.get(slug) ?? []) if (!kept.has(id)) dropped.add(id);
  }
  return articles.length;
}
