import { NextResponse } from 'next/server';
import { listArticles } from '@/lib/neo4j/articles';
import { errorResponse } from '../_lib/handler';

/** GET /api/audit: the articles that can be audited, for the pages' article switcher. */
export async function GET() {
  try {
    const articles = await listArticles({ limit: 500 });
    return NextResponse.json({ articles: articles.map((a) => ({ slug: a.slug, title: a.title })) });
  } catch (error) {
    return errorResponse(error);
  }
}
