import 'server-only';
import { auditArticle } from '@/lib/audit/audit-article';
import { loadArticleDocument } from '@/lib/neo4j/article-document';
import { listArticles } from '@/lib/neo4j/articles';
import { getArticleGraph } from '@/lib/neo4j/queries/article-graph';
import { getAuthorDetail } from '@/lib/neo4j/queries/author-detail';
import { getClaimTrace } from '@/lib/neo4j/queries/claim-trace';
import { getConceptDetail } from '@/lib/neo4j/queries/concept-detail';
import { getConceptEvidence } from '@/lib/neo4j/queries/concept-evidence';
import { listLibrary } from '@/lib/neo4j/queries/library';
import { getNeighbourhood } from '@/lib/neo4j/queries/neighbourhood';
import { searchGraph } from '@/lib/neo4j/queries/search';
import { loadSourceData } from '@/lib/neo4j/queries/source-data';
import { getVenueDetail } from '@/lib/neo4j/queries/venue-detail';
import { getWorkDetail } from '@/lib/neo4j/queries/work-detail';
import { getWorkPage } from '@/lib/neo4j/queries/work-page';
import type { Library } from '@/lib/schemas/library';
import { cachedReader } from './cached-reader';
import { mapInBatches } from './map-in-batches';
import { getWorkCheck, withSourceFlags } from './source-findings';

/*
 * The read queries the web app serves, each behind the read cache. Route handlers and server
 * components call these, never the raw query, so they share one cache; scripts and the benchmark's
 * in-process figures call the raw queries in lib/neo4j/queries.
 */
/** The article graph with each work's most severe source finding, when the graph holds source data. */
export const articleGraphReader = cachedReader(
  'article-graph',
  async (p: Parameters<typeof getArticleGraph>[0]) => withSourceFlags(await getArticleGraph(p)),
);
export const claimTraceReader = cachedReader('claim-trace', getClaimTrace);
export const workDetailReader = cachedReader('work-detail', getWorkDetail);
/** The work page: a work across every article, with its exports. */
export const workPageReader = cachedReader('work-page', getWorkPage);
export const authorDetailReader = cachedReader('author-detail', getAuthorDetail);
export const conceptDetailReader = cachedReader('concept-detail', getConceptDetail);
/** The concept page: a concept across every article. */
export const conceptEvidenceReader = cachedReader('concept-evidence', getConceptEvidence);
export const venueDetailReader = cachedReader('venue-detail', getVenueDetail);
export const neighbourhoodReader = cachedReader('neighbourhood', getNeighbourhood);
export const searchReader = cachedReader('search', searchGraph);
export const articleListReader = cachedReader('article-list', async (p: { skip: number; limit: number }) => ({
  articles: await listArticles(p),
}));
/**
 * The audit page's report: reading an article back and running the rules costs more than any query.
 * With the stored checks and retraction data of its listed works, when the graph holds any.
 */
export const auditReportReader = cachedReader('audit-report', async ({ slug }: { slug: string }) => {
  const doc = await loadArticleDocument(slug);
  if (!doc) return null;
  const listed = new Set(doc.references.filter((r) => r.listed).map((r) => r.workId));
  const sources = await loadSourceData(doc.works.filter((w) => listed.has(w.id)));
  return auditArticle(doc, sources ?? undefined);
});
/** GET /api/works/<id>/check: a work's stored Crossref check and its source findings. */
export const workCheckReader = cachedReader('work-check', getWorkCheck);

/**
 * GET /api/library: every article with its audit figures. Each article's figures come from its
 * audit report (the same rules and the same cached report as /audit), so the library and the audit
 * page never disagree; a few reports are computed at once so the database is not flooded.
 */
export const libraryReader = cachedReader(
  'library',
  async (_params: Record<string, never>): Promise<Library> => {
    const rows = await listLibrary();
    const articles = await mapInBatches(rows, 4, async (row) => {
      const report = await auditReportReader.value({ slug: row.slug });
      if (!report) return null; // removed between the two reads
      const { coverage, claims, findings } = report.summary;
      return {
        ...row,
        format: row.format as Library['articles'][number]['format'],
        // The style is the audit's reading of the callouts, like every other figure of the row.
        style: report.style,
        coverage,
        claims,
        findings,
      };
    });
    return { articles: articles.filter((a) => a !== null) };
  },
);
