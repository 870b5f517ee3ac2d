import type { Session } from 'neo4j-driver';
import type { GraphDocument } from '@/lib/ingest/graph-document';
import { articleRows } from '@/lib/neo4j/article-rows';
import { databaseName, getDriver } from '@/lib/neo4j/driver';
import { cypherParams } from '@/lib/neo4j/params';

/*
 * The way most tutorials load a graph: one MERGE statement per node and per relationship, each an
 * auto-commit transaction of its own. It writes the same nodes, relationships and properties as
 * lib/neo4j/write-article.ts (from the same rows), with the same constraints in place, so the only
 * difference measured is the statement-per-row pattern: one round trip and one commit per row.
 */

async function run(session: Session, query: string, params: Record<string, unknown>): Promise<void> {
  await session.run(query, cypherParams(params));
}

export async function naiveWriteArticle(doc: GraphDocument): Promise<number> {
  const rows = articleRows(doc);
  const session = getDriver().session({ database: databaseName() });
  let statements = 0;
  const q = async (query: string, params: Record<string, unknown>) => {
    await run(session, query, params);
    statements++;
  };
  try {
    const slug = rows.article.slug;
    await q('MERGE (a:Article {slug: $slug}) SET a += $props', { slug, props: rows.article });
    for (const s of rows.sections) {
      await q('MERGE (s:Section {id: $id}) SET s.title = $title, s.order = $order', s);
      await q(
        'MATCH (a:Article {slug: $slug}), (s:Section {id: $id}) MERGE (a)-[:HAS_SECTION {order: $order}]->(s)',
        { slug, ...s },
      );
    }
    for (const c of rows.claims) {
      await q('MERGE (c:Claim {id: $id}) SET c += $props', { id: c.id, props: c.props });
      await q(
        'MATCH (s:Section {id: $sectionId}), (c:Claim {id: $id}) MERGE (s)-[:HAS_CLAIM {order: $order}]->(c)',
        {
          sectionId: c.sectionId,
          id: c.id,
          order: c.props.order,
        },
      );
    }
    for (const v of rows.venues) await q('MERGE (v:Venue {id: $id}) SET v.name = $name', v);
    for (const p of rows.authors)
      await q('MERGE (p:Author {id: $id}) SET p += $props', { id: p.id, props: p });
    for (const w of rows.works) await q('MERGE (w:Work {id: $id}) SET w += $props', w);
    for (const x of rows.authorships) {
      await q(
        'MATCH (w:Work {id: $workId}), (p:Author {id: $authorId}) MERGE (w)-[r:AUTHORED_BY]->(p) SET r.position = $position',
        x,
      );
    }
    for (const x of rows.publications) {
      await q('MATCH (w:Work {id: $workId}), (v:Venue {id: $venueId}) MERGE (w)-[:PUBLISHED_IN]->(v)', x);
    }
    for (const r of rows.references) {
      await q(
        'MATCH (a:Article {slug: $slug}), (w:Work {id: $workId}) MERGE (a)-[:REFERENCES {number: $number, listed: $listed}]->(w)',
        { slug, ...r },
      );
    }
    for (const x of rows.cites) {
      await q(
        'MATCH (c:Claim {id: $claimId}), (w:Work {id: $workId}) MERGE (c)-[:CITES {number: $number, marker: $marker}]->(w)',
        x,
      );
    }
    for (const k of rows.concepts) await q('MERGE (k:Concept {id: $id}) SET k += $props', k);
    for (const b of rows.broader)
      await q('MATCH (n:Concept {id: $id}), (p:Concept {id: $broader}) MERGE (n)-[:BROADER]->(p)', b);
    for (const m of rows.mentions)
      await q('MATCH (c:Claim {id: $claimId}), (k:Concept {id: $conceptId}) MERGE (c)-[:MENTIONS]->(k)', m);
    for (const x of rows.about)
      await q('MATCH (w:Work {id: $workId}), (k:Concept {id: $conceptId}) MERGE (w)-[:ABOUT]->(k)', x);
  } finally {
    await session.close();
  }
  return statements;
}
