import type { GraphDocument } from '@/lib/ingest/graph-document';

/**
 * Flattens a GraphDocument into the parameter rows the loader's UNWIND statements take. Pure, so
 * the shape of what goes to Neo4j is unit-tested without a database.
 */
export function articleRows(doc: GraphDocument) {
  const workById = new Map(doc.works.map((w) => [w.id, w]));
  const referencedWorks = doc.references.map((r) => {
    const work = workById.get(r.workId);
    if (!work)
      throw new Error(`Reference [${r.number}] points at work ${r.workId}, which the document lacks`);
    return work;
  });
  const uniqueWorks = [...new Map(referencedWorks.map((w) => [w.id, w])).values()];
  const workIdByNumber = new Map(doc.references.map((r) => [r.number, r.workId]));
  const workIdOf = (number: number): string => {
    const id = workIdByNumber.get(number);
    if (!id) throw new Error(`A marker cites [${number}], but the document has no reference for it`);
    return id;
  };

  return {
    article: {
      slug: doc.article.slug,
      title: doc.article.title,
      // Null removes a value an earlier version had (`SET a += row`).
      format: doc.article.format ?? null,
      // The reference list as written, duplicates included: the audit reads it back.
      entryNumbers: doc.entries.map((e) => e.number),
      entryRaws: doc.entries.map((e) => e.raw),
      entryLines: doc.entries.map((e) => e.line),
      // A list property holds no nulls: 0 stands for "no column" (a binary format).
      entryColumns: doc.entries.map((e) => e.column ?? 0),
    },
    sections: doc.sections.map((s) => ({ id: s.id, title: s.title, order: s.order })),
    claims: doc.claims.map((c) => ({
      id: c.id,
      sectionId: c.sectionId,
      props: {
        id: c.id,
        text: c.text,
        kind: c.kind,
        order: c.order,
        paragraph: c.paragraph,
        block: c.block,
        // Where the sentence starts in the source file; null (not stored) for a binary format.
        line: c.line ?? null,
        column: c.column ?? null,
        // Marker positions let a reader view link each marker without re-parsing the text.
        markerRaws: c.markers.map((m) => m.raw),
        markerStarts: c.markers.map((m) => m.start),
        markerEnds: c.markers.map((m) => m.end),
      },
    })),
    cites: doc.claims.flatMap((c) =>
      c.markers.flatMap((m) =>
        m.numbers.map((number) => ({ claimId: c.id, number, marker: m.raw, workId: workIdOf(number) })),
      ),
    ),
    references: doc.references.map((r) => ({ number: r.number, listed: r.listed, workId: r.workId })),
    works: uniqueWorks.map((w) => ({
      id: w.id,
      props: {
        id: w.id,
        title: w.title,
        year: w.year,
        kind: w.kind,
        container: w.container,
        volume: w.volume,
        issue: w.issue,
        pages: w.pages,
        publisher: w.publisher,
        place: w.place,
        doi: w.doi,
        raw: w.raw,
      },
    })),
    authorships: uniqueWorks.flatMap((w) =>
      w.authorIds.map((authorId, position) => ({ workId: w.id, authorId, position })),
    ),
    authors: doc.authors.map((a) => ({ id: a.id, family: a.family, given: a.given, display: a.display })),
    venues: doc.venues.map((v) => ({ id: v.id, name: v.name })),
    publications: uniqueWorks.flatMap((w) => (w.venueId ? [{ workId: w.id, venueId: w.venueId }] : [])),
    concepts: doc.concepts.map((k) => ({
      id: k.id,
      props: { id: k.id, label: k.label, aliases: k.aliases, description: k.description },
    })),
    broader: doc.concepts.flatMap((k) => (k.broader ? [{ id: k.id, broader: k.broader }] : [])),
    mentions: doc.mentions,
    about: doc.about,
  };
}

export type ArticleRows = ReturnType<typeof articleRows>;
