import { NextResponse } from 'next/server';
import { auditArticle } from '@/lib/audit/audit-article';
import { reportCsv } from '@/lib/audit/report-csv';
import { loadArticleDocument } from '@/lib/neo4j/article-document';
import { auditParamsSchema } from '@/lib/schemas/audit-params';
import { badRequest, errorResponse, notFoundResponse } from '../../_lib/handler';

/**
 * GET /api/audit/<slug>[?format=json|csv]: the article's citation audit, computed by the same rules
 * as `npm run audit` on the document read back from Neo4j. CSV has one row per sentence.
 */
export async function GET(request: Request, context: { params: Promise<{ slug: string }> }) {
  const parsed = auditParamsSchema.safeParse({
    slug: (await context.params).slug,
    format: new URL(request.url).searchParams.get('format') ?? undefined,
  });
  if (!parsed.success) return badRequest(parsed.error, 'Invalid parameters');
  const { slug, format } = parsed.data;
  try {
    const doc = await loadArticleDocument(slug);
    if (!doc) return notFoundResponse(`No article has the slug "${slug}".`);
    const report = auditArticle(doc);
    if (format === 'csv') {
      return new NextResponse(reportCsv(report), {
        headers: {
          'Content-Type': 'text/csv; charset=utf-8',
          'Content-Disposition': `attachment; filename="${slug}-audit.csv"`,
        },
      });
    }
    const download = new URL(request.url).searchParams.has('download');
    return NextResponse.json(report, {
      headers: download ? { 'Content-Disposition': `attachment; filename="${slug}-audit.json"` } : {},
    });
  } catch (error) {
    return errorResponse(error);
  }
}
