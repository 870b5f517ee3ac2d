import 'server-only';
import { indexRetractions } from '@/lib/audit/retraction-matches';
import { workSourceFindings } from '@/lib/audit/work-source-findings';
import { sourceDataIn } from '@/lib/neo4j/queries/source-data';
import { type ReadTx, readTx } from '@/lib/neo4j/queries/run-read';
import { type WorkForSources, worksForSources } from '@/lib/neo4j/queries/works-for-sources';
import type { ArticleGraph } from '@/lib/schemas/graph';
import type { WorkCheck, WorkSourceFinding } from '@/lib/schemas/sources';

/*
 * The source rules (lib/audit) on works read from the graph, for the answers that show them: the
 * explorer's work badges and a work's check. The audit report runs the same rules through
 * auditArticle on the whole document.
 */

async function findingsIn(tx: ReadTx, works: WorkForSources[]) {
  const data = await sourceDataIn(
    tx,
    works.map((w) => w.work),
  );
  const index = indexRetractions(data?.retractions ?? []);
  const findings = new Map<string, WorkSourceFinding[]>();
  for (const { work, firstAuthor } of works) {
    if (!data) continue;
    findings.set(
      work.id,
      workSourceFindings({ work, firstAuthor, check: data.checks.get(work.id), retractions: index }),
    );
  }
  return { data, findings };
}

/** Each listed work node of the graph with its most severe source finding as `source`. */
export async function withSourceFlags(graph: ArticleGraph | null): Promise<ArticleGraph | null> {
  if (!graph) return null;
  const ids = graph.nodes.flatMap((n) => (n.type === 'work' && n.listed ? [n.id] : []));
  if (ids.length === 0) return graph;
  const { findings } = await readTx(async (tx) => findingsIn(tx, await worksForSources(tx, ids)));
  if (findings.size === 0) return graph;
  return {
    ...graph,
    nodes: graph.nodes.map((n) => {
      const top = n.type === 'work' ? findings.get(n.id)?.[0] : undefined;
      return top && n.type === 'work' ? { ...n, source: top.kind } : n;
    }),
  };
}

/** A work's stored check and what the rules make of it; null for an unknown work. */
export function getWorkCheck({ id }: { id: string }): Promise<WorkCheck | null> {
  return readTx(async (tx) => {
    const works = await worksForSources(tx, [id]);
    if (works.length === 0) return null;
    const { data, findings } = await findingsIn(tx, works);
    return { work_id: id, check: data?.checks.get(id) ?? null, findings: findings.get(id) ?? [] };
  });
}
