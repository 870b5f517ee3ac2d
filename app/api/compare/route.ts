import { NextResponse } from 'next/server';
import { auditArticle } from '@/lib/audit/audit-article';
import { compareDrafts } from '@/lib/audit/compare-drafts';
import { auditReportReader } from '@/lib/read-cache/readers';
import type { ArticleComparison } from '@/lib/schemas/draft-comparison';
import { readArticleRequest } from '../_lib/article-request';
import { errorResponse, notFoundResponse } from '../_lib/handler';
import { writeRoute } from '../_lib/write-access';

export const dynamic = 'force-dynamic';

/**
 * POST /api/compare, the body of POST /api/articles: what changed from the article loaded under
 * `slug` to the version sent. The new version is read exactly as a load or a preview would read it
 * and compared as `npm run audit -- new --against old` compares (lib/audit/compare-drafts.ts), the
 * old one being the stored article's audit; nothing is written. Behind the preview's protection,
 * since it costs the same parse (docs/decisions/031-draft-comparison-page.md).
 */
export const POST = writeRoute(async (request: Request): Promise<Response> => {
  const read = await readArticleRequest(request);
  if (!read.ok) return read.response;
  const { slug, doc } = read;
  try {
    const loaded = await auditReportReader.value({ slug });
    if (!loaded) return notFoundResponse(`No article "${slug}" is loaded to compare with`);
    const answer: ArticleComparison = {
      slug,
      format: doc.article.format ?? null,
      comparison: compareDrafts(loaded, auditArticle(doc)),
    };
    return NextResponse.json(answer);
  } catch (error) {
    return errorResponse(error);
  }
});
