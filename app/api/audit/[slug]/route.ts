import { NextResponse } from 'next/server';
import { reportCsv } from '@/lib/audit/report-csv';
import { auditReportReader } from '@/lib/read-cache/readers';
import { auditParamsSchema } from '@/lib/schemas/audit-params';
import type { AuditReport } from '@/lib/schemas/audit-report';
import { badRequest, errorResponse, notFoundResponse, servedResponse } from '../../_lib/handler';

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
    const served = await auditReportReader.body({ slug });
    if (!served) return notFoundResponse(`No article has the slug "${slug}".`);
    if (format === 'csv') {
      return new NextResponse(reportCsv(JSON.parse(served.body) as AuditReport), {
        headers: {
          'Content-Type': 'text/csv; charset=utf-8',
          'Content-Disposition': `attachment; filename="${slug}-audit.csv"`,
        },
      });
    }
    const download = new URL(request.url).searchParams.has('download');
    return servedResponse(
      request,
      served,
      download ? { 'Content-Disposition': `attachment; filename="${slug}-audit.json"` } : {},
    );
  } catch (error) {
    return errorResponse(error);
  }
}
