import { NextResponse } from 'next/server';
import { auditArticle } from '@/lib/audit/audit-article';
import { articleExists } from '@/lib/neo4j/articles';
import type { ArticlePreview } from '@/lib/schemas/articles';
import { readArticleRequest } from '../../_lib/article-request';
import { writeRoute } from '../../_lib/write-access';
import { DELETE as deleteArticle } from '../[slug]/route';

export const dynamic = 'force-dynamic';

/**
 * POST /api/articles/preview, the body of POST /api/articles: a dry run of the same rules. The
 * article is read exactly as a load would read it and audited as /audit would audit it, and nothing
 * is written. Behind the same write protection as the load, since it costs the same parse.
 */
export const POST = writeRoute(async (request: Request): Promise<Response> => {
  const read = await readArticleRequest(request);
  if (!read.ok) return read.response;
  const { slug, doc } = read;
  // Whether Save would replace an article is a courtesy: a graph that cannot answer stops no preview.
  const replaces = await articleExists(slug).catch(() => null);
  const preview: ArticlePreview = {
    slug,
    title: doc.article.title,
    format: doc.article.format ?? null,
    replaces,
    report: auditArticle(doc),
  };
  return NextResponse.json(preview);
});

/** This static segment shadows /api/articles/<slug> for an article whose slug is "preview". */
export const DELETE = (request: Request) =>
  deleteArticle(request, { params: Promise.resolve({ slug: 'preview' }) });
