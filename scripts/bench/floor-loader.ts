import type { ManagedTransaction } from 'neo4j-driver';
import type { GraphDocument } from '@/lib/ingest/graph-document';
import { type ArticleRows, articleRows } from '@/lib/neo4j/article-rows';
import { databaseName, getDriver } from '@/lib/neo4j/driver';
import { cypherParams } from '@/lib/neo4j/params';

/*
 * The floor: the same graph written the cheapest way Cypher allows. The database is empty and has
 * no constraints or indexes; shared nodes are deduplicated here in memory instead of by MERGE;
 * every node is CREATEd once with UNWIND, and relationships find their ends by element id (a
 * direct seek, no index). Several articles share a transaction. No real loader can skip MERGE,
 * since it cannot assume an empty database: this is what writing the bytes alone costs.
 */

type NodeRow = { key: string; props: Record<string, unknown> };
type RelRow = { from: string; to: string; props: Record<string, unknown> };

export class FloorLoader {
  private readonly elementIds = new Map<string, string>();
  private nodes = new Map<string, NodeRow[]>();
  private rels = new Map<string, RelRow[]>();
  /** ABOUT is a fact of a work: two articles citing one work must not give it twice. */
  private readonly about = new Set<string>();

  private node(label: string, id: string, props: Record<string, unknown>): void {
    const key = `${label}:${id}`;
    if (this.elementIds.has(key)) return;
    this.elementIds.set(key, '');
    const list = this.nodes.get(label) ?? [];
    list.push({ key, props });
    this.nodes.set(label, list);
  }

  private rel(type: string, from: string, to: string, props: Record<string, unknown> = {}): void {
    const list = this.rels.get(type) ?? [];
    list.push({ from, to, props });
    this.rels.set(type, list);
  }

  /** Queues one article; nothing is written until flush(). */
  add(doc: GraphDocument): void {
    const r: ArticleRows = articleRows(doc);
    const a = `Article:${r.article.slug}`;
    this.node('Article', r.article.slug, r.article);
    for (const s of r.sections) {
      this.node('Section', s.id, s);
      this.rel('HAS_SECTION', a, `Section:${s.id}`, { order: s.order });
    }
    for (const c of r.claims) {
      this.node('Claim', c.id, c.props);
      this.rel('HAS_CLAIM', `Section:${c.sectionId}`, `Claim:${c.id}`, { order: c.props.order });
    }
    for (const v of r.venues) this.node('Venue', v.id, v);
    for (const p of r.authors) this.node('Author', p.id, p);
    const newWorks = r.works.filter((w) => !this.elementIds.has(`Work:${w.id}`));
    for (const w of r.works) this.node('Work', w.id, w.props);
    // A work's authors and venue are written once, with the work, as MERGE would leave them.
    for (const x of r.authorships) {
      if (newWorks.some((w) => w.id === x.workId))
        this.rel('AUTHORED_BY', `Work:${x.workId}`, `Author:${x.authorId}`, { position: x.position });
    }
    for (const x of r.publications) {
      if (newWorks.some((w) => w.id === x.workId))
        this.rel('PUBLISHED_IN', `Work:${x.workId}`, `Venue:${x.venueId}`);
    }
    for (const x of r.references)
      this.rel('REFERENCES', a, `Work:${x.workId}`, { number: x.number, listed: x.listed });
    for (const x of r.cites)
      this.rel('CITES', `Claim:${x.claimId}`, `Work:${x.workId}`, { number: x.number, marker: x.marker });
    const newConcepts = r.concepts.filter((k) => !this.elementIds.has(`Concept:${k.id}`));
    for (const k of r.concepts) this.node('Concept', k.id, k.props);
    for (const b of r.broader) {
      if (newConcepts.some((k) => k.id === b.id))
        this.rel('BROADER', `Concept:${b.id}`, `Concept:${b.broader}`);
    }
    for (const m of r.mentions) this.rel('MENTIONS', `Claim:${m.claimId}`, `Concept:${m.conceptId}`);
    for (const x of r.about) {
      const key = `${x.workId} ${x.conceptId}`;
      if (this.about.has(key)) continue;
      this.about.add(key);
      this.rel('ABOUT', `Work:${x.workId}`, `Concept:${x.conceptId}`);
    }
  }

  /** Writes everything queued in one transaction. */
  async flush(): Promise<void> {
    const nodes = this.nodes;
    const rels = this.rels;
    this.nodes = new Map();
    this.rels = new Map();
    const session = getDriver().session({ database: databaseName() });
    try {
      await session.executeWrite(async (tx) => {
        for (const [label, rows] of nodes) await this.createNodes(tx, label, rows);
        for (const [type, rows] of rels) {
          const resolved = rows.map((x) => ({ from: this.eid(x.from), to: this.eid(x.to), props: x.props }));
          await tx.run(
            `UNWIND $rows AS x MATCH (a) WHERE elementId(a) = x.from MATCH (b) WHERE elementId(b) = x.to
             CREATE (a)-[r:${type}]->(b) SET r = x.props`,
            cypherParams({ rows: resolved }),
          );
        }
      });
    } finally {
      await session.close();
    }
  }

  private async createNodes(tx: ManagedTransaction, label: string, rows: NodeRow[]): Promise<void> {
    const result = await tx.run(
      `UNWIND $rows AS x CREATE (n:${label}) SET n = x.props RETURN x.key AS key, elementId(n) AS eid`,
      cypherParams({ rows }),
    );
    for (const record of result.records) this.elementIds.set(record.get('key'), record.get('eid'));
  }

  private eid(key: string): string {
    const id = this.elementIds.get(key);
    if (!id) throw new Error(`Floor loader: ${key} was never created`);
    return id;
  }
}

/** Loads documents with the floor method, `perTransaction` articles at a time. */
export async function floorLoad(
  docs: Iterable<GraphDocument>,
  perTransaction = 25,
  onArticle?: () => void,
): Promise<void> {
  const loader = new FloorLoader();
  let queued = 0;
  for (const doc of docs) {
    loader.add(doc);
    onArticle?.();
    if (++queued === perTransaction) {
      await loader.flush();
      queued = 0;
    }
  }
  if (queued > 0) await loader.flush();
}
